import type { InputHTMLAttributes } from "react";

/** A labelled input with an optional hint below it: the one way forms here pair a label with its field. */
export function TextField({
  id,
  label,
  hint,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        name={input.name ?? id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={`field-input ${className ?? ""}`}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
