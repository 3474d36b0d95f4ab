// Shared pieces of the server-rendered charts: scales and ticks, the series styles that tell series apart without
// colour (a fill pattern, a dash, a marker shape for each), the accessible SVG frame, and text helpers.
// Everything is markup built from data; every user-given string goes through escapeHtmlText/escapeHtmlAttribute.
// No style attributes or <style> elements: presentation attributes only, so the charts also render under the
// public pages' Content-Security-Policy (style-src 'self').

import { escapeHtmlAttribute, escapeHtmlText } from "../export/escape-html";

export const FONT_SIZE = 12;
export const TEXT_COLOUR = "#44403c"; // stone-700, 10:1 on white
export const MUTED_COLOUR = "#78716c"; // stone-500, for ticks (4.8:1)
export const GRID_COLOUR = "#e7e5e4"; // stone-200
/** A white outline behind a label, so that grid and marker lines never run through its letters. */
export const HALO = 'stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

export type SeriesStyle = {
  colour: string;
  /** SVG stroke-dasharray for lines ("" = solid). */
  dash: string;
  marker: "circle" | "square" | "triangle" | "diamond";
  pattern: "solid" | "hatch" | "dots" | "crosshatch";
  /** Word for the pattern, in the table's legend and the descriptions. */
  patternName: string;
};

/** Four series at most per chart, each different in colour AND pattern AND dash AND marker. Colours pass 4.5:1 on white. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: "#1f6f68", dash: "", marker: "circle", pattern: "solid", patternName: "solid" },
  { colour: "#b45309", dash: "7 4", marker: "square", pattern: "hatch", patternName: "hatched" },
  { colour: "#6d28d9", dash: "2 3", marker: "triangle", pattern: "dots", patternName: "dotted" },
  { colour: "#334155", dash: "9 3 2 3", marker: "diamond", pattern: "crosshatch", patternName: "cross-hatched" },
];

export function seriesStyle(index: number): SeriesStyle {
  if (index >= SERIES_STYLES.length) {
    throw new RangeError(`a chart shows at most ${SERIES_STYLES.length} series, so each stays recognisable`);
  }
  return SERIES_STYLES[index];
}

export const text = escapeHtmlText;
export const attribute = escapeHtmlAttribute;

/** Rounds coordinates so the markup stays short and stable. */
export function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A width estimate for laying out labels (average glyph width of a sans-serif face; no font metrics on the server). */
export function estimateTextWidth(value: string, fontSize = FONT_SIZE): number {
  return Array.from(value).length * fontSize * 0.56;
}

/** The label cut to fit `maxWidth`, with an ellipsis; the full text stays in the table and in a <title>. */
export function fitText(value: string, maxWidth: number, fontSize = FONT_SIZE): string {
  const characters = Array.from(value);
  if (estimateTextWidth(value, fontSize) <= maxWidth) return value;
  const keep = Math.max(1, Math.floor(maxWidth / (fontSize * 0.56)) - 1);
  return `${characters.slice(0, keep).join("").trimEnd()}…`;
}

/** The words of `value` in at most `maxLines` lines of `maxWidth`; the last line is cut with an ellipsis if need be. */
export function wrapText(value: string, maxWidth: number, maxLines = 2, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (estimateTextWidth(candidate, fontSize) <= maxWidth || line === "") line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, maxWidth, fontSize));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`, maxWidth, fontSize);
  return kept;
}

/** Lines of text centred on x, the first at y, one below the other. */
export function textLines(lines: string[], x: number, y: number, attributes: string): string {
  const spans = lines
    .map((line, k) => `<tspan x="${round(x)}" dy="${k === 0 ? 0 : 15}">${text(line)}</tspan>`)
    .join("");
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${spans}</text>`;
}

/**
 * Round tick values (steps of 1, 2 or 5 × 10^k) from at or below min to at or above max, with about `count`
 * intervals: the step whose interval count is nearest wins, and on a tie the one that overshoots the data least.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min, min + 1];
  const magnitude = 10 ** Math.floor(Math.log10((max - min) / Math.max(1, count)));
  let best: { ticks: number[]; score: number; overshoot: number } | null = null;
  for (const step of [0.5, 1, 2, 5, 10, 20].map((m) => m * magnitude)) {
    const first = Math.floor(min / step + 1e-9);
    const last = Math.ceil(max / step - 1e-9);
    const score = Math.abs(last - first - count);
    const overshoot = (last - first) * step - (max - min);
    if (best === null || score < best.score || (score === best.score && overshoot < best.overshoot)) {
      const ticks: number[] = [];
      for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
      best = { ticks, score, overshoot };
    }
  }
  return (best as { ticks: number[] }).ticks;
}

/** Maps a domain onto a pixel range. */
export function linearScale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** The opening of an accessible chart: role img, named by its <title>, described by its <desc>, and the patterns. */
export function openSvg(options: {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  patternsFor: number;
}): string {
  const { id, width, height } = options;
  const defs = Array.from({ length: options.patternsFor }, (_, k) => patternDef(`${id}-pattern-${k}`, seriesStyle(k)));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" ` +
    `role="img" aria-labelledby="${attribute(id)}-title ${attribute(id)}-desc" font-family="inherit" font-size="${FONT_SIZE}">` +
    `<title id="${attribute(id)}-title">${text(options.title)}</title>` +
    `<desc id="${attribute(id)}-desc">${text(options.description)}</desc>` +
    (defs.length > 0 ? `<defs>${defs.join("")}</defs>` : "")
  );
}

/** A tint of the colour with the series' pattern drawn in the colour: tells bars apart in grey or for colour-blind readers. */
function patternDef(id: string, style: SeriesStyle): string {
  const c = style.colour;
  const open = `<pattern id="${attribute(id)}" patternUnits="userSpaceOnUse" width="8" height="8">`;
  if (style.pattern === "solid") return `${open}<rect width="8" height="8" fill="${c}"/></pattern>`;
  const tint = `<rect width="8" height="8" fill="${c}" fill-opacity="0.18"/>`;
  if (style.pattern === "hatch") {
    return `${open}${tint}<path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="${c}" stroke-width="2.2"/></pattern>`;
  }
  if (style.pattern === "dots") return `${open}${tint}<circle cx="4" cy="4" r="2" fill="${c}"/></pattern>`;
  return `${open}${tint}<path d="M0 0L8 8M8 0L0 8" stroke="${c}" stroke-width="1.6"/></pattern>`;
}

/** The fill of a series' bars. */
export function patternFill(id: string, index: number): string {
  return `url(#${attribute(id)}-pattern-${index})`;
}

/** A marker shape centred on (x, y), with a tooltip when `title` is given (SVG <title>: no script needed). */
export function marker(shape: SeriesStyle["marker"], x: number, y: number, colour: string, title?: string): string {
  const size = 4.5;
  const inner = title === undefined ? "" : `<title>${text(title)}</title>`;
  const outline = `fill="#fff" stroke="${colour}" stroke-width="2"`;
  if (shape === "circle") return `<circle cx="${round(x)}" cy="${round(y)}" r="${size}" ${outline}>${inner}</circle>`;
  if (shape === "square") {
    return `<rect x="${round(x - size)}" y="${round(y - size)}" width="${2 * size}" height="${2 * size}" ${outline}>${inner}</rect>`;
  }
  const points =
    shape === "triangle"
      ? [
          [x, y - size * 1.2],
          [x + size * 1.2, y + size * 0.95],
          [x - size * 1.2, y + size * 0.95],
        ]
      : [
          [x, y - size * 1.3],
          [x + size * 1.3, y],
          [x, y + size * 1.3],
          [x - size * 1.3, y],
        ];
  const d = `${points.map(([px, py], k) => `${k === 0 ? "M" : "L"}${round(px)} ${round(py)}`).join("")}Z`;
  return `<path d="${d}" ${outline}>${inner}</path>`;
}

/** Moves labels apart vertically (keeping their order) so that no two are closer than `gap`. */
export function spreadLabels(positions: number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + gap);
  const overflow = order.length > 0 ? order[order.length - 1].y - max : 0;
  if (overflow > 0) for (const item of order) item.y -= overflow;
  for (let k = 0; k < order.length; k++) order[k].y = Math.max(order[k].y, min + k * gap);
  const result = new Array<number>(positions.length);
  for (const item of order) result[item.index] = item.y;
  return result;
}
