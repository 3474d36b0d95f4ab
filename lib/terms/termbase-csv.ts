// Termbase CSV (RFC 4180): one entry per row, columns source, target, forbidden, note, and optionally
// part_of_speech and case_sensitive. Several targets or forbidden translations share a cell, separated by
// "|". The first row names the columns (any order); without such a row the columns are taken in the order
// source, target, forbidden, note. Any problem throws AppError("invalid_input") naming the line, and nothing
// is returned.

import { AppError } from "@/lib/errors";
import {
  describeEntryProblem,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  sourceKey,
  type TermEntry,
  termEntrySchema,
  VALUE_SEPARATOR,
} from "./term-entry";

type Column = "source" | "target" | "forbidden" | "note" | "part_of_speech" | "case_sensitive";

const COLUMN_NAMES: Record<string, Column> = {
  source: "source",
  term: "source",
  "source term": "source",
  target: "target",
  targets: "target",
  translation: "target",
  preferred: "target",
  forbidden: "forbidden",
  "forbidden translations": "forbidden",
  note: "note",
  notes: "note",
  comment: "note",
  part_of_speech: "part_of_speech",
  "part of speech": "part_of_speech",
  pos: "part_of_speech",
  case_sensitive: "case_sensitive",
  "case sensitive": "case_sensitive",
};
const POSITIONAL: Column[] = ["source", "target", "forbidden", "note", "part_of_speech", "case_sensitive"];
const WRITTEN_COLUMNS: Column[] = POSITIONAL;
const MAX_ROWS = 100_000;

type Row = { line: number; cells: string[] };

export function readTermbaseCsv(text: string): TermEntry[] {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.trim() === "") throw invalid(1, "the file is empty.");
  if (content.includes("\u0000")) throw invalid(1, "this is not a CSV file: it contains binary data.");
  const delimiter = guessDelimiter(content);
  const rows = parseRows(content, delimiter).filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (rows.length === 0) throw invalid(1, "the file is empty.");
  if (rows.length > MAX_ROWS + 1) throw invalid(rows[MAX_ROWS + 1].line, `a termbase has at most ${MAX_ROWS} rows.`);

  const header = readHeader(rows[0]);
  const columns = header ?? POSITIONAL;
  const entries: TermEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of header ? rows.slice(1) : rows) {
    if (row.cells.length > columns.length) {
      throw invalid(row.line, `this row has ${row.cells.length} columns; the file has ${columns.length}.`);
    }
    const cell = (column: Column) => {
      const index = columns.indexOf(column);
      return index < 0 ? "" : (row.cells[index] ?? "").trim();
    };
    if (cell("source") === "") throw invalid(row.line, "the source term is empty.");
    const parsed = termEntrySchema.safeParse({
      source: cell("source"),
      targets: splitValues(cell("target")),
      forbidden: splitValues(cell("forbidden")),
      note: cell("note"),
      partOfSpeech: readPartOfSpeech(cell("part_of_speech"), row.line),
      caseSensitive: readFlag(cell("case_sensitive"), row.line),
    });
    if (!parsed.success) throw invalid(row.line, `${describeEntryProblem(parsed.error)}.`);
    const key = sourceKey(parsed.data);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw invalid(row.line, `"${parsed.data.source}" is already defined on line ${earlier}.`);
    }
    seen.set(key, row.line);
    entries.push(parsed.data);
  }
  return entries;
}

/** The termbase as CSV: a header row, then one row per entry; CRLF line ends, as RFC 4180 writes them. */
export function writeTermbaseCsv(entries: readonly TermEntry[]): string {
  const lines = [WRITTEN_COLUMNS.join(",")];
  for (const entry of entries) {
    const cells: Record<Column, string> = {
      source: entry.source,
      target: entry.targets.join(VALUE_SEPARATOR),
      forbidden: entry.forbidden.join(VALUE_SEPARATOR),
      note: entry.note,
      part_of_speech: entry.partOfSpeech ?? "",
      case_sensitive: entry.caseSensitive ? "yes" : "no",
    };
    lines.push(WRITTEN_COLUMNS.map((column) => quoteCell(cells[column])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

function quoteCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function readHeader(row: Row): Column[] | null {
  const names = row.cells.map((cell) => cell.trim().toLowerCase());
  const known = names.map((name) => COLUMN_NAMES[name]);
  if (known.every((column) => column === undefined)) return null;
  const unknown = names.find((name, i) => known[i] === undefined && name !== "");
  if (unknown !== undefined) {
    throw invalid(row.line, `unknown column "${unknown}" (the columns are ${POSITIONAL.join(", ")}).`);
  }
  const columns = known as Column[];
  const repeated = columns.find((column, i) => columns.indexOf(column) !== i);
  if (repeated) throw invalid(row.line, `the column ${repeated} appears twice.`);
  if (!columns.includes("source")) throw invalid(row.line, "there is no source column.");
  return columns;
}

function splitValues(cell: string): string[] {
  return cell
    .split(VALUE_SEPARATOR)
    .map((value) => value.trim())
    .filter(Boolean);
}

function readPartOfSpeech(cell: string, line: number): PartOfSpeech | null {
  if (cell === "") return null;
  const normalised = cell.replace(/[\s_-]+/g, "").toLowerCase();
  const found = PARTS_OF_SPEECH.find((value) => value.toLowerCase() === normalised);
  if (!found) throw invalid(line, `"${cell}" is not a part of speech (${PARTS_OF_SPEECH.join(", ")}).`);
  return found;
}

function readFlag(cell: string, line: number): boolean | undefined {
  if (cell === "") return undefined;
  const value = cell.toLowerCase();
  if (["yes", "true", "1", "y", "oui"].includes(value)) return true;
  if (["no", "false", "0", "n", "non"].includes(value)) return false;
  throw invalid(line, `case_sensitive is "${cell}"; write yes or no.`);
}

/** The delimiter of the first line: a comma, unless the line has semicolons or tabs and no comma. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (firstLine.includes(",")) return ",";
  if (firstLine.includes(";")) return ";";
  if (firstLine.includes("\t")) return "\t";
  return ",";
}

/** RFC 4180 rows, each with the line it starts on; quoted cells may hold delimiters, quotes ("") and line breaks. */
function parseRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;
  const endCell = () => {
    cells.push(cell);
    cell = "";
    afterQuote = false;
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (char === "\n") line++;
      cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell.trim() === "" && !afterQuote) {
      quoted = true;
      quoteLine = line;
      cell = "";
      i++;
      continue;
    }
    if (char === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endCell();
      rows.push({ line: rowLine, cells });
      cells = [];
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (afterQuote && char.trim() !== "") {
      throw invalid(line, "a quoted cell must end at its closing quote (write a quote inside it as two quotes).");
    }
    if (char === '"')
      throw invalid(line, 'a quote inside an unquoted cell: put the cell in quotes and write it as "".');
    if (!afterQuote) cell += char;
    i++;
  }
  if (quoted) throw invalid(quoteLine, "a quoted cell is never closed.");
  if (cell !== "" || cells.length > 0) {
    endCell();
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

function invalid(line: number, message: string): AppError {
  return new AppError("invalid_input", `line ${line}: ${message}`, { line });
}
