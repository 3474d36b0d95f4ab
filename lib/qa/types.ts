// The contract of the quality-checks engine. Pure data and signatures: no I/O here.

export type Severity = "error" | "warning";

export type Finding = {
  check: string;
  severity: Severity;
  /** UTF-16 offsets in the target text; `end` is exclusive. */
  start: number;
  end: number;
  message: string;
  /** Replacement for target.slice(start, end), or null when there is no safe automatic fix. */
  fix: string | null;
};

/** A spelling dictionary, injected so that lib/qa stays free of I/O (see lib/qa-dictionaries). */
export interface Speller {
  correct(word: string): boolean;
  suggest?(word: string): string[];
}

export type PostContext = { segments: { id: string; sourceText: string; targetText: string }[] };

export type CheckContext = {
  sourceLang: string;
  targetLang: string;
  spellers: { source?: Speller; target?: Speller };
  post?: PostContext;
};

export type Check = {
  id: string;
  name: string;
  severity: Severity;
  run(source: string, target: string, ctx: CheckContext & { segmentId?: string }): Finding[];
};
