// Horizontal bar chart (by engine, by return reason): horizontal so that long category names stay readable on a
// phone. Every bar carries its value as a direct label; with several series each has its own fill pattern and a
// legend shows the pattern, so nothing depends on telling colours apart.

import {
  estimateTextWidth,
  fitText,
  GRID_COLOUR,
  HALO,
  linearScale,
  MUTED_COLOUR,
  niceTicks,
  openSvg,
  patternFill,
  round,
  seriesStyle,
  TEXT_COLOUR,
  text,
  textLines,
  wrapText,
} from "./chart-parts";
import type { ChartTable } from "./chart-table";

export type BarChart = {
  /** Unique on the page; ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (read by screen readers as the image's description). */
  description: string;
  /** What the bars measure, e.g. "HTER (edits per word)". */
  valueLabel: string;
  /** The table's first column header, e.g. "Engine". */
  categoryLabel: string;
  categories: string[];
  /** One to four series; `null` where a category has no figure. */
  series: { name: string; values: (number | null)[] }[];
  formatValue?: (value: number) => string;
  /** Fix the end of the value axis (e.g. 100 for chrF) instead of fitting the data. */
  maxValue?: number;
};

const PAD = 8;

function check(chart: BarChart): void {
  if (chart.series.length === 0) throw new RangeError(`bar chart ${chart.id}: no series`);
  seriesStyle(chart.series.length - 1);
  for (const series of chart.series) {
    if (series.values.length !== chart.categories.length) {
      throw new RangeError(
        `bar chart ${chart.id}: series "${series.name}" has ${series.values.length} values for ${chart.categories.length} categories`,
      );
    }
  }
}

const defaultFormat = (value: number) => value.toFixed(2);

/** The chart as SVG markup, laid out for `width` CSS pixels (render one for wide and one for narrow screens). */
export function renderBarChartSvg(chart: BarChart, layout: { width: number }): string {
  check(chart);
  const { width } = layout;
  const id = `${chart.id}-${width}`;
  const format = chart.formatValue ?? defaultFormat;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const dataMax = Math.max(0, ...values);
  const dataMin = Math.min(0, ...values);
  const ticks = niceTicks(dataMin, chart.maxValue ?? (dataMax > dataMin ? dataMax : dataMin + 1), width >= 500 ? 5 : 3);
  const domain: [number, number] = [ticks[0], ticks[ticks.length - 1]];

  // legend, only when there is more than one series to tell apart
  const legend: string[] = [];
  let legendHeight = 0;
  if (chart.series.length > 1) {
    let x = PAD;
    let y = PAD + 7;
    chart.series.forEach((series, k) => {
      const name = fitText(series.name, width / 2);
      const itemWidth = 22 + estimateTextWidth(name) + 16;
      if (x + itemWidth > width - PAD && x > PAD) {
        x = PAD;
        y += 20;
      }
      legend.push(
        `<rect x="${round(x)}" y="${round(y - 7)}" width="14" height="14" fill="${patternFill(id, k)}" stroke="${seriesStyle(k).colour}"/>` +
          `<text x="${round(x + 20)}" y="${round(y)}" dominant-baseline="central" fill="${TEXT_COLOUR}">${text(name)}</text>`,
      );
      x += itemWidth;
    });
    legendHeight = y + 7 + 10;
  }

  const labelWidth = Math.min(Math.max(...chart.categories.map((c) => estimateTextWidth(c)), 20), width * 0.38);
  const valueWidth = Math.max(...values.map((v) => estimateTextWidth(format(v))), estimateTextWidth("–")) + 10;
  const x0 = PAD + labelWidth + 10;
  const x1 = width - PAD - valueWidth;
  const x = linearScale(domain, [x0, x1]);
  const barHeight = chart.series.length === 1 ? 22 : 15;
  const barGap = 3;
  const bandHeight = chart.series.length * barHeight + (chart.series.length - 1) * barGap + 14;
  const top = legendHeight + PAD;
  const plotBottom = top + chart.categories.length * bandHeight;
  const axisTitle = wrapText(chart.valueLabel, width - 2 * PAD);
  const height = plotBottom + 44 + 15 * (axisTitle.length - 1);

  const parts: string[] = [
    openSvg({
      id,
      width,
      height,
      title: chart.title,
      description: chart.description,
      patternsFor: chart.series.length,
    }),
  ];
  parts.push(...legend);
  for (const tick of ticks) {
    parts.push(
      `<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${round(top)}" y2="${round(plotBottom)}" stroke="${GRID_COLOUR}"/>`,
      `<text x="${round(x(tick))}" y="${round(plotBottom + 14)}" text-anchor="middle" fill="${MUTED_COLOUR}">${text(format(tick))}</text>`,
    );
  }
  parts.push(textLines(axisTitle, width / 2, plotBottom + 34, `text-anchor="middle" fill="${TEXT_COLOUR}"`));

  chart.categories.forEach((category, c) => {
    const bandTop = top + c * bandHeight + 7;
    const shown = fitText(category, labelWidth);
    const labelY = bandTop + (bandHeight - 14) / 2;
    parts.push(
      `<text x="${round(x0 - 10)}" y="${round(labelY)}" text-anchor="end" dominant-baseline="central" fill="${TEXT_COLOUR}">` +
        (shown === category ? "" : `<title>${text(category)}</title>`) +
        `${text(shown)}</text>`,
    );
    chart.series.forEach((series, k) => {
      const value = series.values[c];
      const y = bandTop + k * (barHeight + barGap);
      const name = chart.series.length > 1 ? ` — ${series.name}` : "";
      if (value === null) {
        parts.push(
          `<text x="${round(x(0) + 4)}" y="${round(y + barHeight / 2)}" dominant-baseline="central" fill="${MUTED_COLOUR}">–</text>`,
        );
        return;
      }
      const start = Math.min(x(0), x(value));
      const barWidth = Math.max(Math.abs(x(value) - x(0)), value === 0 ? 0 : 1);
      parts.push(
        `<rect x="${round(start)}" y="${round(y)}" width="${round(barWidth)}" height="${barHeight}" fill="${patternFill(id, k)}" stroke="${seriesStyle(k).colour}">` +
          `<title>${text(`${category}${name}: ${format(value)}`)}</title></rect>`,
        `<text x="${round(Math.max(x(0), x(value)) + 5)}" y="${round(y + barHeight / 2)}" dominant-baseline="central" fill="${TEXT_COLOUR}" ${HALO}>${text(format(value))}</text>`,
      );
    });
  });
  parts.push(
    `<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${round(top)}" y2="${round(plotBottom)}" stroke="${MUTED_COLOUR}"/>`,
    "</svg>",
  );
  return parts.join("");
}

/** The same figures as a table: one row per category, one column per series. */
export function barChartTable(chart: BarChart): ChartTable {
  check(chart);
  const format = chart.formatValue ?? defaultFormat;
  return {
    caption: chart.title,
    columns: [chart.categoryLabel, ...chart.series.map((s) => (chart.series.length > 1 ? s.name : chart.valueLabel))],
    rows: chart.categories.map((category, c) => [
      category,
      ...chart.series.map((s) => (s.values[c] === null ? "–" : format(s.values[c] as number))),
    ]),
  };
}
