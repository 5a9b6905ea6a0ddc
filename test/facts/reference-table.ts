/** The project's reference list of standard codes (`data/reference/identifiers.md`), read independently of the data. */
import { readFileSync } from 'node:fs';

const reference = readFileSync(new URL('../../data/reference/identifiers.md', import.meta.url), 'utf8');

/** The rows of the markdown table under `## heading`, as arrays of trimmed cells. */
export function table(heading: string): string[][] {
  const section = reference.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`no section ${heading}`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}
