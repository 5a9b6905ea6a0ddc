/**
 * Nearest-match suggestions for error messages: a typo ("Kazakstan") should point at the value meant ("KZ").
 *
 * The cost of a suggestion is bounded, whatever the input and however many candidates: names are kept
 * sorted, and the search walks them as a trie, carrying one row of the edit-distance table per shared
 * prefix and dropping a branch as soon as no name below it can be near enough. It looks for near names at
 * distance 0, then 1, and so on, and stops at the first distance that yields enough; an input far longer
 * than every name is answered at once, and a fixed budget of table cells stops even a hostile search.
 *
 * @module
 */

/** A candidate an input can be matched against: the value to suggest, and the names that lead to it. */
export interface Candidate {
  readonly value: string;
  /** Shown after the value, in parentheses ("Kazakhstan"). */
  readonly label: string;
  readonly names: readonly string[];
}

/** Counts the edit-distance table cells a search computes; for tests that bound the work of an error path. */
export interface WorkCounter {
  cells: number;
}

/**
 * The most edit-distance table cells one search may compute (a few milliseconds). A search that reaches it
 * returns the matches found so far: on ordinary typos it stops long before.
 */
export const SEARCH_BUDGET = 2_000_000;

/** How many near names share one length and prefix before a search stops listing them. */
const RANGE_CAP = 4_096;

/** The largest distance at which a name of `length` characters still counts as near an input of `inputLength`. */
function threshold(length: number, inputLength: number): number {
  return Math.max(1, Math.floor(Math.max(Math.min(length, inputLength), 2) / 3));
}

/** The words of a longer name that count on their own ("renewables" → "renewable energy"). */
function wordsOf(lower: string): string[] {
  return lower.split(/[\s-]+/).filter((w) => w.length > 3);
}

/** Lower-cased texts, sorted, with the candidate each leads to and the length of the whole name it is from. */
interface TextList {
  readonly texts: readonly string[];
  readonly owners: Int32Array;
  /** The length of the whole name a text belongs to: it sets the text's distance threshold. */
  readonly nameLengths: Int32Array;
  /** Words of a longer name score one step further off than the name, and never as a prefix. */
  readonly words: boolean;
}

/** Every name and every word of a name of every candidate: the searchable form of a candidate list. */
interface NameIndex {
  readonly candidates: readonly Candidate[];
  readonly names: TextList;
  readonly words: TextList;
  /** Any longer input is near nothing. */
  readonly longestUseful: number;
}

function sortedList(texts: string[], owners: number[], nameLengths: number[], words: boolean): TextList {
  const order = Array.from(texts.keys()).sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b));
  return {
    texts: order.map((i) => texts[i]!),
    owners: Int32Array.from(order, (i) => owners[i]!),
    nameLengths: Int32Array.from(order, (i) => nameLengths[i]!),
    words,
  };
}

function buildIndex(candidates: readonly Candidate[]): NameIndex {
  const names: [string[], number[], number[]] = [[], [], []];
  const words: [string[], number[], number[]] = [[], [], []];
  let longestUseful = 0;
  candidates.forEach((candidate, owner) => {
    for (const name of candidate.names) {
      const lower = name.toLowerCase();
      const most = threshold(lower.length, Infinity);
      // A name is near only within 10 × its threshold (a prefix scores a tenth per extra character); a word
      // within its name's threshold.
      longestUseful = Math.max(longestUseful, lower.length + 10 * most);
      names[0].push(lower);
      names[1].push(owner);
      names[2].push(lower.length);
      for (const word of wordsOf(lower)) {
        longestUseful = Math.max(longestUseful, word.length + most);
        words[0].push(word);
        words[1].push(owner);
        words[2].push(lower.length);
      }
    }
  });
  return { candidates, names: sortedList(...names, false), words: sortedList(...words, true), longestUseful };
}

/** The first index in `[low, high)` whose text is not below `key`. */
function lowerBound(texts: readonly string[], key: string, low: number, high: number): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (texts[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The search for one input: the scores found so far, by candidate. */
class Search {
  readonly best = new Map<number, number>();
  readonly rows: Int32Array[] = [];
  private list!: TextList;
  private radius = 0;
  private readonly startCells: number;
  stopped = false;
  constructor(
    readonly n: string,
    readonly counter: WorkCounter,
    readonly budget: number,
  ) {
    this.startCells = counter.cells;
  }

  /** Scores text `i` of `list`, given its edit distance to the input (or `Infinity` where only a prefix tie is known). */
  private consider(list: TextList, i: number, distance: number): void {
    const text = list.texts[i]!;
    const n = this.n;
    let score: number;
    if (list.words) score = distance + 1;
    else if (text.startsWith(n) || n.startsWith(text)) score = Math.abs(text.length - n.length) / 10;
    else score = distance;
    if (score > threshold(list.nameLengths[i]!, n.length)) return;
    const owner = list.owners[i]!;
    const previous = this.best.get(owner);
    if (previous === undefined || score < previous) this.best.set(owner, score);
  }

  /**
   * Names that start with the input, and names the input starts with: scored by length alone. Past
   * {@link RANGE_CAP} names in one range, the rest are not listed (the first ones, in text order, are).
   */
  prefixes(names: TextList): void {
    const { texts } = names;
    const n = this.n;
    const start = lowerBound(texts, n, 0, texts.length);
    for (let i = start; i < texts.length && i - start < RANGE_CAP && texts[i]!.startsWith(n); i++) this.consider(names, i, Infinity);
    for (let k = n.length - 1; k >= 0; k--) {
      // (n.length - k) / 10 ≤ threshold(k) at most, so shorter prefixes cannot count.
      if ((n.length - k) / 10 > threshold(k, n.length)) break;
      const key = n.slice(0, k);
      const first = lowerBound(texts, key, 0, texts.length);
      for (let i = first; i < texts.length && i - first < RANGE_CAP && texts[i] === key; i++) this.consider(names, i, Infinity);
    }
  }

  /** Every text of `list` within edit distance `radius` of the input, by a walk of the sorted texts as a trie. */
  walk(list: TextList, radius: number): void {
    this.list = list;
    this.radius = radius;
    const first = this.row(0);
    for (let j = 0; j <= this.n.length; j++) first[j] = j;
    this.descend(0, list.texts.length, 0);
  }

  private row(depth: number): Int32Array {
    while (this.rows.length <= depth) this.rows.push(new Int32Array(this.n.length + 1));
    return this.rows[depth]!;
  }

  /** Texts `[low, high)` share their first `depth` characters, whose table row is `rows[depth]`. */
  private descend(low: number, high: number, depth: number): void {
    const list = this.list;
    const { texts } = list;
    const n = this.n;
    const m = n.length;
    const radius = this.radius;
    const prev = this.rows[depth]!;
    // The texts that end here are equal, and sort first.
    let i = low;
    if (texts[i]!.length === depth) {
      let top = high;
      let end = i + 1;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (texts[mid]!.length === depth) end = mid + 1;
        else top = mid;
      }
      // Cells outside the band |depth - j| <= radius are not computed: they hold more than the radius.
      if (Math.abs(depth - m) <= radius && prev[m]! <= radius) for (let k = i; k < end && k - i < RANGE_CAP; k++) this.consider(list, k, prev[m]!);
      i = end;
    }
    // A text longer than the input by more than the radius is further off than the radius.
    if (depth >= m + radius) return;
    const cur = this.row(depth + 1);
    const before = depth > 0 ? this.rows[depth - 1]! : null;
    while (i < high) {
      if (this.stopped) return;
      const text = texts[i]!;
      const c = text.charCodeAt(depth);
      let end = i + 1;
      let top = high;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (texts[mid]!.charCodeAt(depth) <= c) end = mid + 1;
        else top = mid;
      }
      // One row of the optimal-string-alignment table: Levenshtein plus adjacent transpositions.
      // Only the band of cells within `radius` of the diagonal can hold a distance within the radius; the
      // cell on each side of it is set past the radius, so the next row reads no stale value.
      const row = depth + 1;
      const from = Math.max(1, row - radius);
      const to = Math.min(m, row + radius);
      const last = depth > 0 ? text.charCodeAt(depth - 1) : -1;
      const beyond = radius + 1;
      cur[0] = row;
      if (from > 1) cur[from - 1] = beyond;
      let least = from === 1 ? row : beyond;
      for (let j = from; j <= to; j++) {
        const nj = n.charCodeAt(j - 1);
        let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (nj === c ? 0 : 1));
        if (before !== null && j > 1 && n.charCodeAt(j - 2) === c && nj === last) best = Math.min(best, before[j - 2]! + 1);
        cur[j] = best;
        if (best < least) least = best;
      }
      if (to < m) cur[to + 1] = beyond;
      this.counter.cells += Math.max(0, to - from + 1);
      if (this.counter.cells - this.startCells > this.budget) {
        this.stopped = true;
        return;
      }
      // No row below can fall under this row's least value, so the branch can go.
      if (least <= radius) this.descend(i, end, depth + 1);
      i = end;
    }
  }
}

/** Orders the scored candidates as `nearest` documents and keeps `limit`. */
function ranked(index: NameIndex, scores: Map<number, number>, limit: number): Candidate[] {
  const scored = [...scores].map(([owner, score]) => ({ candidate: index.candidates[owner]!, score }));
  // A case-insensitive exact match ("kz" for "KZ") is the answer; nothing else is worth listing beside it.
  const exact = scored.filter((s) => s.score === 0);
  const best = Math.min(...scored.map((s) => s.score));
  // Nothing more than one step further off than the best is worth listing beside it.
  const list = exact.length > 0 ? exact : scored.filter((s) => s.score <= best + 1);
  list.sort((x, y) => x.score - y.score || (x.candidate.value < y.candidate.value ? -1 : x.candidate.value > y.candidate.value ? 1 : 0));
  return list.slice(0, limit).map((s) => s.candidate);
}

function search(index: NameIndex, input: string, limit: number, counter: WorkCounter, budget: number): Candidate[] {
  const trimmed = input.trim();
  // Lower-casing at most triples a length, so a trimmed input this long is near nothing: answered at once.
  if (trimmed === '' || trimmed.length > 3 * index.longestUseful || index.names.texts.length === 0) return [];
  const needle = trimmed.toLowerCase();
  if (needle.length > index.longestUseful) return [];
  const state = new Search(needle, counter, budget);
  state.prefixes(index.names);
  const most = threshold(Infinity, needle.length);
  let best = Infinity;
  for (let radius = 0; radius <= most && !state.stopped; radius++) {
    state.walk(index.names, radius);
    // A word scores its distance plus one, so words within `radius - 1` are all that can score `radius`.
    if (radius > 0 && index.words.texts.length > 0) state.walk(index.words, radius - 1);
    // Every candidate scoring at most `radius` is now known: if there are enough, none unseen can beat them.
    let sure = 0;
    for (const score of state.best.values()) {
      if (score <= radius) sure++;
      if (score < best) best = score;
    }
    // Only names within one step of the best are offered, so once the radius passes that, nothing is missing.
    if (sure >= limit || best === 0 || radius >= best + 1) break;
  }
  return ranked(index, state.best, limit);
}

/** Finds suggestions among a fixed list of candidates; built once, searched for each unknown input. */
export interface Suggester {
  /** The candidates nearest to `input`, best first, as {@link nearest} defines them. */
  nearest(input: string, limit?: number, counter?: WorkCounter): Candidate[];
  /** The first `count` candidates, in their given order: examples for a message when nothing is near. */
  some(count: number): Candidate[];
}

/**
 * A suggester over the candidates `list` returns, listed (and indexed) on the first search, not before: a
 * catalog that is never asked about a typo never pays for it.
 */
export function createSuggester(list: () => Iterable<Candidate>, budget = SEARCH_BUDGET): Suggester {
  let listed: readonly Candidate[] | null = null;
  let index: NameIndex | null = null;
  const candidates = () => (listed ??= [...list()]);
  return {
    nearest: (input, limit = 3, counter = { cells: 0 }) =>
      // Past this length no input is looked at: it fails at once, before any index is built.
      input.length > LONGEST_INPUT ? [] : search((index ??= buildIndex(candidates())), input, limit, counter, budget),
    some: (count) => candidates().slice(0, count),
  };
}

/** The longest input a search looks at; a longer one gets no suggestion (no name is that long). */
const LONGEST_INPUT = 1_000;

/**
 * The candidates nearest to `input`, best first: at most `limit`, each within an edit distance (optimal
 * string alignment, case-insensitive) of about a third of its length, so "Kazakstan" finds Kazakhstan but
 * "xyz" finds nothing. A name that starts with the input, or that the input starts with, scores a tenth per
 * character of difference; one word of a longer name counts, one step further off. A case-insensitive exact
 * match is the only answer when there is one; otherwise only candidates within one step of the best are
 * listed. Ties go by value.
 */
export function nearest(input: string, candidates: Iterable<Candidate>, limit = 3, counter?: WorkCounter): Candidate[] {
  return createSuggester(() => candidates).nearest(input, limit, counter);
}

/** `"KZ" (Kazakhstan)`, or `"KZ" (Kazakhstan) or "KR" (South Korea)`. */
export function describeCandidates(candidates: readonly Candidate[]): string {
  return candidates
    .map((c) => (c.label && c.label !== c.value ? `"${c.value}" (${c.label})` : `"${c.value}"`))
    .join(candidates.length > 2 ? ', ' : ' or ')
    .replace(/, (?=[^,]*$)/, ', or ');
}
