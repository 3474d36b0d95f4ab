"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Finding } from "@/lib/qa/types";

/** Under a segment: each finding in words, with its one-click fix, "fix all of this kind" and dismiss. */
export function FindingsList({
  findings,
  canEdit,
  fixableCount,
  onFix,
  onFixAll,
  onDismiss,
}: {
  findings: Finding[];
  canEdit: boolean;
  fixableCount: (check: string) => number;
  onFix: (finding: Finding) => void;
  onFixAll: (check: string) => void;
  onDismiss: (finding: Finding, reason: string) => void;
}) {
  const t = useTranslations("editor.qa");
  const [dismissing, setDismissing] = useState<Finding | null>(null);
  const [reason, setReason] = useState("");
  return (
    <ul aria-label={t("title")} className="mt-2 space-y-1.5 text-sm">
      {findings.map((finding) => {
        const key = `${finding.check}-${finding.start}-${finding.end}`;
        const others = fixableCount(finding.check);
        return (
          <li key={key} className="rounded-md border border-stone-200 bg-stone-50 px-2 py-1.5">
            <p className="flex gap-1.5">
              <span aria-hidden="true" className={finding.severity === "error" ? "text-red-700" : "text-amber-700"}>
                {finding.severity === "error" ? "●" : "▲"}
              </span>
              <span>
                <span className="sr-only">{t(finding.severity)}: </span>
                {finding.message}
              </span>
            </p>
            {canEdit ? (
              <div className="mt-1 flex flex-wrap gap-3 pl-4 text-xs">
                {finding.fix !== null ? (
                  <button
                    type="button"
                    className="font-medium text-accent-700 underline"
                    onClick={() => onFix(finding)}
                  >
                    {finding.fix === "" ? t("fixRemove") : t("fix", { fix: finding.fix })}
                  </button>
                ) : null}
                {finding.fix !== null && others > 1 ? (
                  <button type="button" className="text-accent-700 underline" onClick={() => onFixAll(finding.check)}>
                    {t("fixAll", { count: others, check: t(`checks.${finding.check as "spacing"}`) })}
                  </button>
                ) : null}
                <button type="button" className="text-stone-600 underline" onClick={() => setDismissing(finding)}>
                  {t("dismiss")}
                </button>
              </div>
            ) : null}
            {dismissing === finding ? (
              <form
                className="mt-2 flex flex-wrap items-end gap-2 pl-4"
                onSubmit={(event) => {
                  event.preventDefault();
                  onDismiss(finding, reason);
                  setDismissing(null);
                  setReason("");
                }}
              >
                <div className="min-w-48 flex-1">
                  <label htmlFor={`dismiss-${key}`} className="block text-xs text-stone-700">
                    {t("reason")}
                  </label>
                  <input
                    id={`dismiss-${key}`}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    required
                    minLength={3}
                    className="field-input py-1 text-sm"
                  />
                </div>
                <button type="submit" className="btn-secondary py-1">
                  {t("confirmDismiss")}
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
