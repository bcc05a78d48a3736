/** How many distinct mistyped names get a worked-out suggestion; the rest get a cheap one. */
const SUGGESTION_BUDGET = 50;

export interface ClosestNameOptions {
  /** The distance between two names; Levenshtein's by default. Injected by the tests to count work. */
  readonly distance?: (a: string, b: string) => number;
  readonly budget?: number;
}

/**
 * A finder of the candidate closest to a mistyped name (fewest edits, then alphabetical). A deck with
 * thousands of broken names must still load in moments: each distinct name is worked out once, and only
 * the first `budget` of them against every candidate; later ones get the alphabetically first candidate,
 * so the work is bounded by budget × candidates however many mistakes the files hold.
 */
export function createClosestName(
  candidates: readonly string[],
  options: ClosestNameOptions = {},
): (name: string) => string | undefined {
  const distance = options.distance ?? editDistance;
  const budget = options.budget ?? SUGGESTION_BUDGET;
  const sorted = [...candidates].sort((a, b) => a.localeCompare(b));
  const found = new Map<string, string | undefined>();
  return (name) => {
    if (found.has(name)) return found.get(name);
    if (found.size >= budget) return sorted[0];
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of sorted) {
      // Sorted, so the first of equally close candidates is the alphabetical one.
      const d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    found.set(name, best);
    return best;
  };
}

/** The candidate closest to one mistyped name; see `createClosestName` for many. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  return createClosestName(candidates)(name);
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
