// npx tsx scripts/render-chart-gallery.ts [OUT_DIR]
// Renders the dashboard's three kinds of chart (lib/charts) with example figures into OUT_DIR/index.html, styled
// with the app's own stylesheet, and screenshots it with Debian's Chromium at a desktop and a phone width
// (OUT_DIR/charts-desktop.png, OUT_DIR/charts-narrow.png). It shows how a page composes a chart: a wide and a
// narrow layout switched by CSS (no script), the numbers in a <details> table. A development aid, not a test.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { chromium } from "playwright-core";
import postcss from "postcss";
import { type BarChart, barChartTable, renderBarChartSvg } from "../lib/charts/bar-chart";
import { type ChartTable, renderChartTableHtml } from "../lib/charts/chart-table";
import { binValues, type HistogramChart, histogramTable, renderHistogramSvg } from "../lib/charts/histogram";
import { renderTimeSeriesSvg, type TimeSeriesChart, timeSeriesTable } from "../lib/charts/time-series-chart";
import { escapeHtmlText } from "../lib/export/escape-html";
import { measurePostEffort } from "../lib/metrics/post-editing-effort";
import { readLineFile } from "./read-line-file";

const outDir = path.resolve(process.argv[2] ?? "/tmp/retouche-charts");
const root = path.resolve(import.meta.dirname, "..");
const WIDE = 720;
const NARROW = 340;

// A deterministic stand-in for a year of history (the dashboard will read stored figures instead)
let seed = 17;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const months = Array.from({ length: 12 }, (_, k) => new Date(Date.UTC(2025, k, 1)));
const trend = (start: number, end: number) =>
  months.map((at, k) => ({ at, value: start + ((end - start) * k) / 11 + (random() - 0.5) * 0.04 }));

// The seed post's real figures against its human post-edit, as one of the engines' posts
const seedPost = measurePostEffort(
  readLineFile(path.join(root, "bench/metrics-oracle/seed-post.mt.txt")).map((mtText, i, all) => ({
    mtText,
    targetText: readLineFile(path.join(root, "bench/metrics-oracle/seed-post.final.txt"))[i] ?? all[i],
  })),
).summary;

const overTime: TimeSeriesChart = {
  id: "effort-over-time",
  title: "Post-editing effort by month",
  description:
    "HTER (edits per word of the published text) of each engine's posts by month of publication, 2025. Lower is less work. DeepL falls from 0.31 to 0.22; Google Translate stays near 0.33.",
  valueLabel: "HTER (edits per word)",
  timeLabel: "Month",
  series: [
    { name: "DeepL", points: trend(0.31, 0.22) },
    { name: "Google Translate", points: trend(0.34, 0.32) },
    { name: "Opus-MT", points: trend(0.45, 0.38).slice(3) },
  ],
  minValue: 0,
};

const byEngine: BarChart = {
  id: "effort-by-engine",
  title: "Effort by machine translation engine",
  description:
    "HTER and the share of segments left untouched, per engine, over all published posts. DeepL needs the fewest edits.",
  valueLabel: "Share (HTER: edits per word; untouched: share of segments)",
  categoryLabel: "Engine",
  categories: ["DeepL", "Google Translate", "Opus-MT (self-hosted, en→fr)", "Seed post (measured)"],
  series: [
    { name: "HTER", values: [0.24, 0.33, 0.41, seedPost.hter] },
    { name: "Untouched segments", values: [0.31, 0.22, 0.12, seedPost.untouchedShare] },
  ],
};

const returnReasons: BarChart = {
  id: "returns-by-reason",
  title: "Segments returned by reviewers, by reason",
  description: "How often reviewers returned a segment, per reason, last 90 days. Mistranslations lead.",
  valueLabel: "Segments returned",
  categoryLabel: "Reason",
  categories: ["Mistranslation", "Terminology", "Omission", "Grammar", "Style", "Typography", "Addition", "Markup"],
  series: [{ name: "Returns", values: [142, 97, 61, 55, 38, 31, 12, 4] }],
  formatValue: (value) => value.toLocaleString("en", { maximumFractionDigits: 0 }),
};

// HTER per post for 1,000 posts: a right-skewed spread, a few rewritten posts above 1
const perPost = Array.from({ length: 1000 }, () => {
  const u = (random() + random() + random()) / 3;
  return random() < 0.01 ? 1 + random() * 0.5 : Math.max(0, u * 0.75 - 0.05);
});
const sorted = [...perPost].sort((a, b) => a - b);
const median = sorted[500];
const rewritten = perPost.filter((value) => value >= 1).length;
const distribution: HistogramChart = {
  id: "hter-distribution",
  title: "Distribution of edit distance per post",
  description: `HTER of each of 1,000 published posts, in bins of 0.1. Most posts need 0.1 to 0.4 edits per word; the median is ${median.toFixed(2)}; ${rewritten} posts were rewritten (1.0 or more).`,
  valueLabel: "HTER per post (edits per word)",
  countLabel: "Posts",
  bins: binValues(perPost, { min: 0, max: 1, binCount: 10 }),
  formatValue: (value) => value.toFixed(1),
  marker: { value: median, label: `median ${median.toFixed(2)}` },
};

const TABLE_CLASSES =
  "mt-2 w-full text-sm tabular-nums [&_caption]:sr-only [&_th]:px-2 [&_th]:py-1 [&_th]:whitespace-nowrap [&_th]:text-left [&_th]:font-medium [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_tr]:border-t [&_tr]:border-stone-200";

function figure(
  chart: { title: string; description: string },
  render: (layout: { width: number }) => string,
  table: ChartTable,
): string {
  return `<figure class="card p-4 sm:p-6">
  <figcaption><h2 class="text-lg font-semibold">${escapeHtmlText(chart.title)}</h2><p class="mt-1 text-sm text-stone-600">${escapeHtmlText(chart.description)}</p></figcaption>
  <div class="mt-4 hidden sm:block">${render({ width: WIDE })}</div>
  <div class="mt-4 sm:hidden">${render({ width: NARROW })}</div>
  <details class="mt-3"><summary class="cursor-pointer text-sm font-medium text-accent-700">Show the numbers</summary><div class="overflow-x-auto">${renderChartTableHtml(table, { className: TABLE_CLASSES })}</div></details>
</figure>`;
}

const figures = [
  figure(overTime, (layout) => renderTimeSeriesSvg(overTime, layout), timeSeriesTable(overTime)),
  figure(byEngine, (layout) => renderBarChartSvg(byEngine, layout), barChartTable(byEngine)),
  figure(returnReasons, (layout) => renderBarChartSvg(returnReasons, layout), barChartTable(returnReasons)),
  figure(distribution, (layout) => renderHistogramSvg(distribution, layout), histogramTable(distribution)),
];

const globals = path.join(root, "app/globals.css");
const css = (await postcss([tailwind({ base: root })]).process(readFileSync(globals, "utf8"), { from: globals })).css;
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "styles.css"), css);
writeFileSync(
  path.join(outDir, "index.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Charts</title><link rel="stylesheet" href="styles.css"></head>
<body><main class="mx-auto max-w-3xl space-y-6 px-3 py-6 sm:px-6"><h1 class="text-2xl font-semibold">Insights — chart examples</h1>
${figures.join("\n")}
</main></body></html>`,
);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  for (const [name, width] of [
    ["desktop", 1280],
    ["narrow", 390],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`file://${path.join(outDir, "index.html")}`);
    if (name === "narrow")
      await page
        .locator("details")
        .first()
        .evaluate((d) => d.setAttribute("open", ""));
    await page.screenshot({ path: path.join(outDir, `charts-${name}.png`), fullPage: true });
    const charts = await page.locator("figure").all();
    for (const [k, chart] of charts.entries())
      await chart.screenshot({ path: path.join(outDir, `chart-${k + 1}-${name}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${path.join(outDir, "index.html")}, charts-{desktop,narrow}.png and chart-N-{desktop,narrow}.png`);
