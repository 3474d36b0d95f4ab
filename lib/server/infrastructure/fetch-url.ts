import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";

// Server-side fetching of user-given URLs (DESIGN.md §7). The address check runs inside the socket's DNS lookup, so
// the address we check is the address we connect to (no DNS-rebinding gap), and it runs again on every redirect.
// No "server-only" guard: the import CLI fetches too.

export type FetchedDocument = { url: string; contentType: string | null; body: Buffer };

export type FetchLimits = { maxBytes: number; timeoutMs: number; maxRedirects: number; allowPrivate: boolean };

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  maxBytes: 2_000_000,
  timeoutMs: 10_000,
  maxRedirects: 5,
  allowPrivate: false,
};

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused || list.length === 0) {
        const blocked = Object.assign(new Error(`refused address ${refused?.address ?? "none"}`), { code: "EBLOCKED" });
        return callback(blocked, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

function requestOnce(
  url: URL,
  limits: FetchLimits,
): Promise<{ status: number; location?: string; contentType: string | null; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.get(
      url,
      {
        lookup: guardedLookup(limits.allowPrivate),
        timeout: limits.timeoutMs,
        headers: {
          "user-agent": "Retouche/0.1 (+importer)",
          accept: "text/html,text/plain,text/markdown,application/xml;q=0.9,*/*;q=0.5",
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400 && response.headers.location) {
          response.resume();
          return resolve({ status, location: response.headers.location, contentType: null, body: Buffer.alloc(0) });
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > limits.maxBytes) {
          request.destroy();
          return reject(
            new AppError("payload_too_large", `The page at ${url} is larger than ${limits.maxBytes / 1_000_000} MB.`),
          );
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            request.destroy();
            reject(
              new AppError("payload_too_large", `The page at ${url} is larger than ${limits.maxBytes / 1_000_000} MB.`),
            );
          } else chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ status, contentType: response.headers["content-type"] ?? null, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error("timeout")), limits.timeoutMs);
    request.on("close", () => clearTimeout(deadline));
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

/** Fetches a page for import, or throws an AppError that says plainly why not. */
export async function fetchUrl(rawUrl: string, limits: Partial<FetchLimits> = {}): Promise<FetchedDocument> {
  const effective = { ...DEFAULT_FETCH_LIMITS, ...limits };
  let url: URL;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    throw new AppError("invalid_input", `"${rawUrl}" is not a web address.`);
  }
  for (let hop = 0; hop <= effective.maxRedirects; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new AppError("invalid_input", `Only http and https addresses can be imported, not ${url.protocol}`);
    }
    // a literal IP skips the DNS lookup (and so the guard in it): check it here
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (!effective.allowPrivate && ipaddr.isValid(literal) && !isPublicAddress(literal)) {
      throw new AppError("invalid_input", `${url.hostname} is a private or local address; it cannot be imported.`);
    }
    let answer: Awaited<ReturnType<typeof requestOnce>>;
    try {
      answer = await requestOnce(url, effective);
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      if (code === "EBLOCKED") {
        throw new AppError("invalid_input", `${url.hostname} is a private or local address; it cannot be imported.`);
      }
      if ((error as Error).message === "timeout") {
        throw new AppError("invalid_input", `${url.host} did not answer within ${effective.timeoutMs / 1000} s.`);
      }
      throw new AppError("invalid_input", `${url.host} could not be reached (${code ?? (error as Error).message}).`);
    }
    if (answer.location) {
      url = new URL(answer.location, url);
      continue;
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw new AppError("invalid_input", `${url} answered with HTTP ${answer.status}.`);
    }
    return { url: url.toString(), contentType: answer.contentType, body: answer.body };
  }
  throw new AppError("invalid_input", `${rawUrl} redirects more than ${effective.maxRedirects} times.`);
}
