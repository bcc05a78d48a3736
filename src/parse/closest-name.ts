/** Returns the candidate closest to a mistyped name (fewest edits, then alphabetical); undefined if none. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const [closest] = [...candidates].sort(
    (a, b) => editDistance(name, a) - editDistance(name, b) || a.localeCompare(b),
  );
  return closest;
}

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
