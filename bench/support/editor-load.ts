// The editors' workload shared by bench/editor-speed.ts and bench/memory.ts: twenty translators and a
// 400-segment post in a fresh database, and the paced run (each editor saves once every 2 seconds).
import type http from "node:http";
import { createPostFromTexts, createUser } from "@/e2e/support/factories";
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { closeSqlite } from "@/lib/server/sqlite-connection";
// @ts-expect-error plain ESM script without types
import { deployUrl } from "../../scripts/prisma-migrate.mjs";
import { generateSyntheticPost, renderMarkdown } from "../import-speed";
import { type Answer, request, sleep } from "./app-server";

export const EDITORS = 20;
export const PACED_PERIOD_MS = 2000;

export type BenchEditor = { email: string; password: string; id: number };

/** Migrates `databaseUrl`, then adds 20 translators, an admin and a post of at least 400 segments. */
export async function createEditorBenchData(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<{ editors: BenchEditor[]; postId: number; segmentCount: number }> {
  await deployUrl(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  const editors: BenchEditor[] = [];
  let postId = 0;
  let segmentCount = 0;
  try {
    const setupStart = performance.now();
    for (let i = 0; i < EDITORS; i++) {
      const email = `translator${i + 1}@bench.retouche`;
      const password = `bench-translator-${i + 1}`;
      const user = await createUser(prisma, { email, name: `Translator ${i + 1}`, role: "translator", password });
      editors.push({ email, password, id: user.id });
    }
    const admin = await createUser(prisma, {
      email: "admin@bench.retouche",
      name: "Bench Admin",
      role: "admin",
      password: "bench-admin-password",
    });
    // 40 paragraphs × 10 sentences (+ the title), one-to-one MT so that alignment keeps ≥ 400 segments
    for (let paragraphs = 40; segmentCount < 400 && paragraphs <= 44; paragraphs++) {
      const post = generateSyntheticPost(4242 + paragraphs, {
        paragraphs,
        sentencesPerParagraph: 10,
        mtChanges: false,
      });
      const stored = await createPostFromTexts(prisma, {
        source: renderMarkdown(post, "en"),
        mt: renderMarkdown(post, "fr"),
        format: "markdown",
        actorId: admin.id,
      });
      postId = stored.id;
      segmentCount = stored.segments;
      log(`post ${stored.id}: ${paragraphs} paragraphs, ${stored.blocks} blocks, ${stored.segments} segments`);
    }
    if (segmentCount < 400) throw new Error(`the post has ${segmentCount} segments, fewer than 400`);
    log(`data ready in ${((performance.now() - setupStart) / 1000).toFixed(1)} s (20 translators + 1 admin)`);
  } finally {
    await prisma.$disconnect();
    closeSqlite(); // the raw import path's connection: a server started next migrates this file
  }
  return { editors, postId, segmentCount };
}

export function saveSegment(
  agent: http.Agent,
  base: string,
  cookie: string,
  segmentId: number,
  baseVersion: number,
  text: string,
): Promise<Answer> {
  return request(agent, base, "POST", `/api/segments/${segmentId}`, {
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ text, baseVersion, kind: "edit" }),
  });
}

/**
 * The paced run: each editor saves one of its own segments every 2 seconds, the editors spread over the period.
 * `versions` holds each segment's current version and is kept up to date.
 */
export async function runPacedSaves(options: {
  agent: http.Agent;
  base: string;
  cookies: string[];
  /** Each editor's own segments. */
  segmentsOf: (editor: number) => { id: number }[];
  versions: Map<number, number>;
  seconds: number;
  log: (line: string) => void;
}): Promise<{ times: number[]; statuses: Map<number, number>; ok: { id: number; version: number }[]; ms: number }> {
  const { agent, base, cookies, versions } = options;
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const ok: { id: number; version: number }[] = [];
  const savesPerEditor = Math.floor((options.seconds * 1000) / PACED_PERIOD_MS);
  const started = performance.now();
  await Promise.all(
    cookies.map(async (cookie, e) => {
      const own = options.segmentsOf(e);
      const offset = (e * PACED_PERIOD_MS) / cookies.length;
      for (let k = 0; k < savesPerEditor; k++) {
        await sleep(Math.max(0, started + offset + k * PACED_PERIOD_MS - performance.now()));
        const segment = own[k % (own.length - 1)];
        const answer = await saveSegment(
          agent,
          base,
          cookie,
          segment.id,
          versions.get(segment.id) ?? 1,
          `Traduction corrigée par l’éditeur ${e + 1}, passage ${k + 1}.`,
        );
        times.push(answer.total);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (answer.status === 200) {
          const version = (JSON.parse(answer.body) as { segment: { version: number } }).segment.version;
          versions.set(segment.id, version);
          ok.push({ id: segment.id, version });
        } else {
          options.log(`  ${answer.status}: ${answer.body.slice(0, 200)}`);
        }
      }
    }),
  );
  return { times, statuses, ok, ms: performance.now() - started };
}
