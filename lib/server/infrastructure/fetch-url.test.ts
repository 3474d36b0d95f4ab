import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl, isPublicAddress } from "./fetch-url";

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/article") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<html><body><h1>Hello</h1></body></html>");
    } else if (request.url === "/hop") {
      response.writeHead(302, { location: "/article" });
      response.end();
    } else if (request.url === "/loop") {
      response.writeHead(302, { location: "/loop" });
      response.end();
    } else if (request.url === "/big") {
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("x".repeat(5000));
    } else if (request.url === "/slow") {
      setTimeout(() => response.end("late"), 2000);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("isPublicAddress", () => {
  it("refuses loopback, private, link-local and mapped addresses", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.1",
      "172.16.5.4",
      "169.254.169.254",
      "::1",
      "fc00::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("accepts public unicast addresses", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    expect(isPublicAddress("2606:2800:220:1:248:1893:25c8:1946")).toBe(true);
  });
});

describe("fetchUrl", () => {
  it("refuses a loopback address unless configured to allow it", async () => {
    await expect(fetchUrl(`${base}/article`)).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringContaining("private or local address"),
    });
    const page = await fetchUrl(`${base}/article`, { allowPrivate: true });
    expect(page.body.toString()).toContain("<h1>Hello</h1>");
    expect(page.contentType).toContain("text/html");
  });

  it("follows redirects, checking each hop, and gives up on loops", async () => {
    expect((await fetchUrl(`${base}/hop`, { allowPrivate: true })).url).toBe(`${base}/article`);
    await expect(fetchUrl(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(/redirects more than 5 times/);
  });

  it("caps the size and the time, and reports HTTP errors", async () => {
    await expect(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toMatchObject({
      code: "payload_too_large",
    });
    await expect(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })).rejects.toThrow(/did not answer/);
    await expect(fetchUrl(`${base}/missing`, { allowPrivate: true })).rejects.toThrow(/HTTP 404/);
  });

  it("refuses what is not an http(s) address", async () => {
    await expect(fetchUrl("file:///etc/passwd")).rejects.toThrow(/Only http and https/);
    await expect(fetchUrl("not a url")).rejects.toThrow(/is not a web address/);
  });
});
