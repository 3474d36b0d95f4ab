import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { tagsCheck } from "./tags";

const ctx = createContext("fr");
const run = (source: string, target: string) => tagsCheck.run(source, target, ctx);

describe("tags", () => {
  it("accepts the same tags, moved and properly nested", () => {
    expect(
      run("Read {1}our {2}analysis{/2}{/1} now{3/}.", "Lisez {3/}maintenant {1}notre {2}analyse{/2}{/1}."),
    ).toEqual([]);
  });

  it("reads a literal {{1}} as text, not as tag 1, on either side", () => {
    // "{{1}}" is how an author's literal "{1}" is stored: the same syntax as ingest and export (lib/text/placeholders)
    expect(run("Type {{1}} in the box.", "Tapez {{1}} dans la case.")).toEqual([]);
    expect(run("Read {1}this{/1}.", "Lisez {{1}}ceci{{/1}}.").map((f) => f.message)).toEqual([
      "The tag {1} of the source is missing from the translation.",
      "The tag {/1} of the source is missing from the translation.",
    ]);
  });

  it("flags a missing tag on the whole segment", () => {
    const target = "Le règlement s'applique dans l'Union européenne.";
    const findings = run("It applies in the {2}European Union{/2}.", target);
    expect(findings.map((f) => [f.start, f.end, f.message])).toEqual([
      [0, target.length, "The tag {2} of the source is missing from the translation."],
      [0, target.length, "The tag {/2} of the source is missing from the translation."],
    ]);
  });

  it("flags an extra tag with its removal as fix", () => {
    const target = "Firme {1}nuestra petición{/1} y {2}compártala{/1}.";
    const findings = run("Sign {1}our petition{/1} and {2}share it{/2}.", target);
    expect(findings.map((f) => [target.slice(f.start, f.end), f.message])).toEqual([
      ["{/1}", "The tag {/1} is not in the source (or appears more often than in the source)."],
      [target, "The tag {/2} of the source is missing from the translation."],
      ["{2}", "The tag {2} is opened but never closed."],
    ]);
    const extra = findings.find((f) => f.message.startsWith("The tag {/1} is not in the source"));
    expect(extra?.fix).toBe("");
  });

  it("flags a tag opened but not closed, and crossed tags", () => {
    const unclosed = run("Read the letter {1}here{/1}.", "Lisez la lettre {1}ici.");
    expect(unclosed.map((f) => f.message)).toContain("The tag {1} is opened but never closed.");
    const crossed = run("{1}a {2}b{/2}{/1}", "{1}a {2}b{/1}{/2}");
    expect(crossed.map((f) => f.message)).toEqual([
      "The tag {/1} closes before the tag opened inside it: tags must nest.",
    ]);
    expect(run("{1}a{/1}", "{/1}a{1}").map((f) => f.message)).toEqual([
      "The tag {/1} closes a tag that is not open here.",
      "The tag {1} is opened but never closed.",
    ]);
  });

  it("does not judge pairing when the source itself is unbalanced", () => {
    expect(run("{1}start of a link", "{1}début d'un lien")).toEqual([]);
  });

  it("flags a changed URL and proposes the source's", () => {
    const target = "Consultez https://www.eff.org/issue/privacy.";
    const findings = run("Learn more at https://www.eff.org/issues/privacy.", target);
    expect(findings).toHaveLength(1);
    expect(target.slice(findings[0].start, findings[0].end)).toBe("https://www.eff.org/issue/privacy");
    expect(applyFixes(target, findings)).toBe("Consultez https://www.eff.org/issues/privacy.");
  });

  it("flags a missing URL", () => {
    expect(run("See https://eff.org/a.", "Voir la page.")[0].message).toBe(
      "The link https://eff.org/a of the source is missing from the translation.",
    );
  });
});
