"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/respond";
import { setLocale } from "@/lib/server/set-locale";

export async function setLocaleAction(locale: string) {
  const result = await runAction(() => setLocale({ locale }));
  revalidatePath("/", "layout");
  return result;
}
