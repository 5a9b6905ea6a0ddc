/**
 * `critical-minerals changes`.
 *
 * @module
 */
import { get } from '../../index.js';
import type { DataChanges, FieldChange, RecordChange } from '../../changes/diff.js';
import { nearest } from '../../suggest.js';
import { JSON_OPTION, plural, type Command, type CommandContext } from '../command.js';
import { UsageError } from '../usage-error.js';
import { recordIdArg } from './show.js';

const MAX = 40;
const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? '';
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
};

/** `"a" → "b"`, `added: […]`, `removed`: the change in a table cell. */
function changeText(field: FieldChange): string {
  if (field.change === 'added') return `added ${short(field.new)}`;
  if (field.change === 'removed') return `removed (was ${short(field.old)})`;
  if (field.path === 'evidence') return `${(field.old as unknown[]).length} → ${(field.new as unknown[]).length} quotes`;
  return `${short(field.old)} → ${short(field.new)}`;
}

/** The diff since `since` (the latest earlier release by default), or a usage error naming the releases there are. */
function diffSince(context: CommandContext): DataChanges {
  const load = context.io.changes;
  if (load === undefined) throw new Error('No data changes to read: run the built package (npm run build writes dist/data/changes.json).');
  const all = load();
  const since = context.options['since'];
  const releases = all.map((c) => c.from);
  if (all.length === 0) throw new Error(`No earlier release to compare ${context.io.version} with.`);
  if (typeof since !== 'string') return all.at(-1)!;
  const found = all.find((c) => c.from === since);
  if (found) return found;
  const near = nearest(since, releases.map((r) => ({ value: r, label: r, names: [r] })), 1);
  throw new UsageError(
    `No release ${JSON.stringify(since)} to compare with: releases before ${context.io.version} are ${releases.join(', ')}.` +
      (near[0] ? ` Did you mean ${near[0].value}?` : ''),
    'changes',
  );
}

/** What changed in the data since an earlier release. */
export const changesCommand: Command = {
  name: 'changes',
  args: '[id]',
  min: 0,
  max: 1,
  summary: 'what changed in the data since an earlier release',
  description:
    'Every record added, removed or changed since a release (the one before this version by default), and for each ' +
    'changed record each changed field: old value, new value, and what the change means for the version number ' +
    '(patch, minor or major, by the versioning policy in the README). With an id, only that record; an id that ' +
    'names nothing, or was removed before that release, gets the usual error. --json adds each new value\'s provenance.',
  argHelp: [['id', 'a record id: only its changes']],
  options: [{ name: 'since', value: 'VERSION', description: 'the release to compare with, such as 0.1.0' }, JSON_OPTION],
  examples: ['critical-minerals changes', 'critical-minerals changes kr-kz-critical-minerals-supply-chain-mou --since 0.1.0', 'critical-minerals changes --since 0.1.0 --json'],
  run(context) {
    const changes = diffSince(context);
    let records: readonly RecordChange[] = changes.records;
    const [input] = context.args;
    if (input !== undefined) {
      const id = recordIdArg(input);
      records = records.filter((r) => r.id === id);
      // A record that did not change is still a record: get() throws for one that is not (unknown, or removed).
      if (records.length === 0) get(id);
    }
    if (context.options['json']) return context.printJson(input === undefined ? changes : { ...changes, records });
    const { summary } = changes;
    const head =
      input === undefined
        ? `${changes.from} → ${changes.to}: ${summary.recordsAdded} added, ${summary.recordsRemoved} removed, ${plural(summary.recordsChanged, 'record')} changed; ` +
          `${plural(summary.fieldsChanged, 'field change')} (${summary.levels.major} major, ${summary.levels.minor} minor, ${summary.levels.patch} patch)`
        : `${input} since ${changes.from}: ${records.length === 0 ? 'no change' : `${records[0]!.change}, ${records[0]!.level}`}`;
    context.print(`${context.style.bold(head)}\n`);
    if (records.length === 0) return;
    context.print('\n');
    context.printTable(
      [{ header: 'LEVEL' }, { header: 'RECORD', style: context.style.cyan }, { header: 'FIELD' }, { header: 'CHANGE' }, { header: 'WHY' }],
      records.flatMap((record) =>
        record.change === 'changed'
          ? record.fields.map((field) => [field.level, record.id, field.path, changeText(field), field.reason])
          : [[record.level, record.id, '', `record ${record.change}`, record.replacedBy ? `replaced by ${record.replacedBy}` : '']],
      ),
    );
  },
};
