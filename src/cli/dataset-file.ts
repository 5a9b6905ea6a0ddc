/**
 * A dataset file of your own, as the authoring commands read it: JSON, either an array of records or
 * `{ "records": [...] }`. Records may be drafts (evidence as quotes, sources without `sha256`), and a source may
 * give its text as `"textFile": "article.txt"`, a path relative to the dataset file, instead of `"text"`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The authoring entry, loaded only by the commands that need it: it needs zod, which the other commands do not. */
export const loadAuthoring = () => import('../authoring/index.js');

/** Reads a UTF-8 file, with an error that names it. */
export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The records of a dataset file, with each source's `textFile` read into `text`. */
export function readDatasetFile(path: string): { records: unknown[]; raw: unknown[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(path, 'dataset'));
  } catch (error) {
    throw new Error(error instanceof SyntaxError ? `${path} is not JSON: ${error.message}` : (error as Error).message);
  }
  const raw = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown } | null)?.records;
  if (!Array.isArray(raw)) throw new Error(`${path} holds no records: expected a JSON array of records, or { "records": [...] }`);
  const records = raw.map((record) => {
    const r = record as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || typeof r['textFile'] !== 'string') return record;
    const { textFile, ...rest } = r;
    return { ...rest, text: readText(resolve(dirname(path), textFile as string), `the text of source "${String(r['id'])}",`) };
  });
  return { records, raw };
}
