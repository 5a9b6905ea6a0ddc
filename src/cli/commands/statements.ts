/**
 * `critical-minerals statements <person>`.
 *
 * @module
 */
import { statementsBy } from '../../index.js';
import { dateText, JSON_OPTION, plural, type Command } from '../command.js';
import { LANG_OPTION, langOption, nameIn, personArg } from './names.js';

/** What a person said. */
export const statementsCommand: Command = {
  name: 'statements',
  args: '<person>',
  min: 1,
  max: 1,
  summary: 'what a person said, quoted or reported',
  description:
    'What a person said, by date then id: `direct` is the words inside quotation marks, `reported` the text’s ' +
    'report of them.',
  argHelp: [['<person>', 'a person id (kassym-jomart-tokayev), full name or family name (Tokayev)']],
  options: [LANG_OPTION, JSON_OPTION],
  examples: ['critical-minerals statements tokayev', 'critical-minerals statements yoon-suk-yeol --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const person = personArg(context.args[0]!);
    const found = statementsBy(person);
    if (context.options['json']) return context.printJson(found);
    const who = nameIn(person, lang);
    if (found.length === 0) return context.print(`No statements by ${who}.\n`);
    context.print(`${context.style.bold(`${plural(found.length, 'statement')} by ${who}`)}\n\n`);
    context.printTable(
      [{ header: 'DATE' }, { header: 'MODE' }, { header: 'ID', style: context.style.cyan }, { header: 'TEXT' }],
      found.map((s) => [dateText(s.date), s.mode, s.id, s.text]),
    );
  },
};
