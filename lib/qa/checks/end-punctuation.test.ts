import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { endPunctuationCheck } from "./end-punctuation";

const run = (source: string, target: string, lang = "fr") =>
  endPunctuationCheck.run(source, target, createContext(lang));

describe("end-punctuation", () => {
  it("accepts the same final mark, French spacing, quotes and tags after it", () => {
    expect(run("Where is Microsoft?", "Où est Microsoft\u202F?")).toEqual([]);
    expect(run('"...if requested."', "«\u00A0… si nécessaire.\u00A0»")).toEqual([]);
    expect(run("Read {1}this{/1}.", "Lisez {1}ceci.{/1}")).toEqual([]);
    expect(run("TAKE ACTION", "PASSER À L'ACTION")).toEqual([]);
    expect(run("Wait...", "Attendez…")).toEqual([]);
  });

  it("flags a missing final period, with a fix that adds it", () => {
    const target = "L'entreprise n'a pas répondu";
    const findings = run("The company did not respond.", target);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: target.length - 1, end: target.length, severity: "warning" });
    expect(applyFixes(target, findings)).toBe("L'entreprise n'a pas répondu.");
  });

  it("adds the French space with a missing question mark", () => {
    expect(applyFixes("Qui décide", run("Who decides?", "Qui décide"))).toBe("Qui décide\u202F?");
  });

  it("flags a different or an added final mark", () => {
    expect(run("Is it legal?", "C'est légal.")[0].message).toBe(
      'The source ends with "?" but the translation ends with ".".',
    );
    expect(applyFixes("PASSER À L'ACTION.", run("TAKE ACTION", "PASSER À L'ACTION."))).toBe("PASSER À L'ACTION");
  });

  it("ignores empty texts", () => {
    expect(run("Hello.", "")).toEqual([]);
  });
});
