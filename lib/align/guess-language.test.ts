import { describe, expect, it } from "vitest";
import { guessLanguage } from "./guess-language";

describe("guessLanguage", () => {
  it("recognises the supported languages from a few sentences", () => {
    expect(guessLanguage(["The court said that the warrant was invalid and it is a win for privacy."])).toBe("en");
    expect(
      guessLanguage([
        "La cour a estimé que le mandat est invalide et que les données des utilisateurs sont protégées.",
      ]),
    ).toBe("fr");
    expect(
      guessLanguage(["El tribunal dijo que la orden era inválida y que los datos de los usuarios están protegidos."]),
    ).toBe("es");
    expect(
      guessLanguage(["Das Gericht sagte, dass der Beschluss nicht gültig ist und die Daten mit Recht geschützt sind."]),
    ).toBe("de");
    expect(
      guessLanguage([
        "Il tribunale ha detto che il mandato non è valido e che i dati degli utenti sono protetti per legge.",
      ]),
    ).toBe("it");
    expect(
      guessLanguage([
        "O tribunal disse que o mandado não é válido e que os dados dos utilizadores estão protegidos para sempre.",
      ]),
    ).toBe("pt");
  });

  it("says nothing when it cannot tell", () => {
    expect(guessLanguage([])).toBeUndefined();
    expect(guessLanguage(["1234 5678", "OK"])).toBeUndefined();
  });
});
