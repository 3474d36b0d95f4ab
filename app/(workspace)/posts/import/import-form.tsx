"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ErrorMessage } from "@/app/_components/error-message";
import type { ActionError } from "@/lib/errors";
import { importPostAction } from "./actions";

type Mode = "paste" | "file" | "url" | "footer";

function SidePanel({ side, modes }: { side: "mt" | "source"; modes: Mode[] }) {
  const t = useTranslations("import");
  const [mode, setMode] = useState<Mode>(modes[0]);
  return (
    <fieldset className="card min-w-0 p-4 sm:p-5">
      {/* float: a legend styled as the card's title instead of sitting on the border */}
      <legend className="float-left w-full text-lg font-semibold">{t(`${side}.title`)}</legend>
      <p className="clear-both pt-1 mb-3 text-sm text-stone-600">{t(`${side}.hint`)}</p>
      <div role="radiogroup" aria-label={t("how", { side: t(`${side}.title`) })} className="mb-3 flex flex-wrap gap-2">
        {modes.map((m) => (
          <label
            key={m}
            className={`cursor-pointer rounded-full border px-3 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-600 ${mode === m ? "border-accent-600 bg-accent-50 font-medium text-accent-800" : "border-stone-300 bg-white text-stone-700"}`}
          >
            <input
              type="radio"
              name={`${side}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
              className="sr-only"
            />
            {t(`mode.${m}`)}
          </label>
        ))}
      </div>
      {mode === "paste" ? (
        <>
          <label htmlFor={`${side}-text`} className="field-label">
            {t(`${side}.textLabel`)}
          </label>
          <textarea
            id={`${side}-text`}
            name={`${side}-text`}
            rows={12}
            className="field-input font-serif text-sm leading-relaxed"
          />
        </>
      ) : null}
      {mode === "file" ? (
        <>
          <label htmlFor={`${side}-file`} className="field-label">
            {t(`${side}.fileLabel`)}
          </label>
          <input
            id={`${side}-file`}
            name={`${side}-file`}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
          />
          <p className="mt-1 text-xs text-stone-500">{t("fileHint")}</p>
        </>
      ) : null}
      {mode === "url" ? (
        <>
          <label htmlFor={`${side}-url`} className="field-label">
            {t(`${side}.urlLabel`)}
          </label>
          <input id={`${side}-url`} name={`${side}-url`} type="url" className="field-input" placeholder="https://" />
        </>
      ) : null}
      {mode === "footer" ? (
        <p className="rounded-md bg-stone-100 p-3 text-sm text-stone-700">{t("footerHint")}</p>
      ) : null}
    </fieldset>
  );
}

export function ImportForm({ languages }: { languages: { code: string; name: string }[] }) {
  const t = useTranslations("import");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await importPostAction(form);
          if (result && !result.ok) setError(result.error);
        });
      }}
    >
      <div className="mb-4 flex flex-wrap gap-4">
        {(["source-lang", "target-lang"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="field-label">
              {t(name)}
            </label>
            <select
              id={name}
              name={name}
              defaultValue={name === "source-lang" ? "en" : "fr"}
              className="field-input w-auto"
            >
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SidePanel side="mt" modes={["paste", "file", "url"]} />
        <SidePanel side="source" modes={["paste", "file", "url", "footer"]} />
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="mt-4 flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </button>
        {pending ? (
          <span role="status" className="text-sm text-stone-600">
            {t("working")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
