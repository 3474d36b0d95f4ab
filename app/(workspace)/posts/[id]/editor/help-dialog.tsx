"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./shortcuts";

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("editor.help");
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-lg rounded-lg p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="p-5">
        <h2 id="shortcuts-title" className="font-serif text-xl font-semibold">
          {t("title")}
        </h2>
        <table className="mt-3 w-full text-sm">
          <tbody className="divide-y divide-stone-200">
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.id}>
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-stone-800">
                  {t(shortcut.id)}
                </th>
                <td className="py-1.5 text-right">
                  <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs">
                    {shortcut.keys}
                  </kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog" className="mt-4 text-right">
          <button type="submit" className="btn-primary">
            {t("close")}
          </button>
        </form>
      </div>
    </dialog>
  );
}
