"use server";

import { revalidatePath } from "next/cache";
import { setLocale } from "@/lib/server/accounts/set-locale";
import { runAction } from "@/lib/server/infrastructure/respond";

export async function setLocaleAction(locale: string) {
  const result = await runAction(() => setLocale({ locale }));
  revalidatePath("/", "layout");
  return result;
}
