/** Shared test fixtures: the source text and its body sentences, read from disk independently of the library. */
import { readFileSync } from 'node:fs';

export const SOURCE_ID = '2024-06-12-kr-kz-critical-minerals';
export const SOURCE_PATH = new URL(`../data/sources/${SOURCE_ID}.txt`, import.meta.url);
export const SOURCE_TEXT = readFileSync(SOURCE_PATH, 'utf8');

/** The article body (after the headline and dateline), split into sentences with their offsets. */
export function bodySentences(text = SOURCE_TEXT): { start: number; end: number; text: string }[] {
  const bodyStart = text.indexOf('President Yoon Suk Yeol');
  const sentences: { start: number; end: number; text: string }[] = [];
  const pattern = /[^\s][\s\S]*?(?:[.](?:”)?)(?=\s|$)/g;
  pattern.lastIndex = bodyStart;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return sentences;
}

/** The error `fn` throws; fails the test if it returns. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
