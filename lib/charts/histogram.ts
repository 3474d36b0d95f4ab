// Distribution of a figure over many items (HTER per post): equal-width bins, each column labelled with its count,
// an optional marker line (the median, say) named in words, and an open last bin for values past the range
// (HTER can exceed 1).

import {
  estimateTextWidth,
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

/** Values from `from` up to `to` (the last closed bin includes `to`); an open bin holds everything above `from`. */
export type HistogramBin = { from: number; to: number | null; count: number };

/**
 * Counts values into `binCount` equal bins over [min, max]. Values above max go to one extra open bin (added only
 * when needed); values below min count in the first bin.
 */
export function binValues(
  values: readonly number[],
  options: { min: number; max: number; binCount: number },
): HistogramBin[] {
  const { min, max, binCount } = options;
  if (!(max > min) || !Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`histogram: need min < max and a whole number of bins, got ${min}..${max} in ${binCount}`);
  }
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, k) => ({
    from: Number((min + ((max - min) * k) / binCount).toPrecision(12)),
    to: Number((min + ((max - min) * (k + 1)) / binCount).toPrecision(12)),
    count: 0,
  }));
  let over = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`histogram: not a number: ${value}`);
    if (value > max) {
      over++;
      continue;
    }
    // scaled before flooring, with a hair of tolerance, so 0.3 lands in [0.3, 0.4) and not in [0.2, 0.3)
    const index = Math.floor(((value - min) * binCount) / (max - min) + 1e-9);
    bins[Math.min(binCount - 1, Math.max(0, index))].count++;
  }
  if (over > 0) bins.push({ from: max, to: null, count: over });
  return bins;
}

export type HistogramChart = {
  /** Unique on the page; ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (the image's description for screen readers). */
  description: string;
  /** The binned figure, under the axis and as the table's first column, e.g. "HTER per post". */
  valueLabel: string;
  /** What is counted, e.g. "Posts". */
  countLabel: string;
  bins: HistogramBin[];
  formatValue?: (value: number) => string;
  /** A vertical line at a value, named in words (e.g. "median 0.24"). */
  marker?: { value: number; label: string };
};

const PAD = 8;
const defaultFormat = (value: number) => value.toFixed(2);

function rangeLabel(bin: HistogramBin, format: (value: number) => string): string {
  return bin.to === null ? `≥ ${format(bin.from)}` : `${format(bin.from)}–${format(bin.to)}`;
}

/** The chart as SVG markup, laid out for `width` CSS pixels (render one for wide and one for narrow screens). */
export function renderHistogramSvg(chart: HistogramChart, layout: { width: number; height?: number }): string {
  if (chart.bins.length === 0) throw new RangeError(`histogram ${chart.id}: no bins`);
  const { width } = layout;
  const height = layout.height ?? (width >= 500 ? 300 : 250);
  const id = `${chart.id}-${width}`;
  const format = chart.formatValue ?? defaultFormat;
  const maxCount = Math.max(1, ...chart.bins.map((b) => b.count));
  const yTicks = niceTicks(0, maxCount, width >= 500 ? 4 : 3).filter((t) => Number.isInteger(t));
  const yMax = Math.max(yTicks[yTicks.length - 1], maxCount);
  const tickWidth = Math.max(...yTicks.map((t) => estimateTextWidth(String(t))));
  const x0 = PAD + tickWidth + 10;
  const x1 = width - PAD - 14;
  const top = chart.marker ? 44 : 30; // room for the marker's name above the columns
  const axisTitle = wrapText(chart.valueLabel, width - 2 * PAD);
  const bottom = height - 44 - 15 * (axisTitle.length - 1);
  const y = linearScale([0, yMax], [bottom, top]);
  const columnWidth = (x1 - x0) / chart.bins.length;
  const style = seriesStyle(0);

  const parts = [openSvg({ id, width, height, title: chart.title, description: chart.description, patternsFor: 1 })];
  parts.push(`<text x="${PAD}" y="14" fill="${TEXT_COLOUR}">${text(chart.countLabel)}</text>`);
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${round(x0)}" x2="${round(x1)}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${GRID_COLOUR}"/>`,
      `<text x="${round(x0 - 6)}" y="${round(y(tick))}" text-anchor="end" dominant-baseline="central" fill="${MUTED_COLOUR}">${tick}</text>`,
    );
  }
  // edge labels: as many as fit without overlapping
  // the open bin's own label ("≥ 1.0") stands for its left edge
  const lastBin = chart.bins[chart.bins.length - 1];
  const edges = chart.bins.map((b) => b.from);
  if (lastBin.to !== null) edges.push(lastBin.to);
  else edges.pop();
  const edgeLabelWidth = Math.max(...edges.map((e) => estimateTextWidth(format(e)))) + 8;
  const every = Math.max(1, Math.ceil(edgeLabelWidth / columnWidth));
  edges.forEach((edge, k) => {
    if (k % every !== 0) return;
    const ex = x0 + k * columnWidth;
    parts.push(
      `<line x1="${round(ex)}" x2="${round(ex)}" y1="${round(bottom)}" y2="${round(bottom + 4)}" stroke="${MUTED_COLOUR}"/>`,
      `<text x="${round(ex)}" y="${round(bottom + 17)}" text-anchor="middle" fill="${MUTED_COLOUR}">${text(format(edge))}</text>`,
    );
  });
  if (lastBin.to === null) {
    parts.push(
      `<text x="${round(x1 - columnWidth / 2)}" y="${round(bottom + 17)}" text-anchor="middle" fill="${MUTED_COLOUR}">${text(`≥ ${format(lastBin.from)}`)}</text>`,
    );
  }
  parts.push(textLines(axisTitle, (x0 + x1) / 2, bottom + 36, `text-anchor="middle" fill="${TEXT_COLOUR}"`));

  chart.bins.forEach((bin, k) => {
    const left = x0 + k * columnWidth + 1.5;
    const columnTop = y(bin.count);
    if (bin.count > 0) {
      parts.push(
        `<rect x="${round(left)}" y="${round(columnTop)}" width="${round(columnWidth - 3)}" height="${round(bottom - columnTop)}" fill="${patternFill(id, 0)}" stroke="${style.colour}">` +
          `<title>${text(`${rangeLabel(bin, format)}: ${bin.count}`)}</title></rect>`,
      );
    }
    if (estimateTextWidth(String(bin.count)) <= columnWidth) {
      parts.push(
        `<text x="${round(left + (columnWidth - 3) / 2)}" y="${round(columnTop - 5)}" text-anchor="middle" fill="${TEXT_COLOUR}" ${HALO}>${bin.count}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${round(x0)}" x2="${round(x1)}" y1="${round(bottom)}" y2="${round(bottom)}" stroke="${MUTED_COLOUR}"/>`,
  );

  if (chart.marker) {
    const { value, label } = chart.marker;
    const closed = chart.bins.filter((b) => b.to !== null);
    const lo = chart.bins[0].from;
    const hi = closed.length > 0 ? (closed[closed.length - 1].to as number) : lo;
    const mx =
      value > hi
        ? x1 - columnWidth / 2
        : linearScale([lo, hi], [x0, x0 + closed.length * columnWidth])(Math.max(lo, value));
    const anchor = mx > (x0 + x1) / 2 ? "end" : "start";
    parts.push(
      `<line x1="${round(mx)}" x2="${round(mx)}" y1="${round(top - 20)}" y2="${round(bottom)}" stroke="${TEXT_COLOUR}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${round(mx + (anchor === "end" ? -5 : 5))}" y="${round(top - 14)}" text-anchor="${anchor}" fill="${TEXT_COLOUR}" font-weight="600" ${HALO}>${text(label)}</text>`,
    );
  }
  parts.push("</svg>");
  return parts.join("");
}

/** The same figures as a table: one row per bin. */
export function histogramTable(chart: HistogramChart): ChartTable {
  const format = chart.formatValue ?? defaultFormat;
  return {
    caption: chart.title,
    columns: [chart.valueLabel, chart.countLabel],
    rows: chart.bins.map((bin) => [rangeLabel(bin, format), String(bin.count)]),
  };
}
