// Reading and writing a large TMX file: a 100,000-unit memory is written to a temporary file through the
// streaming writer, then read back from disk through the streaming reader, with progress. Goal (issue 15):
// import of 100,000 units under 30 s (the store's inserts come on top of the reading measured here); memory
// bounded whatever the file's size. Usage: npx tsx bench/tmx-speed.ts [--units 100000]

import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readTmxStream } from "../lib/tm/read-tmx";
import type { TmxUnit } from "../lib/tm/tmx-document";
import { createTmxHeader, writeTmxChunks } from "../lib/tm/write-tmx";

const { values } = parseArgs({ options: { units: { type: "string", default: "100000" } } });
const unitCount = Number(values.units);
const directory = mkdtempSync(join(tmpdir(), "retouche-tmx-"));
const file = join(directory, "memory.tmx");

function* units(): Generator<TmxUnit> {
  for (let i = 0; i < unitCount; i++) {
    yield {
      attributes: { tuid: String(i), creationdate: "20240101T120000Z", creationid: "bench", usagecount: String(i % 7) },
      notes: i % 10 === 0 ? ["Reviewed twice."] : [],
      props: [{ type: "x-retouche-post", value: `post-${i % 500}` }],
      variants: [
        {
          lang: "en",
          text: `In ${2000 + (i % 25)}, {1}${i} police departments{/1} used face recognition on protesters & journalists.`,
          codes: { "1": { kind: "pair", open: '<a href="https://www.eff.org/">', close: "</a>" } },
          attributes: {},
          notes: [],
          props: [],
        },
        {
          lang: "fr",
          text: `En ${2000 + (i % 25)}, {1}${i} services de police{/1} ont utilisé la reconnaissance faciale sur des manifestants et des journalistes.`,
          codes: { "1": { kind: "pair", open: '<a href="https://www.eff.org/">', close: "</a>" } },
          attributes: { changeid: "bench" },
          notes: [],
          props: [],
        },
      ],
    };
  }
}

const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

try {
  const writeStart = performance.now();
  const out = createWriteStream(file);
  for (const chunk of writeTmxChunks(createTmxHeader({ srclang: "en" }), units())) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const writeMs = performance.now() - writeStart;
  const megabytes = statSync(file).size / 2 ** 20;

  global.gc?.();
  const heapBefore = heapMb();
  let peakHeap = heapBefore;
  let peakRss = rssMb();
  let read = 0;
  const progress: string[] = [];
  const readStart = performance.now();
  for await (const batch of readTmxStream(createReadStream(file, { highWaterMark: 64 * 1024 }), {
    progressEvery: 20_000,
    onProgress: (p) => progress.push(`${p.units} units (${((p.bytes ?? 0) / 2 ** 20).toFixed(0)} MB)`),
  })) {
    read += batch.units.length;
    peakHeap = Math.max(peakHeap, heapMb());
    peakRss = Math.max(peakRss, rssMb());
  }
  const readMs = performance.now() - readStart;

  console.log(`TMX: ${unitCount} units, ${megabytes.toFixed(1)} MB on disk`);
  console.log(`  written (streaming) in ${(writeMs / 1000).toFixed(2)} s`);
  console.log(
    `  read from disk (streaming) in ${(readMs / 1000).toFixed(2)} s: ${read} units, ${((unitCount / readMs) * 1000).toFixed(0)} units/s`,
  );
  console.log(
    `  heap during the read: ${heapBefore.toFixed(0)} MB before, ${peakHeap.toFixed(0)} MB at most; RSS at most ${peakRss.toFixed(0)} MB`,
  );
  console.log(`  progress: ${progress.join(", ")}`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
