/**
 * Approximate search: where in a text a pattern occurs with the fewest edits (insertions, deletions,
 * substitutions), within a bound. Sellers' algorithm with Ukkonen's cut-off, so a column costs about `maxEdits`
 * cells rather than the pattern's length; every cell is counted against a {@link SearchBudget}, so a hostile
 * input (a huge text, a long quote, many quotes) ends the search instead of the process.
 *
 * @module
 */

/** Cells of the edit-distance table a search may compute before it gives up: shared by the searches of one call. */
export interface SearchBudget {
  cells: number;
}

/** The longest pattern the approximate search takes; a longer quote is matched exactly or not at all. */
export const MAX_APPROXIMATE_PATTERN = 1_000;
/** Cells one public call may spend on approximate search (about half a second of work on a 2020s laptop core). */
export const DEFAULT_BUDGET_CELLS = 20_000_000;

/** A passage of the text within the bound: `text.slice(start, end)`, `distance` edits from the pattern. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
}

/**
 * The passage of `text` nearest to `pattern` with at most `maxEdits` edits (ties: nearest `near`, a position in
 * the text), `null` when there is none, or `'budget'` when the budget ran out first.
 */
export function closestPassage(
  text: string,
  pattern: string,
  maxEdits: number,
  budget: SearchBudget,
  near = 0,
): ApproximateMatch | null | 'budget' {
  const m = pattern.length;
  if (m === 0 || m > MAX_APPROXIMATE_PATTERN) return null;
  const k = Math.min(Math.max(0, Math.floor(maxEdits)), m - 1);
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  let last = k; // the last row whose value is within k
  let bestDistance = k + 1;
  let bestEnd = -1;
  for (let j = 1; j <= text.length; j++) {
    const top = Math.min(last + 1, m);
    budget.cells -= top;
    if (budget.cells < 0) return 'budget';
    const ch = text.charCodeAt(j - 1);
    let diagonal = 0; // column[0] of the previous column: a match may start anywhere
    for (let i = 1; i <= top; i++) {
      const old = i > last ? k + 1 : column[i]!;
      const substitute = diagonal + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      column[i] = Math.min(substitute, old + 1, column[i - 1]! + 1);
      diagonal = old;
    }
    last = top;
    while (last > 0 && column[last]! > k) last--;
    if (last === m) {
      const distance = column[m]!;
      if (distance < bestDistance || (distance === bestDistance && Math.abs(j - m - near) < Math.abs(bestEnd - m - near))) {
        bestDistance = distance;
        bestEnd = j;
      }
    }
  }
  if (bestEnd === -1) return null;
  const start = startOf(text, pattern, bestEnd, bestDistance, budget);
  if (start === 'budget') return 'budget';
  return { start, end: bestEnd, distance: bestDistance };
}

/**
 * Where the best alignment of `pattern` ending at `end` starts: a global alignment of the reversed pattern with
 * the text read backwards from `end`, the start nearest `end - pattern.length` among those `distance` edits away.
 */
function startOf(text: string, pattern: string, end: number, distance: number, budget: SearchBudget): number | 'budget' {
  const m = pattern.length;
  const width = Math.min(end, m + distance);
  budget.cells -= m * width;
  if (budget.cells < 0) return 'budget';
  let previous = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) previous[j] = j;
  let current = new Int32Array(width + 1);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const p = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = p === text.charCodeAt(end - j) ? 0 : 1;
      current[j] = Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = -1;
  for (let j = 0; j <= width; j++) {
    if (previous[j]! === distance && (best === -1 || Math.abs(j - m) < Math.abs(best - m))) best = j;
  }
  return end - (best === -1 ? Math.min(width, m) : best);
}

/** Levenshtein distance between two short strings (context windows), for scoring. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}
