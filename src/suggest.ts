/**
 * Nearest-match suggestions for error messages: a typo ("Kazakstan") should point at the value meant ("KZ").
 *
 * @module
 */

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push([i]);
  for (let j = 1; j <= t.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/** A candidate an input can be matched against: the value to suggest, and the names that lead to it. */
export interface Candidate {
  readonly value: string;
  /** Shown after the value, in parentheses ("Kazakhstan"). */
  readonly label: string;
  readonly names: readonly string[];
}

/**
 * The candidates nearest to `input`, best first: at most `limit`, each within a distance of about a third of
 * its length (so "Kazakstan" finds Kazakhstan, but "xyz" finds nothing). A name that starts with the input
 * counts as near.
 */
export function nearest(input: string, candidates: Iterable<Candidate>, limit = 3): Candidate[] {
  const needle = input.trim().toLowerCase();
  if (needle === '') return [];
  const scored: { candidate: Candidate; score: number }[] = [];
  for (const candidate of candidates) {
    let score = Infinity;
    for (const name of candidate.names) {
      const lower = name.toLowerCase();
      const words = lower.split(/[\s-]+/).filter((w) => w.length > 3);
      const distance = Math.min(
        lower.startsWith(needle) || needle.startsWith(lower) ? Math.abs(lower.length - needle.length) / 10 : editDistance(needle, lower),
        // One word of a longer name ("renewables" → "renewable energy") counts, one step further off.
        ...words.map((word) => editDistance(needle, word) + 1),
      );
      if (distance <= Math.max(1, Math.floor(Math.max(Math.min(lower.length, needle.length), 2) / 3))) score = Math.min(score, distance);
    }
    if (score < Infinity) scored.push({ candidate, score });
  }
  // A case-insensitive exact match ("kz" for "KZ") is the answer; nothing else is worth listing beside it.
  const exact = scored.filter((s) => s.score === 0);
  const ranked = exact.length > 0 ? exact : scored;
  ranked.sort((x, y) => x.score - y.score || (x.candidate.value < y.candidate.value ? -1 : 1));
  return ranked.slice(0, limit).map((s) => s.candidate);
}

/** `"KZ" (Kazakhstan)`, or `"KZ" (Kazakhstan) or "KR" (South Korea)`. */
export function describeCandidates(candidates: readonly Candidate[]): string {
  return candidates
    .map((c) => (c.label && c.label !== c.value ? `"${c.value}" (${c.label})` : `"${c.value}"`))
    .join(candidates.length > 2 ? ', ' : ' or ')
    .replace(/, (?=[^,]*$)/, ', or ');
}
