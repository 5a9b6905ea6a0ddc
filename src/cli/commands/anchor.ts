/**
 * `critical-minerals anchor SOURCE.txt "quote"`: where a quote stands in a text.
 *
 * @module
 */
import { resolve } from 'node:path';
import { anchorQuote, QuoteAnchorError } from '../../authoring/anchor-quote.js';
import { JSON_OPTION, type Command } from '../command.js';
import { readText } from '../dataset-file.js';

/** Prints a quote's offsets, or why it has none. */
export const anchorCommand: Command = {
  name: 'anchor',
  args: '<source.txt> <quote>',
  min: 2,
  max: 2,
  summary: 'the offsets of a quote in a text file',
  description:
    'Finds the quote in the text (UTF-8) and prints its start and end offsets (0-based, end excluded, in UTF-16 ' +
    'code units like JavaScript strings). A quote that occurs more than once gets the prefix that singles out each ' +
    'match; a quote that is not there gets the closest passage. Exit 1 in both cases.',
  argHelp: [
    ['<source.txt>', 'the source text'],
    ['<quote>', 'the exact words'],
  ],
  options: [
    { name: 'prefix', value: 'TEXT', description: 'text just before the quote' },
    { name: 'suffix', value: 'TEXT', description: 'text just after the quote' },
    JSON_OPTION,
  ],
  examples: ['critical-minerals anchor article.txt "copper smelter"', 'critical-minerals anchor article.txt "Yoon said" --prefix "funding,” "'],
  run(context) {
    const [file, quote] = context.args as [string, string];
    const text = readText(resolve(context.io.cwd ?? process.cwd(), file), 'source');
    const options = {
      ...(typeof context.options['prefix'] === 'string' ? { prefix: context.options['prefix'] } : {}),
      ...(typeof context.options['suffix'] === 'string' ? { suffix: context.options['suffix'] } : {}),
    };
    try {
      const { start, end } = anchorQuote(text, quote, options);
      if (context.options['json']) context.printJson({ quote, start, end, ...options });
      else context.print(`${start} ${end}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof QuoteAnchorError)) throw error;
      if (context.options['json']) context.printJson({ quote, error: error.reason, message: error.message, closest: error.closest, matches: error.matches, hints: error.hints });
      else context.io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
  },
};
