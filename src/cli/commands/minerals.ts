/**
 * `critical-minerals minerals <country>`.
 *
 * @module
 */
import { mineralsOf } from '../../index.js';
import { JSON_OPTION, plural, type Command } from '../command.js';
import { countryArg, countryLabel, LANG_OPTION, langOption, linkOptions, RELATION_OPTION } from './names.js';

/** The minerals and commodities tied to a country. */
export const mineralsCommand: Command = {
  name: 'minerals',
  args: '<country>',
  min: 1,
  max: 1,
  summary: 'minerals and commodities tied to a country',
  description:
    'The minerals and commodities tied to a country: reserves and production the source states (via a resource record), ' +
    'and the minerals of agreements the country is party to (via the agreement). Ordered by mineral, then relation.',
  argHelp: [['<country>', 'an ISO code (KZ, KAZ, 398) or an English name (Kazakhstan, "S. Korea")']],
  options: [
    RELATION_OPTION,
    LANG_OPTION,
    JSON_OPTION,
  ],
  examples: ['critical-minerals minerals kazakhstan', 'critical-minerals minerals KZ --relation reserves --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const code = countryArg(context.args[0]!);
    const links = mineralsOf(code, linkOptions(context.options['relation']));
    if (context.options['json']) return context.printJson(links);
    if (links.length === 0) return context.print(`No minerals or commodities tied to ${countryLabel(code, lang)}.\n`);
    context.print(`${context.style.bold(`Minerals and commodities tied to ${countryLabel(code, lang)}`)}: ${plural(links.length, 'tie')}\n\n`);
    context.printTable(
      [{ header: 'MINERAL', style: context.style.cyan }, { header: 'RELATION' }, { header: 'VIA' }],
      links.map((link) => [link.mineral, link.relation, link.via]),
    );
  },
};
