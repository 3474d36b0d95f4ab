import { readdirSync } from "node:fs";
import path from "node:path";
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, pickLocale } from "./locales";

let supported: string[] | undefined;

/** The interface languages are the files in messages/: a new language is a new file, not new code. */
export function supportedLocales(): string[] {
  supported ??= readdirSync(path.join(process.cwd(), "messages"))
    .filter((f) => /^[a-z]{2,3}(-[A-Z]{2})?\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
  return supported;
}

export async function resolveLocale(): Promise<string> {
  const all = supportedLocales();
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (chosen && all.includes(chosen)) return chosen;
  return pickLocale((await headers()).get("accept-language"), all) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
