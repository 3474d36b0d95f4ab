/**
 * Ids of inline codes in XLIFF and TMX. They are our placeholder numbers, so a CAT tool pairs the
 * codes of <source> and <target>; a number used twice in one text ("{1}a{/1} {1}b{/1}") gets
 * "1-2", "1-3"… because XLIFF ids must be unique there. The reader maps both back to "1".
 */
export function createInlineIdAllocator(): (placeholder: string) => string {
  const used = new Set<string>();
  return (placeholder) => {
    let id = placeholder;
    for (let copy = 2; used.has(id); copy++) id = `${placeholder}-${copy}`;
    used.add(id);
    return id;
  };
}

/** The placeholder number behind an inline code id ("3" or "3-2" → "3"), or null for foreign ids. */
export function readPlaceholderNumber(id: string | undefined): string | null {
  const match = /^([1-9]\d{0,5})(?:-\d+)?$/.exec(id ?? "");
  return match ? match[1] : null;
}
