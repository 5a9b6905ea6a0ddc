/**
 * `critical-minerals partners <country>`.
 *
 * @module
 */
import { partnersOf } from '../../index.js';
import { JSON_OPTION, plural, type Command } from '../command.js';
import { countryArg, countryLabel, LANG_OPTION, langOption, nameIn } from './names.js';

/** The countries that share an agreement with a country. */
export const partnersCommand: Command = {
  name: 'partners',
  args: '<country>',
  min: 1,
  max: 1,
  summary: 'countries sharing an agreement with a country',
  description:
    'The countries that are parties to at least one agreement with the country, by code, each with how many ' +
    'agreements they share and which. A country an agreement is only about is not a partner.',
  argHelp: [['<country>', 'an ISO code (KZ, KAZ, 398) or an English name (Kazakhstan, "S. Korea")']],
  options: [LANG_OPTION, JSON_OPTION],
  examples: ['critical-minerals partners KR', 'critical-minerals partners kazakhstan --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const code = countryArg(context.args[0]!);
    const partners = partnersOf(code);
    if (context.options['json']) return context.printJson(partners);
    if (partners.length === 0) return context.print(`No partners of ${countryLabel(code, lang)}.\n`);
    context.print(`${context.style.bold(`${plural(partners.length, 'partner')} of ${countryLabel(code, lang)}`)}\n\n`);
    context.printTable(
      [{ header: 'COUNTRY', style: context.style.cyan }, { header: 'NAME' }, { header: 'SHARED' }, { header: 'AGREEMENTS' }],
      partners.map((p) => [p.country, nameIn(p.country, lang), String(p.agreements.length), p.agreements.map((a) => a.id).join(', ')]),
    );
  },
};
