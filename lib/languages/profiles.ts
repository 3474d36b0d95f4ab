import { GERMAN } from "./de";
import { ENGLISH } from "./en";
import { SPANISH } from "./es";
import { FRENCH } from "./fr";
import { ITALIAN } from "./it";
import type { LanguageProfile } from "./language-profile";
import { PORTUGUESE } from "./pt";

// The languages Retouche knows. Adding one: a profile file beside these and a line here (and a message catalogue
// in messages/ if the interface should speak it too); tests/new-language.test.ts walks every consumer with a toy.
export const LANGUAGE_PROFILES: readonly LanguageProfile[] = [ENGLISH, FRENCH, SPANISH, GERMAN, ITALIAN, PORTUGUESE];
