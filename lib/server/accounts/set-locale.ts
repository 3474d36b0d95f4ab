import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { supportedLocales } from "@/i18n/request";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getCurrentUser } from "./current-user";

/** Anyone picks the interface language; a signed-in user keeps it on their account for their next sign-in. */
export async function setLocale(options: { locale: unknown }): Promise<void> {
  const parsed = z.string().safeParse(options.locale);
  if (!parsed.success || !supportedLocales().includes(parsed.data)) {
    throw new AppError("invalid_input", "This interface language is not available.");
  }
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await db().user.update({ where: { id: user.id }, data: { locale: parsed.data } });
}
