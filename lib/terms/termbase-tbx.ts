// TBX-Basic termbases. Written as TBX v3 (ISO 30042:2019, dialect TBX-Basic, DCA style); read as TBX v3 and
// as the older TBX v2 (<martif>) most tools still export. The data categories used:
//   administrativeStatus  preferred/admitted → targets (preferred first), deprecated/superseded → forbidden
//   partOfSpeech          noun, properNoun, verb, adjective, adverb, other
//   note, definition      the entry's note
// TBX-Basic has no case-sensitivity category: reading applies defaultCaseSensitivity() (a term with a capital
// is case-sensitive), so a lower-case term marked case-sensitive in Retouche reads back as insensitive.
// Errors throw AppError("invalid_input") naming the line; nothing is returned then.

import { SaxesParser } from "saxes";
import { create } from "xmlbuilder2";
import { AppError } from "@/lib/errors";
import { serializeXml } from "@/lib/export/serialize-xml";
import { XML_NAMESPACE } from "@/lib/export/xliff-namespaces";
import {
  describeEntryProblem,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  sourceKey,
  type TermEntry,
  termEntrySchema,
} from "./term-entry";

export const TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2";
const STRUCTURAL = new Set([
  "tbx",
  "tbxHeader",
  "fileDesc",
  "sourceDesc",
  "text",
  "body",
  "conceptEntry",
  "langSec",
  "termSec",
]);
const MAX_TBX_CHARS = 50_000_000;

type Languages = { sourceLang: string; targetLang: string };

export function writeTbx(entries: readonly TermEntry[], languages: Languages): string {
  const tbx = create().ele(TBX_NAMESPACE, "tbx", { type: "TBX-Basic", style: "dca" });
  tbx.att(XML_NAMESPACE, "xml:lang", languages.sourceLang);
  tbx
    .ele("tbxHeader")
    .ele("fileDesc")
    .ele("sourceDesc")
    .ele("p")
    .txt(`Retouche termbase, ${languages.sourceLang} → ${languages.targetLang}`);
  const body = tbx.ele("text").ele("body");
  entries.forEach((entry, index) => {
    const concept = body.ele("conceptEntry", { id: `c${index + 1}` });
    if (entry.note) concept.ele("note").txt(entry.note);
    const addTerm = (langSec: ReturnType<typeof concept.ele>, term: string, status: string | null) => {
      const termSec = langSec.ele("termSec");
      termSec.ele("term").txt(term);
      if (entry.partOfSpeech) termSec.ele("termNote", { type: "partOfSpeech" }).txt(entry.partOfSpeech);
      if (status) termSec.ele("termNote", { type: "administrativeStatus" }).txt(status);
    };
    const source = concept.ele("langSec").att(XML_NAMESPACE, "xml:lang", languages.sourceLang);
    addTerm(source, entry.source, null);
    if (entry.targets.length + entry.forbidden.length === 0) return;
    const target = concept.ele("langSec").att(XML_NAMESPACE, "xml:lang", languages.targetLang);
    entry.targets.forEach((term, i) => {
      addTerm(target, term, i === 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
    });
    for (const term of entry.forbidden) addTerm(target, term, "deprecatedTerm-admn-sts");
  });
  return serializeXml(tbx, STRUCTURAL);
}

/** A light element tree (termbases are small enough to read whole), each element with its line. */
type Element = { name: string; attributes: Record<string, string>; children: Element[]; text: string; line: number };

export type TbxReadResult = {
  entries: TermEntry[];
  /** Concepts left out because they have no term in the source or the target language. */
  skipped: number;
};

/** The entries of a TBX file for one language pair ("en" matches "en-US"). */
export function readTbx(xml: string, languages: Languages): TbxReadResult {
  if (xml.trim() === "") throw invalid(1, "the file is empty.");
  if (xml.length > MAX_TBX_CHARS) throw invalid(1, "this TBX file is too large to import.");
  const root = parseTree(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  if (local(root.name) !== "tbx" && local(root.name) !== "martif") {
    throw invalid(root.line, `this is not a TBX file: its root element is <${root.name}>, not <tbx> or <martif>.`);
  }
  const concepts = findAll(root, (element) => element.name === "conceptEntry" || element.name === "termEntry");
  const entries: TermEntry[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  for (const concept of concepts) {
    const read = readConcept(concept, languages);
    if (read.length === 0) {
      skipped++;
      continue;
    }
    for (const entry of read) {
      const key = sourceKey(entry);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw invalid(concept.line, `"${entry.source}" is already defined in the concept on line ${earlier}.`);
      }
      seen.set(key, concept.line);
      entries.push(entry);
    }
  }
  return { entries, skipped };
}

type ReadTerm = {
  text: string;
  status: "preferred" | "admitted" | "forbidden";
  partOfSpeech: string | null;
  line: number;
};

function readConcept(concept: Element, languages: Languages): TermEntry[] {
  const notes: string[] = [];
  const collectNotes = (element: Element) => {
    for (const child of element.children) {
      if (child.name === "note" || (child.name === "descrip" && /definition/i.test(child.attributes.type ?? ""))) {
        if (child.text.trim()) notes.push(child.text.trim());
      }
    }
  };
  collectNotes(concept);
  const sections = concept.children.filter((child) => child.name === "langSec" || child.name === "langSet");
  const source: ReadTerm[] = [];
  const target: ReadTerm[] = [];
  for (const section of sections) {
    const lang = section.attributes["xml:lang"] ?? section.attributes.lang;
    if (!lang) throw invalid(section.line, `<${section.name}> has no xml:lang attribute.`);
    const into = sameLanguage(lang, languages.sourceLang)
      ? source
      : sameLanguage(lang, languages.targetLang)
        ? target
        : null;
    if (!into) continue;
    collectNotes(section);
    for (const termSection of findAll(section, (element) => ["termSec", "tig", "ntig"].includes(element.name))) {
      collectNotes(termSection);
      const term = findAll(termSection, (element) => element.name === "term")[0];
      if (!term) throw invalid(termSection.line, `<${termSection.name}> has no <term>.`);
      const termNotes = findAll(termSection, (element) => element.name === "termNote");
      const noteOf = (type: string) => termNotes.find((note) => note.attributes.type === type)?.text.trim() ?? null;
      const status = noteOf("administrativeStatus") ?? noteOf("normativeAuthorization");
      into.push({ text: term.text, status: readStatus(status), partOfSpeech: noteOf("partOfSpeech"), line: term.line });
    }
  }
  const sourceTerms = source.filter((term) => term.status !== "forbidden");
  const targets = [
    ...target.filter((term) => term.status === "preferred"),
    ...target.filter((term) => term.status === "admitted"),
  ];
  if (sourceTerms.length === 0 || targets.length + target.length === 0) return [];
  const forbidden = target.filter((term) => term.status === "forbidden");
  // Synonyms in the source language are entries of their own, sharing the translations
  return sourceTerms.map((term) => {
    const partOfSpeech = readPartOfSpeech(term.partOfSpeech ?? targets[0]?.partOfSpeech ?? null);
    const parsed = termEntrySchema.safeParse({
      source: term.text,
      targets: targets.map((value) => value.text),
      forbidden: forbidden.map((value) => value.text),
      note: notes.join("\n"),
      partOfSpeech,
    });
    if (!parsed.success) throw invalid(term.line, `${describeEntryProblem(parsed.error)}.`);
    return parsed.data;
  });
}

function readStatus(value: string | null): ReadTerm["status"] {
  const status = (value ?? "").toLowerCase();
  if (/deprecated|superseded|forbidden|obsolete/.test(status)) return "forbidden";
  if (/admitted|legal|regulated/.test(status)) return "admitted";
  return "preferred";
}

function readPartOfSpeech(value: string | null): PartOfSpeech | null {
  if (!value) return null;
  const normalised = value.replace(/[\s_-]+/g, "").toLowerCase();
  return PARTS_OF_SPEECH.find((part) => part.toLowerCase() === normalised) ?? (normalised ? "other" : null);
}

function sameLanguage(lang: string, wanted: string): boolean {
  const base = (code: string) => code.trim().toLowerCase().split(/[-_]/)[0];
  return base(lang) === base(wanted);
}

function findAll(element: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of element.children) {
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test));
  }
  return found;
}

function parseTree(xml: string): Element {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: Element[] = [];
  let root: Element | null = null;
  parser.on("opentag", (tag) => {
    // Namespace prefixes aside (a v3 file may write <tbx:term>): element names are compared by local name
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    const attributes = Object.fromEntries(Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]));
    const element: Element = { name, attributes, children: [], text: "", line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    const parent = stack[stack.length - 1];
    // Text of inline markup (<hi>) inside a term or a note belongs to it
    if (element && parent && ["hi", "foreign", "sc", "ec", "ph"].includes(element.name)) parent.text += element.text;
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  try {
    parser.write(xml).close();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+): (.*)$/s.exec(message);
    const line = position ? Number(position[1]) : parser.line;
    throw invalid(line, `the XML is malformed (${(position?.[3] ?? message).replace(/\.$/, "")}).`);
  }
  if (!root) throw invalid(1, "the file is empty.");
  return root;
}

function invalid(line: number, message: string): AppError {
  return new AppError("invalid_input", `line ${line}: ${message}`, { line });
}
