/**
 * Country names to codes: ISO alpha-2, alpha-3 and numeric codes, English names and the short forms the
 * source uses ("S. Korea", "Kazakh"). A name that fits more than one country ("Korea") is an error that lists
 * them, never a guess.
 *
 * @module
 */
import { AmbiguousInputError } from './errors.js';
import { quote } from './printable.js';
import type { Country, Dataset, IdSpace } from './types.js';

/** Lower case, straight apostrophes, full stops and commas as spaces, single spaces, no leading "the". */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    // Escaped, not typed: one character past ASCII in a regular expression (which esbuild keeps as written) makes
    // the whole built core a two-byte string in V8, twice the memory to read and scan at import.
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/[\s,.]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Words of a longer name that say nothing of which country it is (a word of two letters never counts). */
const STOP_WORDS = new Set(['the', 'and', 'republic', 'democratic', "people's", 'socialist', 'union', 'united', 'states', 'south', 'north', 'former']);

/** Every way a country can be named, normalized, and the words those names share. */
export function indexCountryNames<I extends IdSpace>(data: Dataset<I>) {
  const exact = new Map<string, Set<I['country']>>();
  const words = new Map<string, Set<I['country']>>();
  const add = (map: Map<string, Set<I['country']>>, key: string, code: I['country']) => {
    if (key === '') return;
    const set = map.get(key);
    if (set) set.add(code);
    else map.set(key, new Set([code]));
  };
  for (const c of Object.values(data.countries) as Country<I>[]) {
    // A missing official name is an empty one, which adds nothing.
    const names = [c.id, c.alpha2, c.alpha3, c.numeric, c.name, c.officialName ?? '', ...c.aliases, ...c.demonyms];
    for (const name of names) {
      const key = normalizeName(name);
      add(exact, key, c.id);
      add(exact, key.replace(/ /g, ''), c.id);
      for (const word of key.split(' ')) if (!STOP_WORDS.has(word) && word.length > 2) add(words, word, c.id);
    }
  }
  return { exact, words };
}

/**
 * Looks `input` up in the name index: the one code it names, `null` when it names none, and an
 * {@link AmbiguousInputError} when it names more than one.
 */
export function lookUpCountry<I extends IdSpace>(
  index: ReturnType<typeof indexCountryNames<I>>,
  data: Dataset<I>,
  input: string,
): I['country'] | null {
  const key = normalizeName(input);
  const found = index.exact.get(key) ?? index.exact.get(key.replace(/ /g, '')) ?? index.words.get(key);
  // A set in the index is made with its first code, so it is never empty.
  if (!found) return null;
  if (found.size === 1) return [...found][0]!;
  const codes = [...found].sort();
  const countries = data.countries as Readonly<Record<string, Country<I>>>;
  throw new AmbiguousInputError(
    `Ambiguous country ${quote(input)}: it could be ${codes.map((c) => `"${c}" (${countries[c]!.name})`).join(' or ')}. Use the code.`,
    input,
    codes,
  );
}
