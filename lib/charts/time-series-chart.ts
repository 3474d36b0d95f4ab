// Line chart over time (effort per week or month). Each series differs in colour, dash and marker shape, and is
// named by a direct label at the end of its line instead of a legend to match up.

import {
  estimateTextWidth,
  fitText,
  GRID_COLOUR,
  HALO,
  linearScale,
  MUTED_COLOUR,
  marker,
  niceTicks,
  openSvg,
  round,
  seriesStyle,
  spreadLabels,
  TEXT_COLOUR,
  text,
} from "./chart-parts";
import type { ChartTable } from "./chart-table";

export type TimeSeriesChart = {
  /** Unique on the page; ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows (the image's description for screen readers). */
  description: string;
  /** What the values are, shown above the value axis, e.g. "HTER (edits per word)". */
  valueLabel: string;
  /** The table's first column header, e.g. "Month". */
  timeLabel: string;
  /** One to four series of points; times need not be shared between series. */
  series: { name: string; points: { at: Date; value: number }[] }[];
  formatValue?: (value: number) => string;
  /** Label of a point in time, on the axis and in the table (default: month and year, in English). */
  formatTime?: (at: Date) => string;
  minValue?: number;
  maxValue?: number;
};

const PAD = 8;
const defaultFormatValue = (value: number) => value.toFixed(2);
const defaultFormatTime = (at: Date) =>
  new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" }).format(at);

function check(chart: TimeSeriesChart): void {
  if (chart.series.length === 0) throw new RangeError(`time series ${chart.id}: no series`);
  seriesStyle(chart.series.length - 1);
  for (const series of chart.series) {
    for (const point of series.points) {
      if (!Number.isFinite(point.at.getTime()) || !Number.isFinite(point.value)) {
        throw new RangeError(
          `time series ${chart.id}: series "${series.name}" has a point without a valid time or value`,
        );
      }
    }
  }
}

/** The distinct times of all series, in order. */
function distinctTimes(chart: TimeSeriesChart): number[] {
  return [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.at.getTime())))].sort((a, b) => a - b);
}

/** The chart as SVG markup, laid out for `width` CSS pixels (render one for wide and one for narrow screens). */
export function renderTimeSeriesSvg(chart: TimeSeriesChart, layout: { width: number; height?: number }): string {
  check(chart);
  const { width } = layout;
  const height = layout.height ?? (width >= 500 ? 320 : 260);
  const id = `${chart.id}-${width}`;
  const formatValue = chart.formatValue ?? defaultFormatValue;
  const formatTime = chart.formatTime ?? defaultFormatTime;
  const series = chart.series.map((s) => ({
    ...s,
    points: [...s.points].sort((a, b) => a.at.getTime() - b.at.getTime()),
  }));
  const times = distinctTimes(chart);
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const yTicks = niceTicks(
    chart.minValue ?? Math.min(0, ...values),
    chart.maxValue ?? Math.max(...values, (chart.minValue ?? 0) + 1e-9),
    width >= 500 ? 5 : 4,
  );

  const nameWidth = Math.min(Math.max(...series.map((s) => estimateTextWidth(s.name))) + 18, width * 0.3);
  const tickWidth = Math.max(...yTicks.map((t) => estimateTextWidth(formatValue(t))));
  const x0 = PAD + tickWidth + 10;
  const x1 = width - PAD - nameWidth;
  const top = 30;
  const bottom = height - 30;
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 1;
  const x = linearScale(first === last ? [first - 1, first + 1] : [first, last], [x0 + 6, x1 - 6]);
  const y = linearScale([yTicks[0], yTicks[yTicks.length - 1]], [bottom, top]);

  const parts = [openSvg({ id, width, height, title: chart.title, description: chart.description, patternsFor: 0 })];
  parts.push(
    `<text x="${PAD}" y="14" fill="${TEXT_COLOUR}">${text(fitText(chart.valueLabel, width - 2 * PAD))}</text>`,
  );
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${round(x0)}" x2="${round(x1)}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${GRID_COLOUR}"/>`,
      `<text x="${round(x0 - 6)}" y="${round(y(tick))}" text-anchor="end" dominant-baseline="central" fill="${MUTED_COLOUR}">${text(formatValue(tick))}</text>`,
    );
  }
  // as many time labels as fit, always the first and the last
  const labelWidth = Math.max(...times.map((t) => estimateTextWidth(formatTime(new Date(t))))) + 14;
  const room = Math.max(1, Math.floor((x1 - x0) / labelWidth));
  const every = Math.max(1, Math.ceil(times.length / room));
  times.forEach((t, k) => {
    const isLast = k === times.length - 1;
    const nearLast = !isLast && times.length - 1 - k < every;
    if ((k % every !== 0 && !isLast) || nearLast) return;
    parts.push(
      `<line x1="${round(x(t))}" x2="${round(x(t))}" y1="${round(bottom)}" y2="${round(bottom + 4)}" stroke="${MUTED_COLOUR}"/>`,
      `<text x="${round(x(t))}" y="${round(bottom + 17)}" text-anchor="middle" fill="${MUTED_COLOUR}">${text(formatTime(new Date(t)))}</text>`,
    );
  });
  parts.push(
    `<line x1="${round(x0)}" x2="${round(x1)}" y1="${round(bottom)}" y2="${round(bottom)}" stroke="${MUTED_COLOUR}"/>`,
  );

  const ends: { name: string; y: number; colour: string }[] = [];
  series.forEach((s, k) => {
    const style = seriesStyle(k);
    if (s.points.length === 0) return;
    const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${round(x(p.at.getTime()))} ${round(y(p.value))}`).join("");
    parts.push(
      `<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="2.25" stroke-linejoin="round"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>`,
    );
    const marked = s.points.length <= 24 ? s.points : s.points.slice(-1);
    for (const p of marked) {
      const tooltip = `${s.name}, ${formatTime(p.at)}: ${formatValue(p.value)}`;
      parts.push(marker(style.marker, x(p.at.getTime()), y(p.value), style.colour, tooltip));
    }
    const end = s.points[s.points.length - 1];
    ends.push({ name: s.name, y: y(end.value), colour: style.colour });
  });
  const labelYs = spreadLabels(
    ends.map((e) => e.y),
    15,
    top,
    bottom,
  );
  ends.forEach((end, k) => {
    parts.push(
      `<text x="${round(x1 + 10)}" y="${round(labelYs[k])}" dominant-baseline="central" fill="${end.colour}" font-weight="600" ${HALO}>${text(fitText(end.name, nameWidth - 12))}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

/** The same figures as a table: one row per point in time, one column per series ("–" where a series has none). */
export function timeSeriesTable(chart: TimeSeriesChart): ChartTable {
  check(chart);
  const formatValue = chart.formatValue ?? defaultFormatValue;
  const formatTime = chart.formatTime ?? defaultFormatTime;
  const lookup = chart.series.map((s) => new Map(s.points.map((p) => [p.at.getTime(), p.value])));
  return {
    caption: chart.title,
    columns: [chart.timeLabel, ...chart.series.map((s) => s.name)],
    rows: distinctTimes(chart).map((t) => [
      formatTime(new Date(t)),
      ...lookup.map((values) => {
        const value = values.get(t);
        return value === undefined ? "–" : formatValue(value);
      }),
    ]),
  };
}
