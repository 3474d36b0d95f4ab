// Import speed (issue goal): a synthetic 2,000-word post imported end to end — parse both sides, segment + align
// (buildPostDraft), store (storePostDraft, one transaction) — and a 10,000-sentence alignment.
// Goal: under 300 ms for the post, under 1 s for the 10,000-sentence alignment.
// Run: npx tsx bench/import-speed.ts [--runs 10] [--format markdown|html|both] [--warm-up]
// --warm-up first runs what the import page runs (lib/server/posts/warm-up-import.ts), so "cold" becomes the first
// import a publisher makes on a freshly started server; without it, "cold" is a fresh process's very first run.
// No network: the texts are generated here (deterministic), the database is a temporary SQLite file.
// The synthetic-post generator is exported for bench/editor-speed.ts.
import "./support/server-condition";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { alignUnits } from "@/lib/align/align-units";
import { buildPostDraft } from "@/lib/ingest/build-post-draft";
import { parseDocument } from "@/lib/ingest/parse-document";
import type { InputFormat } from "@/lib/ingest/types";
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { storePostDraft } from "@/lib/server/posts/store-post-draft";
import { warmUpImport } from "@/lib/server/posts/warm-up-import";
// @ts-expect-error plain ESM script without types
import { deployUrl } from "../scripts/prisma-migrate.mjs";
import { generateSyntheticPair } from "./align-synthetic";

// ---------------------------------------------------------------------------------------------------------------
// Deterministic bilingual generator: English sentences and a French "machine translation" built from the same
// templates and a small bilingual lexicon (real French function words, so language detection accepts it).

export function createRandom(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS: [string, string][] = [
  ["police department", "service de police"],
  ["company", "entreprise"],
  ["technology", "technologie"],
  ["law", "loi"],
  ["court", "tribunal"],
  ["user", "utilisateur"],
  ["city", "ville"],
  ["government", "gouvernement"],
  ["camera", "caméra"],
  ["database", "base de données"],
  ["right", "droit"],
  ["system", "système"],
  ["vendor", "fournisseur"],
  ["program", "programme"],
  ["policy", "politique"],
  ["report", "rapport"],
  ["contract", "contrat"],
  ["community", "communauté"],
  ["agency", "agence"],
  ["platform", "plateforme"],
  ["network", "réseau"],
  ["journalist", "journaliste"],
  ["lawmaker", "législateur"],
  ["neighbor", "voisin"],
  ["warrant", "mandat"],
];
const ADJECTIVES: [string, string][] = [
  ["dangerous", "dangereux"],
  ["public", "public"],
  ["new", "nouveau"],
  ["national", "national"],
  ["private", "privé"],
  ["federal", "fédéral"],
  ["secret", "secret"],
  ["local", "local"],
  ["important", "important"],
  ["unfair", "injuste"],
  ["harmful", "nuisible"],
  ["free", "libre"],
  ["open", "ouvert"],
  ["digital", "numérique"],
  ["biased", "biaisé"],
];
// [en 3sg, en inf, en past, fr 3sg, fr inf, fr past participle, fr 3pl]
const VERBS: string[][] = [
  ["stops", "stop", "stopped", "arrête", "arrêter", "arrêté", "arrêtent"],
  ["sells", "sell", "sold", "vend", "vendre", "vendu", "vendent"],
  ["protects", "protect", "protected", "protège", "protéger", "protégé", "protègent"],
  ["uses", "use", "used", "utilise", "utiliser", "utilisé", "utilisent"],
  ["changes", "change", "changed", "change", "changer", "changé", "changent"],
  ["shares", "share", "shared", "partage", "partager", "partagé", "partagent"],
  ["collects", "collect", "collected", "collecte", "collecter", "collecté", "collectent"],
  ["reviews", "review", "reviewed", "examine", "examiner", "examiné", "examinent"],
  ["bans", "ban", "banned", "interdit", "interdire", "interdit", "interdisent"],
  ["builds", "build", "built", "construit", "construire", "construit", "construisent"],
  ["tracks", "track", "tracked", "suit", "suivre", "suivi", "suivent"],
  ["publishes", "publish", "published", "publie", "publier", "publié", "publient"],
];
const NAMES = ["Amazon", "IBM", "Microsoft", "Oakland", "Boston", "Signal", "Ring", "Clearview", "Portland", "EFF"];

type Slots = {
  n1: [string, string];
  n2: [string, string];
  n3: [string, string];
  a: [string, string];
  v: string[];
  p: string;
  y: string;
};
// [English, French]; the French sentences that contain ", et " can be split there by the "MT".
const TEMPLATES: ((s: Slots) => [string, string])[] = [
  (s) => [
    `The ${s.a[0]} ${s.n1[0]} ${s.v[0]} the ${s.n2[0]} of ${s.p} without any ${s.n3[0]}.`,
    `Le ${s.n1[1]} ${s.a[1]} ${s.v[3]} le ${s.n2[1]} de ${s.p} sans aucun ${s.n3[1]}.`,
  ],
  (s) => [
    `In ${s.y}, ${s.p} said that the ${s.n1[0]} would ${s.v[1]} the ${s.a[0]} ${s.n2[0]} for everyone.`,
    `En ${s.y}, ${s.p} a déclaré que le ${s.n1[1]} allait ${s.v[4]} le ${s.n2[1]} ${s.a[1]} pour tout le monde.`,
  ],
  (s) => [
    `Many ${s.n1[0]}s and ${s.n2[0]}s ${s.v[1]} it every day, and the ${s.n3[0]} is still not ${s.a[0]} enough.`,
    `Beaucoup de ${s.n1[1]}s et de ${s.n2[1]}s le ${s.v[6]} chaque jour, et le ${s.n3[1]} n'est toujours pas assez ${s.a[1]}.`,
  ],
  (s) => [
    `This is why we ask the ${s.n1[0]} to ${s.v[1]} the ${s.n2[0]} before the end of ${s.y}.`,
    `C'est pourquoi nous demandons au ${s.n1[1]} de ${s.v[4]} le ${s.n2[1]} avant la fin de ${s.y}.`,
  ],
  (s) => [
    `According to ${s.p}, more than ${s.y} ${s.n1[0]}s ${s.v[1]} the ${s.a[0]} ${s.n2[0]} in this ${s.n3[0]}.`,
    `Selon ${s.p}, plus de ${s.y} ${s.n1[1]}s ${s.v[6]} le ${s.n2[1]} ${s.a[1]} dans ce ${s.n3[1]}.`,
  ],
  (s) => [
    `But the ${s.n1[0]} of the ${s.n2[0]} is still ${s.a[0]}, and it must ${s.v[1]} the ${s.n3[0]} now.`,
    `Mais le ${s.n1[1]} du ${s.n2[1]} est toujours ${s.a[1]}, et il doit ${s.v[4]} le ${s.n3[1]} maintenant.`,
  ],
  (s) => [
    `We believe that ${s.p} should ${s.v[1]} the ${s.a[0]} ${s.n1[0]} for all ${s.n2[0]}s and every ${s.n3[0]}.`,
    `Nous pensons que ${s.p} devrait ${s.v[4]} le ${s.n1[1]} ${s.a[1]} pour tous les ${s.n2[1]}s et chaque ${s.n3[1]}.`,
  ],
  (s) => [
    `The ${s.n1[0]} has been ${s.a[0]} since ${s.y}, when ${s.p} ${s.v[2]} the ${s.n2[0]} in secret.`,
    `Le ${s.n1[1]} est ${s.a[1]} depuis ${s.y}, lorsque ${s.p} a ${s.v[5]} le ${s.n2[1]} en secret.`,
  ],
  (s) => [
    `Why would a ${s.n1[0]} ${s.v[1]} the ${s.n2[0]} of a ${s.a[0]} ${s.n3[0]}?`,
    `Pourquoi un ${s.n1[1]} voudrait-il ${s.v[4]} le ${s.n2[1]} d'un ${s.n3[1]} ${s.a[1]} ?`,
  ],
];

export type SyntheticBlock = {
  kind: "title" | "heading2" | "paragraph" | "list-item" | "quote";
  en: string[]; // sentences (Markdown inline syntax)
  fr: string[]; // sentences after the MT's merges and splits
};

export type SyntheticPost = {
  blocks: SyntheticBlock[];
  words: number;
  sentences: { en: number; fr: number };
  merges: number;
  splits: number;
};

export const MT_FOOTER =
  "Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier Foundation à l’URL https://www.eff.org/deeplinks/2020/06/example le Thu, 11 Jun 2020 01:08:42 +0000.";

function sentencePair(random: () => number, options: { links: boolean }): [string, string] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const slots: Slots = {
    n1: pick(NOUNS),
    n2: pick(NOUNS),
    n3: pick(NOUNS),
    a: pick(ADJECTIVES),
    v: pick(VERBS),
    p: pick(NAMES),
    y: String(1990 + Math.floor(random() * 35)),
  };
  let [en, fr] = pick(TEMPLATES)(slots);
  const roll = random();
  if (options.links && roll < 0.15) {
    // an inline link on the name, on both sides
    const link = `[${slots.p}](https://www.eff.org/issues/${slots.p.toLowerCase()}-${slots.y})`;
    en = en.replace(slots.p, link);
    fr = fr.replace(slots.p, link);
  } else if (options.links && roll < 0.22) {
    en = en.replace(` ${slots.a[0]} `, ` *${slots.a[0]}* `);
    fr = fr.replace(` ${slots.a[1]}`, ` *${slots.a[1]}*`);
  }
  return [en, fr];
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) =>
  /^[A-Z][a-zé]/.test(s) && !NAMES.some((n) => s.startsWith(n)) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** The French side of a block: mostly 1:1, a few merged pairs (", et") and a few split sentences (". Et"). */
function machineTranslate(pairs: [string, string][], random: () => number, counts: { merges: number; splits: number }) {
  const fr: string[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const text = pairs[i][1];
    const roll = random();
    if (roll < 0.05 && i + 1 < pairs.length && /\.$/.test(text)) {
      fr.push(`${text.slice(0, -1)}, et ${lowerFirst(pairs[i + 1][1])}`);
      counts.merges++;
      i++;
    } else if (roll < 0.1 && text.includes(", et ")) {
      const cut = text.indexOf(", et ");
      fr.push(`${text.slice(0, cut)}.`, `Et ${text.slice(cut + 5)}`);
      counts.splits++;
    } else fr.push(text);
  }
  return fr;
}

/**
 * A post of about `targetWords` English words (headings, paragraphs, lists, one quote, inline links), or of
 * `paragraphs` paragraphs × `sentencesPerParagraph` sentences when given (the editor bench's 400-segment post).
 */
export function generateSyntheticPost(
  seed: number,
  options: {
    targetWords?: number;
    paragraphs?: number;
    sentencesPerParagraph?: number;
    mtChanges?: boolean;
  } = {},
): SyntheticPost {
  const random = createRandom(seed);
  const counts = { merges: 0, splits: 0 };
  const mtChanges = options.mtChanges ?? true;
  const blocks: SyntheticBlock[] = [];
  const add = (kind: SyntheticBlock["kind"], n: number, links = true) => {
    const pairs = Array.from({ length: n }, () => sentencePair(random, { links }));
    blocks.push({
      kind,
      en: pairs.map((p) => p[0]),
      fr: mtChanges ? machineTranslate(pairs, random, counts) : pairs.map((p) => p[1]),
    });
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const heading = (kind: "title" | "heading2") => {
    const n = pick(NOUNS);
    const a = pick(ADJECTIVES);
    const p = pick(NAMES);
    const v = pick(VERBS);
    const id = Math.floor(random() * 10_000);
    blocks.push({
      kind,
      en: [`How ${p} ${v[2]} the ${capitalize(a[0])} ${capitalize(n[0])} (${id})`],
      fr: [`Comment ${p} a ${v[5]} le ${n[1]} ${a[1]} (${id})`],
    });
  };
  const wordsOf = () => blocks.reduce((sum, b) => sum + b.en.join(" ").split(/\s+/).length, 0);

  heading("title");
  if (options.paragraphs) {
    for (let i = 0; i < options.paragraphs; i++) add("paragraph", options.sentencesPerParagraph ?? 10, true);
  } else {
    const target = options.targetWords ?? 2000;
    add("paragraph", 4);
    let section = 0;
    while (wordsOf() < target) {
      heading("heading2");
      for (let p = 0, n = 2 + Math.floor(random() * 2); p < n && wordsOf() < target; p++) {
        add("paragraph", 3 + Math.floor(random() * 4));
      }
      if (section % 2 === 1) for (let i = 0, n = 3 + Math.floor(random() * 3); i < n; i++) add("list-item", 1);
      if (section === 2) add("quote", 2);
      section++;
    }
  }
  const sentences = {
    en: blocks.reduce((sum, b) => sum + b.en.length, 0),
    fr: blocks.reduce((sum, b) => sum + b.fr.length, 0),
  };
  return { blocks, words: wordsOf(), sentences, ...counts };
}

// --- rendering ------------------------------------------------------------------------------------------------

function markdownBlock(kind: SyntheticBlock["kind"], text: string): string {
  switch (kind) {
    case "title":
      return `# ${text}`;
    case "heading2":
      return `## ${text}`;
    case "list-item":
      return `- ${text}`;
    case "quote":
      return `> ${text}`;
    default:
      return text;
  }
}

/** Markdown: list items of a run are kept together (one list), other blocks separated by a blank line. */
export function renderMarkdown(post: SyntheticPost, side: "en" | "fr"): string {
  const out: string[] = [];
  post.blocks.forEach((block, i) => {
    const line = markdownBlock(block.kind, block[side].join(" "));
    const previous = post.blocks[i - 1];
    out.push(block.kind === "list-item" && previous?.kind === "list-item" ? `\n${line}` : `\n\n${line}`);
  });
  if (side === "fr") out.push(`\n\n${MT_FOOTER}`);
  return `${out.join("").trim()}\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inlineHtml = (s: string) =>
  escapeHtml(s)
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*([^*]+)\*/g, "<em>$1</em>");

/** A full HTML page (header, nav, article, footer), as a fetched post would be: goes through Readability. */
export function renderHtmlPage(post: SyntheticPost, side: "en" | "fr"): string {
  const body: string[] = [];
  let inList = false;
  for (const block of post.blocks) {
    const text = inlineHtml(block[side].join(" "));
    if (block.kind !== "list-item" && inList) {
      body.push("</ul>");
      inList = false;
    }
    if (block.kind === "title") body.push(`<h1>${text}</h1>`);
    else if (block.kind === "heading2") body.push(`<h2>${text}</h2>`);
    else if (block.kind === "quote") body.push(`<blockquote><p>${text}</p></blockquote>`);
    else if (block.kind === "list-item") {
      if (!inList) body.push("<ul>");
      inList = true;
      body.push(`<li>${text}</li>`);
    } else body.push(`<p>${text}</p>`);
  }
  if (inList) body.push("</ul>");
  if (side === "fr") body.push(`<p>${escapeHtml(MT_FOOTER)}</p>`);
  const title = post.blocks[0][side].join(" ");
  return [
    `<!doctype html><html lang="${side}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
    `<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav></header>`,
    `<main><article>${body.join("\n")}</article></main>`,
    `<footer><p>Footer links: <a href="/privacy">Privacy</a></p></footer></body></html>`,
  ].join("\n");
}

// --- statistics -------------------------------------------------------------------------------------------------

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "n/a");

// --- the bench --------------------------------------------------------------------------------------------------

type Timing = { parse: number; build: number; store: number; total: number; segments: number };

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "10" },
      format: { type: "string", default: "both" },
      "warm-up": { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  const formats: ("markdown" | "html")[] =
    values.format === "both" ? ["markdown", "html"] : [values.format as "markdown" | "html"];

  const dir = mkdtempSync(path.join(tmpdir(), "retouche-import-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  const summary: Record<string, unknown> = {};
  const load = () =>
    loadavg()
      .map((v) => v.toFixed(2))
      .join(" ");
  console.log(`load average at start: ${load()} (2 cores; other engineers share them)`);
  try {
    const migrateStart = performance.now();
    await deployUrl(url);
    console.log(`temp database ${url} migrated in ${(performance.now() - migrateStart).toFixed(0)} ms`);
    const prisma = createPrismaClient(url);
    await prisma.$queryRawUnsafe("SELECT 1"); // open the connection: the server has it open already
    if (values["warm-up"]) console.log(`warm-up (warmUpImport, as the import page does): ${ms(warmUpImport())}`);
    try {
      const sample = generateSyntheticPost(1);
      console.log(
        `synthetic post: ${sample.words} English words, ${sample.blocks.length} blocks, ${sample.sentences.en} EN / ${sample.sentences.fr} FR sentences (${sample.merges} merged, ${sample.splits} split by the "MT"), MT footer last`,
      );

      for (const format of formats) {
        const timings: Timing[] = [];
        // run 0 is the cold one (first parse, first alignment, first insert in this process); then `runs` more
        for (let run = 0; run <= runs; run++) {
          const post = generateSyntheticPost(1000 * (formats.indexOf(format) + 1) + run);
          const render = format === "html" ? renderHtmlPage : renderMarkdown;
          const source = render(post, "en");
          const mt = render(post, "fr");
          const t0 = performance.now();
          const sourceDoc = parseDocument({ content: source, format: format as InputFormat });
          const mtDoc = parseDocument({ content: mt, format: format as InputFormat });
          const t1 = performance.now();
          const draft = buildPostDraft({ source: sourceDoc, mt: mtDoc, sourceLang: "en", targetLang: "fr" });
          const t2 = performance.now();
          const stored = await storePostDraft(prisma, draft, { actorId: null });
          const t3 = performance.now();
          if (!mtDoc.provenance?.sourceUrl) throw new Error("the MT footer was not recognised");
          timings.push({ parse: t1 - t0, build: t2 - t1, store: t3 - t2, total: t3 - t0, segments: stored.segments });
          if (run === 0) {
            console.log(
              `\n[${format}] post ${stored.id}: ${stored.blocks} blocks, ${stored.segments} segments; footer → ${mtDoc.provenance.sourceUrl}`,
            );
          }
        }
        const warm = timings.slice(1);
        const row = (label: string, key: keyof Timing) => {
          const values = warm.map((t) => t[key]);
          console.log(
            `  ${label.padEnd(26)} ${firstLabel} ${ms(timings[0][key]).padStart(9)}   median ${ms(percentile(values, 50)).padStart(9)}   p95 ${ms(percentile(values, 95)).padStart(9)}   max ${ms(Math.max(...values)).padStart(9)}`,
          );
        };
        const firstLabel = formats.indexOf(format) === 0 ? "cold" : "1st ";
        console.log(
          formats.indexOf(format) === 0
            ? `  "cold" = first import in this process${values["warm-up"] ? ", after the warm-up" : " (JIT, lazy loads)"}; then ${runs} fresh posts (p95 of ${runs} = nearest rank):`
            : `  "1st" = first ${format} import (the process is warm already); then ${runs} fresh posts:`,
        );
        row("parseDocument ×2", "parse");
        row("buildPostDraft (seg+align)", "build");
        row("storePostDraft (1 tx)", "store");
        row("total", "total");
        const medianTotal = percentile(
          warm.map((t) => t.total),
          50,
        );
        const p95Total = percentile(
          warm.map((t) => t.total),
          95,
        );
        console.log(
          `  goal < 300 ms for the post: median ${medianTotal < 300 ? "MET" : "MISSED"}, p95 ${p95Total < 300 ? "MET" : "MISSED"}, ${firstLabel.trim()} ${timings[0].total < 300 ? "MET" : "MISSED"}`,
        );
        summary[format] = {
          segments: timings[0].segments,
          [formats.indexOf(format) === 0 ? "coldMs" : "firstMs"]: round(timings[0].total),
          medianMs: round(medianTotal),
          p95Ms: round(p95Total),
          parseMedianMs: round(
            percentile(
              warm.map((t) => t.parse),
              50,
            ),
          ),
          buildMedianMs: round(
            percentile(
              warm.map((t) => t.build),
              50,
            ),
          ),
          storeMedianMs: round(
            percentile(
              warm.map((t) => t.store),
              50,
            ),
          ),
        };
      }
    } finally {
      await prisma.$disconnect();
    }

    // --- 10,000-sentence alignment ---
    console.log("\n10,000-sentence alignment (alignUnits, en → fr):");
    const alignResults: Record<string, unknown> = {};
    const pairs: [string, string[], string[]][] = [];
    const synthetic = generateSyntheticPair(10_000, 42);
    pairs.push(["align-synthetic (seed 42, pseudo-words)", synthetic.src, synthetic.tgt]);
    const big = generateSyntheticPost(7, { paragraphs: 1000, sentencesPerParagraph: 10, mtChanges: true });
    const body = big.blocks.slice(1); // 1,000 paragraphs × 10 sentences, without the title
    pairs.push([
      "bilingual templates (this file, with MT merges/splits)",
      body.flatMap((b) => b.en),
      body.flatMap((b) => b.fr),
    ]);
    for (const [label, src, tgt] of pairs) {
      const times: number[] = [];
      let beads = 0;
      for (let run = 0; run < 4; run++) {
        const start = performance.now();
        beads = alignUnits(src, tgt, { srcLang: "en", tgtLang: "fr" }).length;
        times.push(performance.now() - start);
      }
      const best = Math.min(...times.slice(1));
      console.log(
        `  ${label}: ${src.length} / ${tgt.length} sentences → ${beads} beads; cold ${ms(times[0])}, best of next 3 ${ms(best)}, worst ${ms(Math.max(...times.slice(1)))} — goal < 1 s ${times[0] < 1000 && best < 1000 ? "MET" : "MISSED"}`,
      );
      alignResults[label.split(" ")[0]] = {
        src: src.length,
        tgt: tgt.length,
        coldMs: round(times[0]),
        bestMs: round(best),
      };
    }
    summary.align10k = alignResults;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nload average at the end: ${load()}`);
  summary.loadAtEnd = load();
  console.log(`\n${JSON.stringify({ bench: "import-speed", goals: { postMs: 300, align10kMs: 1000 }, ...summary })}`);
}

const round = (v: number) => Math.round(v * 10) / 10;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
