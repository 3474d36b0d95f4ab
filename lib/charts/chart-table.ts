// The numbers behind a chart, as a table: what a screen reader or a reader who wants the figures gets, and what
// the dashboard offers as a CSV download. Cells are already formatted strings; the chart and its table are made
// from the same data by the same module, so they cannot disagree.

import { attribute, text } from "./chart-parts";

export type ChartTable = { caption: string; columns: string[]; rows: string[][] };

/** An HTML table with a caption and column headers; the first cell of each row is its row header. */
export function renderChartTableHtml(table: ChartTable, options: { className?: string } = {}): string {
  const head = table.columns.map((column) => `<th scope="col">${text(column)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, k) => (k === 0 ? `<th scope="row">${text(cell)}</th>` : `<td>${text(cell)}</td>`)).join("")}</tr>`,
    )
    .join("");
  const className = options.className ? ` class="${attribute(options.className)}"` : "";
  return `<table${className}><caption>${text(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a quote or a line break). */
export function formatChartTableCsv(table: ChartTable): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${[table.columns, ...table.rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
