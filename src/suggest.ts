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
 * The most edit-distance table cells one search may compute (a few milliseconds). The count is checked before
 * each table row: a search stops at the first row that would start past the budget (so it overruns it by less
 * than one row) and returns the matches found so far. On ordinary typos it stops long before.
 */
export const SEARCH_BUDGET = 2_000_000;

/** How many near names share one length and prefix before a search stops listing them. */
const RANGE_CAP = 4_096;

/** The largest distance at which a name of `length` characters still counts as near an input of `inputLength`. */
function threshold(length: number, inputLength: number): number {
  return Math.max(1, Math.floor(Math.max(Math.min(length, inputLength), 2) / 3));
}

/** Lower-cased texts, sorted, with the candidate each leads to and the length of the whole name it is from. */
interface TextList {
  readonly texts: readonly string[];
  readonly owners: readonly number[];
  /** The length of the whole name a text belongs to: it sets the text's distance threshold. */
  readonly nameLengths: readonly number[];
  /** Words of a longer name score one step further off than the name, and never as a prefix. */
  readonly words: boolean;
  /**
   * The texts as a trie whose chains of only children are merged, its nodes in depth-first order. Per node:
   * `low`, the first text below it; `depth`, how many characters every text below shares; `ends`, the end of
   * the texts that end at it (they sort first); `longest`, the longest text below; `skip`, the node after its
   * last descendant (so a node's children are the node after it, then each child's `skip`, up to its own).
   */
  readonly low: Int32Array;
  readonly depth: Int32Array;
  readonly ends: Int32Array;
  readonly longest: Int32Array;
  readonly skip: Int32Array;
}

/** Every name and every word of a name of every candidate: the searchable form of a candidate list. */
interface NameIndex {
  readonly candidates: readonly Candidate[];
  readonly names: TextList;
  readonly words: TextList;
  /** Any longer input is near nothing. */
  readonly longestUseful: number;
}

/** A text, the candidate it leads to, and the length of the whole name it is from. */
type Entry = [text: string, owner: number, nameLength: number];

function sortedList(entries: Entry[], words: boolean): TextList {
  // A stable sort: equal texts keep the order of their candidates.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const texts = entries.map((e) => e[0]);
  // A trie of n texts has at most 2n nodes: each node has a text ending at it or two children. An empty list
  // is one empty node (its arrays hold zeros), which a walk leaves at once.
  const [low, depth, ends, longest, skip] = [0, 0, 0, 0, 0].map(() => new Int32Array(2 * texts.length + 1)) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  let count = 0;
  // Ranges to lay out as nodes, three numbers each: first text, end, characters shared; an end of -1 closes node `first`.
  const work = texts.length > 0 ? [0, texts.length, 0] : [];
  while (work.length > 0) {
    const shared = work.pop()!;
    const end = work.pop()!;
    const first = work.pop()!;
    if (end < 0) {
      skip[first] = count;
      continue;
    }
    const node = count++;
    const text = texts[first]!;
    let d = shared;
    while (d < text.length && text.charCodeAt(d) === texts[end - 1]!.charCodeAt(d)) d++;
    low[node] = first;
    depth[node] = d;
    work.push(node, -1, 0);
    // The children, last first, so that they are laid out in order; texts that end at this node sort first.
    let most = d;
    let to = end;
    for (let from = end; to > first && texts[to - 1]!.length > d; to = from) {
      const c = texts[to - 1]!.charCodeAt(d);
      for (from = to; from > first && texts[from - 1]!.charCodeAt(d) === c; from--) most = Math.max(most, texts[from - 1]!.length);
      work.push(from, to, d + 1);
    }
    ends[node] = to;
    longest[node] = most;
  }
  return { texts, owners: entries.map((e) => e[1]), nameLengths: entries.map((e) => e[2]), words, low, depth, ends, longest, skip };
}

function buildIndex(candidates: readonly Candidate[]): NameIndex {
  const names: Entry[] = [];
  const words: Entry[] = [];
  let longestUseful = 0;
  candidates.forEach((candidate, owner) => {
    for (const name of candidate.names) {
      const lower = name.toLowerCase();
      const most = threshold(lower.length, Infinity);
      // A name is near only within 10 × its threshold (a prefix scores a tenth per extra character); a word
      // within its name's threshold.
      longestUseful = Math.max(longestUseful, lower.length + 10 * most);
      names.push([lower, owner, lower.length]);
      // The words of a longer name count on their own ("renewables" → "renewable energy").
      for (const word of lower.split(/[\s-]+/)) {
        if (word.length < 4) continue;
        longestUseful = Math.max(longestUseful, word.length + most);
        words.push([word, owner, lower.length]);
      }
    }
  });
  return { candidates, names: sortedList(names, false), words: sortedList(words, true), longestUseful };
}

/** The search for one input: the best score found so far, by candidate, and the rows of its tables. */
interface Search {
  readonly n: string;
  readonly scores: Map<number, number>;
  /**
   * The edit-distance table, row after row (`n.length + 1` cells each): row `d` is for the first `d` characters
   * of the path walked. One buffer, kept by the suggester between searches, rather than one array per row.
   */
  readonly table: Int32Array;
  readonly counter: WorkCounter;
  /** Where the counter stands when the search's budget is spent. */
  readonly stop: number;
}

/**
 * Scores texts `[from, to)` of `list`, at most {@link RANGE_CAP} of them, given their edit distance to the
 * input (or `Infinity` where only a prefix tie is known).
 */
function consider({ n, scores }: Search, list: TextList, from: number, to: number, distance: number): void {
  const m = n.length;
  for (let i = from; i < to && i - from < RANGE_CAP; i++) {
    const text = list.texts[i]!;
    const score = list.words ? distance + 1 : (text.length < m ? n.startsWith(text) : text.startsWith(n)) ? Math.abs(text.length - m) / 10 : distance;
    const owner = list.owners[i]!;
    if (score <= threshold(list.nameLengths[i]!, m) && !(scores.get(owner)! <= score)) scores.set(owner, score);
  }
}

/**
 * Names that start with the input, and names the input starts with, scored by length alone: the texts below
 * the trie node the input leads to, and those that end on the way there. Past {@link RANGE_CAP} names in one
 * range, the rest are not listed (the first ones, in text order, are). The input itself is among them, so no
 * walk needs to look for names at distance 0.
 */
function prefixes(search: Search, list: TextList): void {
  const { texts, low, skip } = list;
  const { n } = search;
  for (let node = 0, depth = 0; ; ) {
    const first = low[node]!;
    const text = texts[first]!;
    for (; depth < list.depth[node]! && depth < n.length; depth++) if (text.charCodeAt(depth) !== n.charCodeAt(depth)) return;
    if (depth === n.length) {
      return consider(search, list, first, skip[node]! < skip[0]! ? low[skip[node]!]! : texts.length, Infinity);
    }
    consider(search, list, first, list.ends[node]!, Infinity);
    let child = node + 1;
    while (child < skip[node]! && texts[low[child]!]!.charCodeAt(depth) !== n.charCodeAt(depth)) child = skip[child]!;
    if (child === skip[node]) return;
    node = child;
  }
}

/**
 * Every text of `list` within edit distance `reach` of the input, from trie node `node` down; the texts below
 * the node share their first `depth` characters, whose table row starts at `depth × (input length + 1)`.
 */
function walk(search: Search, list: TextList, reach: number, node = 0, depth = 0): void {
  const { n, table, counter } = search;
  const m = n.length;
  const stride = m + 1;
  const first = list.low[node]!;
  const text = list.texts[first]!;
  const end = list.depth[node]!;
  const beyond = reach + 1;
  // One row of the optimal-string-alignment table per character down to the node: Levenshtein plus
  // adjacent transpositions. Only the band of cells within `reach` of the diagonal can hold a distance
  // within it; the cell on each side of the band is set past it, so the next row reads no stale value. A
  // text longer than the input by more than `reach` is further off than that.
  for (; depth < end; depth++) {
    if (counter.cells > search.stop || depth >= m + reach) return;
    // Where rows depth - 1, depth and depth + 1 start in the table.
    const before = (depth > 0 ? depth - 1 : 0) * stride;
    const prev = depth * stride;
    const cur = prev + stride;
    const c = text.charCodeAt(depth);
    const last = depth > 0 ? text.charCodeAt(depth - 1) : -1;
    const row = depth + 1;
    // The band is never empty: row ≤ m + reach, so from ≤ m.
    const from = Math.max(1, row - reach);
    const to = Math.min(m, row + reach);
    // No text below has more than `slack` characters after this row, so from cell j on, at least
    // m - j - slack more of the input's characters must go: the least a text below can be off by.
    const slack = list.longest[node]! - row;
    table[cur + from - 1] = from > 1 ? beyond : row;
    let least = from > 1 ? beyond : row + Math.max(0, m - slack);
    for (let j = from; j <= to; j++) {
      const nj = n.charCodeAt(j - 1);
      let best = table[prev + j - 1]! + (nj === c ? 0 : 1);
      const up = table[prev + j]! + 1;
      const left = table[cur + j - 1]! + 1;
      if (up < best) best = up;
      if (left < best) best = left;
      if (j > 1 && nj === last && n.charCodeAt(j - 2) === c && table[before + j - 2]! + 1 < best) best = table[before + j - 2]! + 1;
      table[cur + j] = best;
      if (m - j > slack) best += m - j - slack;
      if (best < least) least = best;
    }
    if (to < m) table[cur + to + 1] = beyond;
    counter.cells += to - from + 1;
    // No text below can be nearer than `least`, so the branch can go.
    if (least > reach) return;
  }
  // Cells outside the band |depth - j| <= reach are not computed: they hold more than `reach`.
  const distance = table[end * stride + m]!;
  if (Math.abs(end - m) <= reach && distance <= reach) consider(search, list, first, list.ends[node]!, distance);
  for (let child = node + 1; child < list.skip[node]!; child = list.skip[child]!) walk(search, list, reach, child, end);
}

function search(index: NameIndex, input: string, limit: number, counter: WorkCounter, budget: number, scratch: { table: Int32Array }): Candidate[] {
  const trimmed = input.trim();
  // Lower-casing at most triples a length, so a trimmed input this long is near nothing: answered at once. (With
  // no names, `longestUseful` is 0: every input is.)
  if (trimmed === '' || trimmed.length > 3 * index.longestUseful) return [];
  const needle = trimmed.toLowerCase();
  if (needle.length > index.longestUseful) return [];
  const m = needle.length;
  const most = threshold(Infinity, m);
  // A walk goes at most `most` rows past the input's length (row 0 is the empty path).
  const cells = (m + most + 2) * (m + 1);
  if (scratch.table.length < cells) scratch.table = new Int32Array(cells);
  const state: Search = { n: needle, scores: new Map(), table: scratch.table, counter, stop: counter.cells + budget };
  for (let j = 0; j <= m; j++) state.table[j] = j;
  prefixes(state, index.names);
  let best = Infinity;
  // Walks at distance 1, then 2, and so on: a typo one edit off is settled by the first walk, whose narrow band
  // drops most branches within a character or two.
  for (let radius = 0; ; ) {
    // Every candidate scoring at most `radius` is now known: if there are enough, none unseen can beat them.
    let sure = 0;
    for (const score of state.scores.values()) {
      if (score <= radius) sure++;
      if (score < best) best = score;
    }
    // Only names as near as the best, in whole edits, are offered, so once the radius reaches that, nothing is
    // missing. (A search past its budget walks no further: each walk stops at its first row.)
    if (sure >= limit || best === 0 || radius >= Math.ceil(best) || radius >= most) break;
    radius++;
    walk(state, index.names, radius);
    // A word scores its distance plus one, so words within `radius - 1` are all that can score `radius`.
    walk(state, index.words, radius - 1);
  }
  // The order `nearest` documents. A case-insensitive exact match ("kz" for "KZ") is the answer; nothing else is
  // worth listing beside it. Otherwise only names as near as the best in whole edits are: a prefix (a tenth per
  // character) ranks with the names one edit off, and a name two edits off is not offered beside one a single edit off.
  const list: [number, Candidate][] = [];
  const within = Math.ceil(best);
  for (const [owner, score] of state.scores) if (score <= within) list.push([score, index.candidates[owner]!]);
  list.sort(([x, a], [y, b]) => x - y || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  // At most `limit`: a negative limit lists nothing (slice would count it from the end).
  return list.slice(0, Math.max(0, limit)).map((s) => s[1]);
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
  // The edit-distance table, reused by every search (a search runs to its end before the next begins).
  const scratch = { table: new Int32Array(0) };
  const candidates = () => (listed ??= [...list()]);
  return {
    nearest: (input, limit = 3, counter = { cells: 0 }) =>
      // Past this length no input is looked at: it fails at once, before any index is built.
      input.length > LONGEST_INPUT ? [] : search((index ??= buildIndex(candidates())), input, limit, counter, budget, scratch),
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
 * match is the only answer when there is one; otherwise only candidates as near as the best, in whole edits, are
 * listed (a prefix ranks with the names one edit off). Ties go by value.
 */
export function nearest(input: string, candidates: Iterable<Candidate>, limit = 3, counter?: WorkCounter): Candidate[] {
  return createSuggester(() => candidates).nearest(input, limit, counter);
}

/** `"KZ" (Kazakhstan)`, or `"KZ" (Kazakhstan) or "KR" (South Korea)`. */
export function describeCandidates(candidates: readonly Candidate[]): string {
  const parts = candidates.map((c) => (c.label && c.label !== c.value ? `"${c.value}" (${c.label})` : `"${c.value}"`));
  // "a or b"; "a, b, or c" (the last comma is the list's own, never one inside a label).
  return parts.length > 2 ? `${parts.slice(0, -1).join(', ')}, or ${parts.at(-1)}` : parts.join(' or ');
}
