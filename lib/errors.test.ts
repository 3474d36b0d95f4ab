import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { AppError, ERROR_CODES, httpStatusOf, isAppError, messageKeyOf } from "./errors";

describe("AppError", () => {
  it("maps every code to one HTTP status", () => {
    expect(ERROR_CODES.map((code) => [code, httpStatusOf(code)])).toEqual([
      ["invalid_input", 400],
      ["unauthenticated", 401],
      ["forbidden", 403],
      ["not_found", 404],
      ["conflict", 409],
      ["rate_limited", 429],
      ["payload_too_large", 413],
      ["internal", 500],
    ]);
  });

  it("has a message for every code in every interface language", () => {
    for (const catalogue of [en, fr]) {
      for (const code of ERROR_CODES) {
        const key = messageKeyOf(code).split(".")[1] as keyof typeof catalogue.errors;
        expect(catalogue.errors[key], `${code}`).toMatch(/\S/);
      }
    }
  });

  it("is recognised as such, with its details", () => {
    const error = new AppError("conflict", "Saved by someone else.", { currentVersion: 3 });
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
    expect(error.details).toEqual({ currentVersion: 3 });
  });
});
