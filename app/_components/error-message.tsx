"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/errors";

/** The one way an action's error is shown: the catalogue's sentence for its code, then the specific detail. */
export function ErrorMessage({ error }: { error: ActionError }) {
  const t = useTranslations("errors");
  return (
    <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t(error.code)}{" "}
      {error.code !== "internal" && error.message ? <span className="block">{error.message}</span> : null}
    </p>
  );
}
