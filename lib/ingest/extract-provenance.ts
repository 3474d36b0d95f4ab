import { LANGUAGE_PROFILES } from "@/lib/languages/profiles";
import {
  CLOSING_PLACEHOLDER_SOURCE,
  dropUnpairedPlaceholders,
  stripPlaceholders,
  tokenizePlaceholderText,
} from "@/lib/text/placeholders";
import { findDate } from "./parse-date";
import type { MtProvenance, ParsedBlock } from "./types";

/**
 * The machine-translation footer, as published by the MT site under every post, e.g.
 * "Cet article est une traduction automatique d’un post publié sur le site d’Electronic Frontier
 * Foundation à l’URL https://www.eff.org/deeplinks/… le Thu, 11 Jun 2020 01:08:42 +0000."
 * We recognise it (in the languages of lib/languages) as a sentence that says "machine translation" and either
 * speaks of itself ("this article…") or starts with the phrase ("Machine translation of…"), that
 * runs to the end of its block, and that holds a URL. So a closing paragraph that merely
 * discusses machine translation and links somewhere is left alone.
 */
// The phrases come from the language profiles (machineTranslation), every language at once: a French site may
// append an English footer.
const phrases = (pick: (mt: (typeof LANGUAGE_PROFILES)[number]["machineTranslation"]) => readonly string[]) => [
  ...new Set(LANGUAGE_PROFILES.flatMap((profile) => pick(profile.machineTranslation))),
];
const MT_MARKERS = phrases((mt) => mt.markers).join("|");
const MT_MARKER_RE = new RegExp(MT_MARKERS, "iu");
const LEADING_MT_MARKER_RE = new RegExp(
  `^[^\\p{L}]{0,5}(?:${phrases((mt) => mt.articles)
    .map((article) => `${article} `)
    .join("|")})?(?:${MT_MARKERS})`,
  "iu",
);
const SELF_REFERENCE_RE = new RegExp(`\\b(?:${phrases((mt) => mt.selfReferences).join("|")})\\b`, "iu");

// A sentence starts at the beginning of the block or after end punctuation (possibly followed by
// closing quotes or closing placeholders) and whitespace.
const SENTENCE_BOUNDARY_RE = new RegExp(`[.!?…](?:["'»”’)\\]]|${CLOSING_PLACEHOLDER_SOURCE})*\\s+`, "g");
const URL_RE = /https?:\/\/[^\s<>"'«»“”{}]+/i;

// Longest footer we accept; the real one is about 250 characters.
const MAX_FOOTER_CHARS = 800;
// The footer is at the end; look at a few trailing blocks in case share links follow it.
const TRAILING_BLOCKS_SEARCHED = 3;

// "…the site of X at the URL…" in each language; the name is what sits between the two phrases.
const SITE_NAME_RES: readonly RegExp[] = [
  /\bsite (?:web |internet )?(?:de l['’]\s?|de la |d['’]\s?|de |du |des )(.+?)\s+(?:à|a|sur) l['’]\s?(?:URL|adresse)\b/iu,
  /\b(?:site|website) of (?:the )?(.+?)\s+at (?:the )?(?:URL|address)\b/iu,
  /\bpublished (?:on|by) (?:the )?(.+?)(?: (?:web)?site)? at (?:the )?(?:URL|address)\b/iu,
  /\bsitio (?:web )?(?:de la |del |de )(.+?)\s+en (?:la )?(?:URL|direcci[oó]n)\b/iu,
  /\b(?:Website|Webseite|Seite|Site) (?:von |der |des )(.+?)\s+(?:unter|auf|bei) (?:der )?(?:URL|Adresse)\b/iu,
  /\bsito (?:web )?(?:di |della |del |dell['’]\s?)(.+?)\s+(?:all['’]\s?|al |a )(?:URL|indirizzo)\b/iu,
  /\bsite (?:da |do |de |dos |das )(.+?)\s+(?:na |no |em )(?:URL|endere[cç]o)\b/iu,
];

/** A cheap test for callers with many texts (feed items): false means there is surely no footer. */
export function mayContainMtFooter(text: string): boolean {
  return MT_MARKER_RE.test(text);
}

/**
 * Finds the machine-translation footer in the last blocks, removes it, and reports what it says.
 * If the footer ends a longer paragraph, only the footer sentences are cut; empty blocks left
 * behind are dropped. Blocks without a footer are returned unchanged (same array contents).
 */
export function extractMtProvenance(blocks: ParsedBlock[]): { blocks: ParsedBlock[]; provenance: MtProvenance | null } {
  let searched = 0;
  for (let index = blocks.length - 1; index >= 0 && searched < TRAILING_BLOCKS_SEARCHED; index--) {
    const block = blocks[index];
    if (stripPlaceholders(block.text).trim() === "") continue;
    searched++;
    const footer = findFooter(block);
    if (!footer) continue;
    const rest = blocks.slice();
    if (footer.remaining) rest[index] = footer.remaining;
    else rest.splice(index, 1);
    return { blocks: rest, provenance: footer.provenance };
  }
  return { blocks, provenance: null };
}

function findFooter(block: ParsedBlock): { provenance: MtProvenance; remaining: ParsedBlock | null } | null {
  const text = block.text;
  // Quick reject keeps this cheap on long documents.
  if (!MT_MARKER_RE.test(text)) return null;
  const starts = [0];
  for (const match of text.matchAll(SENTENCE_BOUNDARY_RE)) starts.push((match.index ?? 0) + match[0].length);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    if (text.length - start > MAX_FOOTER_CHARS) continue;
    const firstSentence = text.slice(start, starts[i + 1] ?? text.length);
    const sentence = stripPlaceholders(firstSentence);
    if (!MT_MARKER_RE.test(sentence)) continue;
    if (!SELF_REFERENCE_RE.test(sentence) && !LEADING_MT_MARKER_RE.test(sentence)) continue;
    const footerRaw = text.slice(start);
    const provenance = describeFooter(footerRaw, block.tags);
    if (!provenance) continue;
    const before = text.slice(0, start).trimEnd();
    if (stripPlaceholders(before).trim() === "") return { provenance, remaining: null };
    const cleaned = dropUnpairedPlaceholders(before, block.tags);
    return { provenance, remaining: { kind: block.kind, text: cleaned.text, tags: cleaned.tags } };
  }
  return null;
}

function describeFooter(footerRaw: string, tags: ParsedBlock["tags"]): MtProvenance | null {
  const rawFooter = stripPlaceholders(footerRaw).replace(/\s+/g, " ").trim();
  const linkedUrl = findLinkedUrl(footerRaw, tags);
  const textUrl = URL_RE.exec(rawFooter);
  const sourceUrl = linkedUrl ?? (textUrl ? trimUrlPunctuation(textUrl[0]) : null);
  // Without any URL this is just a sentence mentioning machine translation, not the footer.
  if (!sourceUrl) return null;
  const afterUrl = textUrl ? rawFooter.slice(textUrl.index + textUrl[0].length) : rawFooter;
  const date = findDate(afterUrl) ?? findDate(rawFooter);
  return {
    isMachineTranslation: true,
    sourceUrl,
    sourceDate: date ? date.iso : null,
    siteName: findSiteName(rawFooter),
    rawFooter,
  };
}

/** The href of a link in the footer, when the footer links to the original post. */
function findLinkedUrl(footerRaw: string, tags: ParsedBlock["tags"]): string | null {
  for (const token of tokenizePlaceholderText(footerRaw)) {
    if (token.type !== "open") continue;
    const tag = Object.hasOwn(tags, token.id) ? tags[token.id] : undefined;
    const href = tag?.name === "a" ? tag.attrs.href : undefined;
    if (href && /^https?:\/\//i.test(href)) return href;
  }
  return null;
}

function trimUrlPunctuation(url: string): string {
  let result = url.replace(/[.,;:!?]+$/, "");
  // Keep a closing parenthesis only when the URL opened one (Wikipedia-style URLs).
  while (result.endsWith(")") && countChar(result, "(") < countChar(result, ")")) {
    result = result.slice(0, -1).replace(/[.,;:!?]+$/, "");
  }
  return result;
}

function countChar(text: string, char: string): number {
  return text.split(char).length - 1;
}

function findSiteName(footer: string): string | null {
  for (const re of SITE_NAME_RES) {
    const match = re.exec(footer);
    const name = match?.[1]?.trim();
    if (name && name.length <= 120 && !URL_RE.test(name)) return name;
  }
  return null;
}
