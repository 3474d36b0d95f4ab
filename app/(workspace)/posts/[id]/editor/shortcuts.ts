// The editor's keyboard map, in one place: the key handler and the help overlay both read it.
export type ShortcutId =
  | "saveNext"
  | "confirmNext"
  | "next"
  | "previous"
  | "nextNeedsWork"
  | "cancel"
  | "copySource"
  | "insertTag"
  | "help";

export const SHORTCUTS: { id: ShortcutId; keys: string }[] = [
  { id: "saveNext", keys: "Ctrl + Enter" },
  { id: "confirmNext", keys: "Ctrl + Shift + Enter" },
  { id: "next", keys: "Alt + ↓" },
  { id: "previous", keys: "Alt + ↑" },
  { id: "nextNeedsWork", keys: "Alt + Shift + ↓" },
  { id: "cancel", keys: "Esc" },
  { id: "copySource", keys: "Alt + Insert" },
  { id: "insertTag", keys: "Ctrl + Shift + 1…9" },
  { id: "help", keys: "Ctrl + /" },
];

/** Which shortcut a key event means, if any (Cmd counts as Ctrl on macOS). */
export function matchShortcut(event: KeyboardEvent | React.KeyboardEvent): { id: ShortcutId; tag?: number } | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && event.key === "Enter") return { id: event.shiftKey ? "confirmNext" : "saveNext" };
  if (event.altKey && event.key === "ArrowDown") return { id: event.shiftKey ? "nextNeedsWork" : "next" };
  if (event.altKey && event.key === "ArrowUp") return { id: "previous" };
  if (event.key === "Escape") return { id: "cancel" };
  if (event.altKey && event.key === "Insert") return { id: "copySource" };
  if (ctrl && event.key === "/") return { id: "help" };
  const digit = /^Digit([1-9])$/.exec(event.code);
  if (ctrl && event.shiftKey && digit) return { id: "insertTag", tag: Number(digit[1]) - 1 };
  return null;
}
