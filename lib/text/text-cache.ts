// Every check reads the same target: tokenising it once per text instead of once per check keeps a whole
// post under the time budget. Results are shared, so callers must treat them as read-only.

export function memoiseByText<T>(compute: (text: string) => T, limit = 4000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    // Oldest first out: a Map iterates in insertion order
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(text, value);
    return value;
  };
}
