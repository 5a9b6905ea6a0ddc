/**
 * `critical-minerals agreements <a> [b]`.
 *
 * @module
 */
import { agreementsBetween, agreementsOf } from '../../index.js';
import { dateText, JSON_OPTION, plural, type Command } from '../command.js';
import { agreementOptions, countryArg, countryLabel, LANG_OPTION, langOption, nameIn, TYPE_OPTION } from './names.js';

/** The agreements of one country, or between two. */
export const agreementsCommand: Command = {
  name: 'agreements',
  args: '<a> [b]',
  min: 1,
  max: 2,
  summary: 'agreements of a country, or between two',
  description:
    'With one country, the agreements it is party to; with two, the agreements both are parties to (in either order). ' +
    'A country an agreement is only about, such as North Korea, is not a party. Ordered by date, then id.',
  argHelp: [
    ['<a>', 'a country: an ISO code (KR, KOR, 410) or an English name ("South Korea", "S. Korea")'],
    ['[b]', 'a second country'],
  ],
  options: [
    TYPE_OPTION,
    LANG_OPTION,
    JSON_OPTION,
  ],
  examples: ['critical-minerals agreements KR KZ', 'critical-minerals agreements "S. Korea" kazakhstan --type mou --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const a = countryArg(context.args[0]!);
    const b = context.args[1] === undefined ? null : countryArg(context.args[1]);
    const options = agreementOptions(context.options['type']);
    const who = b === null ? `of ${countryLabel(a, lang)}` : `between ${countryLabel(a, lang)} and ${countryLabel(b, lang)}`;
    const found = b === null ? agreementsOf(a, options) : agreementsBetween(a, b, options);
    if (context.options['json']) return context.printJson(found);
    if (found.length === 0) return context.print(`No agreements ${who}.\n`);
    context.print(`${context.style.bold(`${plural(found.length, 'agreement')} ${who}`)}\n\n`);
    const columns = [
      { header: 'DATE' },
      { header: 'TYPE' },
      ...(b === null ? [{ header: 'WITH' }] : []),
      { header: 'ID', style: context.style.cyan },
      { header: 'NAME' },
    ];
    context.printTable(
      columns,
      found.map((agreement) => [
        dateText(agreement.date),
        agreement.type,
        ...(b === null ? [agreement.parties.filter((p) => p !== a).join(', ')] : []),
        agreement.id,
        nameIn(agreement.id, lang),
      ]),
    );
  },
};
