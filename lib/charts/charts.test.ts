import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { type BarChart, barChartTable, renderBarChartSvg } from "./bar-chart";
import { formatChartTableCsv, renderChartTableHtml } from "./chart-table";
import { binValues, type HistogramChart, histogramTable, renderHistogramSvg } from "./histogram";
import { renderTimeSeriesSvg, type TimeSeriesChart, timeSeriesTable } from "./time-series-chart";

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

/** What every chart must be: well-formed, named and described for assistive technology, no inline styles. */
function expectAccessibleSvg(svg: string, id: string, title: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-labelledby="${id}-title ${id}-desc"`));
  expect(svg).toContain(`<title id="${id}-title">${title}</title>`);
  expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
  expect(svg).not.toMatch(/\sstyle=|<style|<script/);
}

const byEngine: BarChart = {
  id: "engines",
  title: "Effort by engine",
  description: "HTER per engine.",
  valueLabel: "HTER (edits per word)",
  categoryLabel: "Engine",
  categories: ["DeepL", "Google", "<script>alert(1)</script> & co"],
  series: [
    { name: "en→fr", values: [0.24, 0.33, null] },
    { name: 'en→es "beta"', values: [0.2, 0.3, 0.5] },
  ],
};

describe("bar chart", () => {
  const svg = renderBarChartSvg(byEngine, { width: 720 });

  it("is an accessible image with its title and description", () => {
    expectAccessibleSvg(svg, "engines-720", "Effort by engine");
  });

  it("draws one patterned bar per figure and labels each with its value", () => {
    expect(count(svg, /<rect [^>]*fill="url\(#engines-720-pattern-0\)"[^>]*>/g)).toBe(2 + 1); // 2 bars + legend swatch
    expect(count(svg, /<rect [^>]*fill="url\(#engines-720-pattern-1\)"[^>]*>/g)).toBe(3 + 1);
    for (const value of ["0.24", "0.33", "0.20", "0.30", "0.50"]) expect(svg).toContain(`>${value}</text>`);
    expect(svg).toContain(">–</text>"); // no figure for the third engine in the first series
    expect(svg).toContain('<pattern id="engines-720-pattern-1"');
  });

  it("escapes category and series names", () => {
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain('>en→es "beta"</text>'); // quotes need no escaping in text, only in attributes
  });

  it("shows a legend only when there are several series", () => {
    const single = renderBarChartSvg({ ...byEngine, series: [byEngine.series[1]] }, { width: 720 });
    expect(single).not.toContain("en→es");
    expect(svg).toContain(">en→fr</text>");
  });

  it("lays out a narrow version with its own ids, so both can sit on one page", () => {
    const narrow = renderBarChartSvg(byEngine, { width: 340 });
    expectAccessibleSvg(narrow, "engines-340", "Effort by engine");
    expect(narrow).toContain('viewBox="0 0 340 ');
  });

  it("gives the same figures as a table", () => {
    expect(barChartTable(byEngine)).toEqual({
      caption: "Effort by engine",
      columns: ["Engine", "en→fr", 'en→es "beta"'],
      rows: [
        ["DeepL", "0.24", "0.20"],
        ["Google", "0.33", "0.30"],
        ["<script>alert(1)</script> & co", "–", "0.50"],
      ],
    });
  });

  it("refuses a series whose values do not match the categories", () => {
    expect(() => renderBarChartSvg({ ...byEngine, series: [{ name: "x", values: [1] }] }, { width: 720 })).toThrow(
      RangeError,
    );
  });
});

const overTime: TimeSeriesChart = {
  id: "trend",
  title: "Effort by month",
  description: "HTER by month.",
  valueLabel: "HTER",
  timeLabel: "Month",
  series: [
    { name: "DeepL", points: [0, 1, 2].map((k) => ({ at: new Date(Date.UTC(2025, k, 1)), value: 0.3 - k * 0.02 })) },
    { name: "Google", points: [1, 2].map((k) => ({ at: new Date(Date.UTC(2025, k, 1)), value: 0.33 })) },
  ],
};

describe("time series", () => {
  const svg = renderTimeSeriesSvg(overTime, { width: 720 });

  it("is an accessible image with a line, shaped markers and a direct label per series", () => {
    expectAccessibleSvg(svg, "trend-720", "Effort by month");
    expect(count(svg, /<path d="M[^"]*" fill="none"/g)).toBe(2);
    expect(count(svg, /<circle /g)).toBe(3); // DeepL: circles
    expect(count(svg, /<rect x="[^"]*" y="[^"]*" width="9" height="9"/g)).toBe(2); // Google: squares
    expect(svg).toContain('stroke-dasharray="7 4"'); // the second series is dashed
    expect(svg).toMatch(/font-weight="600"[^>]*>DeepL<\/text>/);
    expect(svg).toContain("<title>Google, Feb 2025: 0.33</title>");
  });

  it("puts every point in time in the table, with a dash where a series has no figure", () => {
    expect(timeSeriesTable(overTime)).toEqual({
      caption: "Effort by month",
      columns: ["Month", "DeepL", "Google"],
      rows: [
        ["Jan 2025", "0.30", "–"],
        ["Feb 2025", "0.28", "0.33"],
        ["Mar 2025", "0.26", "0.33"],
      ],
    });
  });

  it("refuses an invalid date", () => {
    const broken = { ...overTime, series: [{ name: "x", points: [{ at: new Date("nope"), value: 1 }] }] };
    expect(() => renderTimeSeriesSvg(broken, { width: 720 })).toThrow(RangeError);
  });
});

describe("histogram bins", () => {
  it("puts values on an edge in the bin that starts there, and the maximum in the last bin", () => {
    const bins = binValues([0, 0.1, 0.3, 0.29999, 1], { min: 0, max: 1, binCount: 10 });
    expect(bins.map((b) => b.count)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 1]);
    expect(bins[3]).toEqual({ from: 0.3, to: 0.4, count: 1 });
  });

  it("adds an open bin for values past the range (HTER above 1) only when there are some", () => {
    expect(binValues([0.5], { min: 0, max: 1, binCount: 2 })).toHaveLength(2);
    const bins = binValues([0.5, 1.2, 3], { min: 0, max: 1, binCount: 2 });
    expect(bins.at(-1)).toEqual({ from: 1, to: null, count: 2 });
  });

  it("refuses an empty range, a fractional bin count and values that are not numbers", () => {
    expect(() => binValues([], { min: 1, max: 1, binCount: 2 })).toThrow(RangeError);
    expect(() => binValues([], { min: 0, max: 1, binCount: 2.5 })).toThrow(RangeError);
    expect(() => binValues([Number.NaN], { min: 0, max: 1, binCount: 2 })).toThrow(RangeError);
  });
});

describe("histogram", () => {
  const chart: HistogramChart = {
    id: "spread",
    title: "HTER per post",
    description: "Distribution of HTER over posts.",
    valueLabel: "HTER",
    countLabel: "Posts",
    bins: binValues([0.05, 0.15, 0.15, 0.25, 1.4], { min: 0, max: 0.3, binCount: 3 }),
    formatValue: (v) => v.toFixed(1),
    marker: { value: 0.15, label: "median 0.15" },
  };
  const svg = renderHistogramSvg(chart, { width: 720 });

  it("is an accessible image with a column and a count per bin, and the marker named in words", () => {
    expectAccessibleSvg(svg, "spread-720", "HTER per post");
    expect(count(svg, /<rect [^>]*fill="url\(#spread-720-pattern-0\)"/g)).toBe(4);
    expect(svg).toContain("<title>0.1–0.2: 2</title>");
    expect(svg).toContain(">≥ 0.3</text>");
    expect(svg).toMatch(/>median 0\.15<\/text>/);
    expect(svg).toContain('stroke-dasharray="5 3"');
  });

  it("gives one table row per bin", () => {
    expect(histogramTable(chart).rows).toEqual([
      ["0.0–0.1", "1"],
      ["0.1–0.2", "2"],
      ["0.2–0.3", "1"],
      ["≥ 0.3", "1"],
    ]);
  });
});

describe("chart tables", () => {
  const table = barChartTable(byEngine);

  it("render as an HTML table with a caption, column headers and row headers, escaped", () => {
    const html = renderChartTableHtml(table, { className: "w-full" });
    expect(XMLValidator.validate(html)).toBe(true);
    expect(html).toMatch(
      /^<table class="w-full"><caption>Effort by engine<\/caption><thead><tr><th scope="col">Engine<\/th>/,
    );
    expect(html).toContain(
      '<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</th><td>–</td><td>0.50</td>',
    );
  });

  it("give the CSV download, quoted where needed", () => {
    expect(formatChartTableCsv(table)).toBe(
      'Engine,en→fr,"en→es ""beta"""\r\nDeepL,0.24,0.20\r\nGoogle,0.33,0.30\r\n<script>alert(1)</script> & co,–,0.50\r\n',
    );
  });
});
