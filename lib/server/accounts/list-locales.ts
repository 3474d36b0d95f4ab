import "server-only";
import { supportedLocales } from "@/i18n/request";

/** The interface languages with their own names, for the language switcher. */
export async function listLocales(): Promise<{ code: string; name: string }[]> {
  return Promise.all(
    supportedLocales().map(async (code) => {
      const messages = (await import(`@/messages/${code}.json`)).default as { meta: { languageName: string } };
      return { code, name: messages.meta.languageName };
    }),
  );
}
