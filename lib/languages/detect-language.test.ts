import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

const readSeed = (name: string) => readFileSync(new URL(`../../fixtures/seed-post/${name}`, import.meta.url), "utf8");

describe("detectLanguage", () => {
  it.each([
    ["en", "Activism works. It works in the streets, where people are protesting to end racist and violent policing."],
    ["fr", "L'activisme fonctionne. Tant dans les rues que les gens protestent pour mettre fin à la police raciste."],
    [
      "es",
      "El activismo funciona. Funciona en las calles, donde la gente protesta para acabar con la policía racista.",
    ],
    ["pt", "O ativismo funciona. Funciona nas ruas, onde as pessoas protestam para acabar com o policiamento racista."],
    [
      "it",
      "L'attivismo funziona. Funziona nelle strade, dove le persone protestano per porre fine alla polizia razzista.",
    ],
    [
      "de",
      "Aktivismus funktioniert. Er funktioniert auf den Straßen, wo Menschen gegen die rassistische Polizei protestieren.",
    ],
    ["es", "Amazon anunció una moratoria de un año sobre el uso policial de su tecnología, pero no es suficiente."],
    ["pt", "A Amazon anunciou uma moratória de um ano sobre o uso policial da sua tecnologia, mas não é suficiente."],
    ["it", "Amazon ha annunciato una moratoria di un anno sull'uso da parte della polizia, ma non è sufficiente."],
    [
      "de",
      "Amazon hat ein einjähriges Moratorium für die Nutzung durch die Polizei angekündigt, aber das reicht nicht.",
    ],
  ])("detects %s", (lang, text) => {
    const detected = detectLanguage(text);
    expect(detected?.lang).toBe(lang);
    expect(detected?.confidence).toBeGreaterThan(0.8);
  });

  it("is confident on the seed post, both sides", () => {
    for (const [file, lang] of [
      ["en.source.txt", "en"],
      ["fr.machine.txt", "fr"],
    ]) {
      const detected = detectLanguage(readSeed(file));
      expect(detected?.lang).toBe(lang);
      expect(detected?.confidence).toBeGreaterThan(0.85);
    }
  });

  it("lets an import refuse a 'French' MT that is really English", () => {
    const english = readSeed("en.source.txt");
    const asFrench = detectLanguage(english, ["fr"]);
    expect(asFrench?.lang).toBe("fr");
    expect(asFrench?.confidence).toBeLessThan(0.1);
    expect(detectLanguage(english, ["fr", "en"])?.lang).toBe("en");
  });

  it("accepts region subtags in candidates and ignores unsupported ones", () => {
    const text = "Nous pensons que le moment est venu d'entamer un dialogue national sur la reconnaissance faciale.";
    expect(detectLanguage(text, ["fr-FR", "en-US"])?.lang).toBe("fr");
    expect(detectLanguage(text, ["ja", "zh"])).toBeNull();
  });

  it("returns null without enough signal", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("Microsoft")).toBeNull();
    expect(detectLanguage("IBM, ACLU, EFF, Rekognition, Flickr")).toBeNull();
    expect(detectLanguage("1 300 — 2019 — 01:08:42 +0000")).toBeNull();
    expect(detectLanguage("TAKE ACTION")).toBeNull();
  });

  it("damps confidence for very short text", () => {
    const short = detectLanguage("Where is the police?");
    const long = detectLanguage(
      "Where is the police? It is in the streets, and it is not there to protect the people.",
    );
    expect(short?.lang).toBe("en");
    expect(long?.lang).toBe("en");
    expect(short?.confidence ?? 1).toBeLessThan(long?.confidence ?? 0);
  });

  it("ignores case and placeholders", () => {
    expect(detectLanguage("DITES {1}AMAZON RING{/1}: METTRE FIN AUX PARTENARIATS AVEC LA POLICE")?.lang).toBe("fr");
    expect(detectLanguage("TELL {1}AMAZON RING{/1}: END THE PARTNERSHIPS WITH THE POLICE")?.lang).toBe("en");
  });
});
