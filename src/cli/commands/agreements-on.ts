/**
 * `critical-minerals agreements-on <mineral-or-topic>`.
 *
 * @module
 */
import { agreementsOn } from '../../index.js';
import { dateText, JSON_OPTION, plural, type Command } from '../command.js';
import { agreementOptions, LANG_OPTION, langOption, mineralOrTopicArg, nameIn, TYPE_OPTION } from './names.js';

/** The agreements that name a mineral or a topic. */
export const agreementsOnCommand: Command = {
  name: 'agreements-on',
  args: '<mineral-or-topic>',
  min: 1,
  max: 1,
  summary: 'agreements on a mineral or a topic',
  description: 'The agreements that name a mineral (lithium) or a topic (renewable-energy), by date then id.',
  argHelp: [['<mineral-or-topic>', 'a mineral id, name or symbol (lithium, Li), or a topic id or name (renewable-energy)']],
  options: [
    TYPE_OPTION,
    LANG_OPTION,
    JSON_OPTION,
  ],
  examples: ['critical-minerals agreements-on lithium', 'critical-minerals agreements-on renewable-energy --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const subject = mineralOrTopicArg(context.args[0]!);
    const found = agreementsOn(subject, agreementOptions(context.options['type']));
    if (context.options['json']) return context.printJson(found);
    const about = nameIn(subject, lang);
    if (found.length === 0) return context.print(`No agreements on ${about}.\n`);
    context.print(`${context.style.bold(`${plural(found.length, 'agreement')} on ${about}`)}\n\n`);
    context.printTable(
      [{ header: 'DATE' }, { header: 'TYPE' }, { header: 'PARTIES' }, { header: 'ID', style: context.style.cyan }, { header: 'NAME' }],
      found.map((a) => [dateText(a.date), a.type, a.parties.join(', '), a.id, nameIn(a.id, lang)]),
    );
  },
};
