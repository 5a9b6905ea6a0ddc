/**
 * `critical-minerals countries-with <mineral>`.
 *
 * @module
 */
import { countriesWith } from '../../index.js';
import { JSON_OPTION, plural, type Command } from '../command.js';
import { LANG_OPTION, langOption, linkOptions, mineralArg, nameIn, RELATION_OPTION } from './names.js';

/** The countries tied to a mineral. */
export const countriesWithCommand: Command = {
  name: 'countries-with',
  args: '<mineral>',
  min: 1,
  max: 1,
  summary: 'countries tied to a mineral',
  description:
    'The countries tied to a mineral: the inverse of `minerals`. A country holds reserves of it or produces it, ' +
    'or is party to an agreement on it. Ordered by country code, then relation.',
  argHelp: [['<mineral>', 'a mineral id (lithium, rare-earth-metals), name or element symbol (Li)']],
  options: [
    RELATION_OPTION,
    LANG_OPTION,
    JSON_OPTION,
  ],
  examples: ['critical-minerals countries-with uranium', 'critical-minerals countries-with Li --json'],
  run(context) {
    const mineral = mineralArg(context.args[0]!);
    const lang = langOption(context.options['lang']);
    const links = countriesWith(mineral, linkOptions(context.options['relation']));
    if (context.options['json']) return context.printJson(links);
    if (links.length === 0) return context.print(`No countries tied to ${mineral}.\n`);
    context.print(`${context.style.bold(`Countries tied to ${mineral}`)}: ${plural(links.length, 'tie')}\n\n`);
    context.printTable(
      [{ header: 'COUNTRY', style: context.style.cyan }, { header: 'RELATION' }, { header: 'VIA' }, { header: 'NAME' }],
      links.map((link) => [link.country, link.relation, link.via, nameIn(link.country, lang)]),
    );
  },
};
