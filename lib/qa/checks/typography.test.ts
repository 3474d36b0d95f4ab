import { describe, expect, it } from "vitest";
import { applyFixes } from "../run-checks";
import { createContext } from "../testing/word-list-speller";
import { typographyCheck } from "./typography";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const run = (target: string, lang = "fr") => typographyCheck.run("", target, createContext(lang));

describe("typography (French)", () => {
  it("wants a narrow no-break space before ? ! ;", () => {
    const target = "Où est Microsoft?";
    const findings = run(target);
    expect(findings).toEqual([
      {
        check: "typography",
        severity: "error",
        start: 16,
        end: 17,
        message: 'In French, "?" takes a narrow no-break space before it.',
        fix: `${NNBSP}?`,
      },
    ]);
    expect(applyFixes(target, findings)).toBe(`Où est Microsoft${NNBSP}?`);
    expect(applyFixes("Oui !", run("Oui !"))).toBe(`Oui${NNBSP}!`);
    expect(run("a; b")).toHaveLength(1);
  });

  it("wants a no-break space before a colon", () => {
    const findings = run("Mise à jour: un jour");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 11, end: 12, fix: `${NBSP}:` });
  });

  it("accepts either no-break space, grouped marks, times and URLs", () => {
    expect(run(`Pourquoi${NNBSP}? Vraiment${NBSP}?! Non${NBSP}: oui${NNBSP}; à 10:30.`)).toEqual([]);
    expect(run("Voir https://eff.org/?q=a:b&c=d ou press@eff.org.")).toEqual([]);
  });

  it("wants no-break spaces inside guillemets", () => {
    const target = "«Nous avons préconisé,» a dit la société, «que… si nécessaire. »";
    const fixed = applyFixes(target, run(target));
    expect(fixed).toBe(`«${NBSP}Nous avons préconisé,${NBSP}» a dit la société, «${NBSP}que… si nécessaire.${NBSP}»`);
    expect(run(fixed)).toEqual([]);
  });

  it("replaces straight quotes with guillemets", () => {
    const target = 'la société de "sonnettes intelligentes" et';
    const findings = run(target);
    expect(findings).toHaveLength(2);
    expect(applyFixes(target, findings)).toBe(`la société de «${NBSP}sonnettes intelligentes${NBSP}» et`);
  });
});

describe("typography (other languages)", () => {
  it("has no rules for English", () => {
    expect(run('Where is "it" ?', "en")).toEqual([]);
  });

  it("wants no space before ? and : in Spanish and German", () => {
    expect(applyFixes("¿Qué es ?", run("¿Qué es ?", "es"))).toBe("¿Qué es?");
    expect(applyFixes("Fazit : nein.", run("Fazit : nein.", "de"))).toBe("Fazit: nein.");
  });

  it("wants the Spanish opening marks", () => {
    const findings = run("Qué puede hacer usted?", "es");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 21, end: 22, fix: null });
    expect(run("¿Qué hace EE. UU. al respecto? ¡Hágalo ahora!", "es")).toEqual([]);
    expect(run("Es legal? No.", "es")).toHaveLength(1);
  });

  it("uses each language's quotation marks", () => {
    expect(applyFixes('Es "ilegal".', run('Es "ilegal".', "es"))).toBe("Es «ilegal».");
    expect(applyFixes('Es ist "illegal".', run('Es ist "illegal".', "de"))).toBe("Es ist „illegal“.");
    expect(run("„Wir werden weiterkämpfen“, sagte sie.", "de")).toEqual([]);
  });
});
