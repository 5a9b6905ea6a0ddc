/**
 * `critical-minerals timeline`.
 *
 * @module
 */
import { eventsBetween, timeline, type NamedId } from '../../index.js';
import { LANG_OPTION, langOption, nameIn } from './names.js';
import { dateText, JSON_OPTION, plural, type Command } from '../command.js';
import { UsageError } from '../usage-error.js';

/** The events and agreements in date order. */
export const timelineCommand: Command = {
  name: 'timeline',
  args: '',
  min: 0,
  max: 0,
  summary: 'events and agreements in date order',
  description:
    'Every dated event and agreement, by date then id; a year-precision date (2019) sorts at its first day. ' +
    'With --from or --to, only those whose date overlaps the range (both ends included).',
  argHelp: [],
  options: [
    { name: 'from', value: 'DATE', description: 'start of the range: YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'to', value: 'DATE', description: 'end of the range: YYYY, YYYY-MM or YYYY-MM-DD' },
    { name: 'undated', description: 'add the undated events and agreements at the end' },
    LANG_OPTION,
    JSON_OPTION,
  ],
  examples: ['critical-minerals timeline', 'critical-minerals timeline --from 2024-06 --to 2024-06 --json'],
  run(context) {
    const lang = langOption(context.options['lang']);
    const from = context.options['from'];
    const to = context.options['to'];
    const ranged = from !== undefined || to !== undefined;
    if (ranged && context.options['undated']) {
      throw new UsageError('--undated cannot be used with --from or --to: an undated record is in no range.', 'timeline');
    }
    const entries = ranged
      ? eventsBetween(typeof from === 'string' ? from : '0001', typeof to === 'string' ? to : '9999')
      : timeline({ includeUndated: context.options['undated'] === true });
    if (context.options['json']) return context.printJson(entries);
    const range = ranged ? ` from ${typeof from === 'string' ? from : 'the start'} to ${typeof to === 'string' ? to : 'the end'}` : '';
    if (entries.length === 0) return context.print(`No events or agreements${range}.\n`);
    context.print(`${context.style.bold(`${plural(entries.length, 'event or agreement', 'events and agreements')}${range}`)}\n\n`);
    context.printTable(
      [{ header: 'DATE' }, { header: 'KIND' }, { header: 'ID', style: context.style.cyan }, { header: 'NAME' }],
      entries.map((entry) => [dateText(entry.date), entry.kind, entry.id, nameIn(entry.id as NamedId, lang)]),
    );
  },
};
