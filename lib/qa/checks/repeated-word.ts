// "le le", "the the": a word typed twice. Some languages repeat words on purpose ("nous nous", "die die").

import { getLanguageProfile } from "@/lib/languages/get-language-profile";
import { maskProtectedSpans } from "@/lib/text/protected-spans";
import { createFinding } from "../create-finding";
import type { Check, Finding } from "../types";

const MESSAGES = {
  repeated: (word: string) => `"${word}" is repeated.`,
};

const REPEAT = /(?<![\p{L}\p{M}\p{N}'’-])(\p{L}[\p{L}\p{M}]*)([ \u00A0\u202F]+)(\1)(?![\p{L}\p{M}\p{N}'’-])/giu;

export const repeatedWordCheck: Check = {
  id: "repeated-word",
  name: "Repeated word",
  severity: "error",
  run(source, target, ctx) {
    const profile = getLanguageProfile(ctx.targetLang);
    const sourceLower = source.toLowerCase();
    const findings: Finding[] = [];
    for (const match of maskProtectedSpans(target).matchAll(REPEAT)) {
      const word = match[1];
      const lower = word.toLowerCase();
      if (profile.allowedRepeats.includes(lower)) continue;
      if (sourceLower.includes(`${lower} ${lower}`)) continue;
      const start = match.index + word.length;
      findings.push(
        createFinding(repeatedWordCheck, start, start + match[2].length + match[3].length, MESSAGES.repeated(word), ""),
      );
    }
    return findings;
  },
};
