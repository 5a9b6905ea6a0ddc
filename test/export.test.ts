import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataset, DATASET_KEYS, InvalidArgumentError, RECORD_KINDS, sources, type AnyRecord, type RecordKind } from '../src/index.js';
import {
  CONTEXT_LENGTH,
  csvCell,
  exportFiles,
  parseExportFormat,
  parseRecordKind,
  recordUrn,
  toAnnotations,
  toCsv,
  toCsvEvidence,
  toCsvLinks,
  toJson,
  toJsonLd,
  toNdjson,
  type AnyDataset,
} from '../src/export/index.js';

/** A CSV cell as read back: its text, and whether it was quoted (so `""` differs from an empty cell). */
interface Cell {
  value: string;
  quoted: boolean;
}

/**
 * The CSV read back with csv-parse, strictly: rows end in CRLF, a quote mark outside quotes and a row of another
 * length are errors. Each cell keeps whether it was quoted.
 */
function parseCsv(text: string): Cell[][] {
  return parse(text, {
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    cast: (value, context) => ({ value, quoted: context.quoting }),
  }) as unknown as Cell[][];
}

/** A cell read back as the value it stands for, reading it as the module documents (JSON for lists and objects). */
function readCell(cell: Cell, like: unknown): unknown {
  if (!cell.quoted && cell.value === '') return null;
  if (typeof like === 'number') return Number(cell.value);
  if (typeof like === 'boolean') return cell.value === 'true' ? true : cell.value === 'false' ? false : cell.value;
  if (like !== null && typeof like === 'object') return JSON.parse(cell.value);
  return cell.value;
}

/** Every record of a kind, as the dataset holds them. */
function recordsOf(kind: RecordKind): AnyRecord[] {
  return Object.values(dataset[DATASET_KEYS[kind]]) as AnyRecord[];
}

const source = sources['2024-06-12-kr-kz-critical-minerals'];

/** A tiny dataset made to trip a serializer: astral characters before a quote, and cells that need quoting. */
function awkwardDataset(): AnyDataset {
  const text = '🌍🌍 Lithium, "rare" metals\r\nand café; end';
  const at = (quote: string) => {
    const start = text.indexOf(quote);
    return { source: 'awkward', start, end: start + quote.length, quote };
  };
  const empty = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));
  return {
    ...empty,
    sources: {
      awkward: {
        id: 'awkward',
        kind: 'source',
        title: 'A title, with a comma',
        published: { value: '2024', precision: 'year', basis: 'stated', note: null },
        language: 'en',
        publisher: null,
        url: null,
        sha256: '0'.repeat(64),
        text,
        evidence: [at('🌍🌍')],
        note: null,
      },
    },
    topics: {
      'quoted-topic': { id: 'quoted-topic', kind: 'topic', name: 'say "rare", twice', evidence: [at('"rare" metals\r\nand')], note: '' },
      'line-topic': { id: 'line-topic', kind: 'topic', name: 'two\nlines', evidence: [at('Lithium'), at('end')], note: null },
    },
  } as unknown as AnyDataset;
}

describe('tidy CSV: one value per cell', () => {
  it('no cell of any table starts with { or [ (no JSON in a cell)', () => {
    for (const file of exportFiles('csv')) {
      for (const row of parseCsv(file.contents)) for (const cell of row) expect(cell.value, file.name).not.toMatch(/^[[{]/);
    }
  });

  it('splits the supply-chain MOU’s date into value, precision, earliest, latest and basis columns', () => {
    const [header, ...rows] = parseCsv(toCsv('agreement'));
    const row = rows.find((r) => r[0]!.value === 'kr-kz-critical-minerals-supply-chain-mou')!;
    const cell = (name: string) => row[header!.findIndex((c) => c.value === name)]?.value;
    const date = dataset.agreements['kr-kz-critical-minerals-supply-chain-mou'].date!;
    expect([cell('date_value'), cell('date_precision'), cell('date_earliest'), cell('date_latest'), cell('date_basis')]).toEqual([
      date.value, date.precision, date.earliest, date.latest, 'derived',
    ]);
    expect(header!.map((c) => c.value)).not.toContain('date');
    expect(header!.map((c) => c.value)).not.toContain('parties');
  });

  it('keeps CAMEO codes as their digits, leading zero included', () => {
    const [header, ...rows] = parseCsv(toCsv('agreement'));
    expect(rows[0]![header!.findIndex((c) => c.value === 'cameo_code')]!.value).toBe('057');
  });

  it.each(RECORD_KINDS)('the %s link tables give back every list, in order', (kind) => {
    for (const file of toCsvLinks(kind)) {
      const field = file.name.slice(kind.length + 1, -'.csv'.length);
      const [header, ...rows] = parseCsv(file.contents);
      expect(header!.map((c) => c.value)).toEqual([kind, field, 'position']);
      for (const record of recordsOf(kind) as unknown as Record<string, unknown>[]) {
        const items = rows.filter((r) => r[0]!.value === record['id']).map((r) => [r[1]!.value, Number(r[2]!.value)]);
        const list = (record[field] ?? []) as unknown[];
        expect(items).toEqual(list.map((item, i) => [String(item), i]));
      }
    }
  });

  it('evidence.csv has a row per value and quote of every record’s provenance, and each quote stands at its offsets', () => {
    const [header, ...rows] = parseCsv(toCsvEvidence());
    expect(header!.map((c) => c.value)).toEqual(['record', 'field', 'basis', 'rule', 'source', 'start', 'end', 'quote']);
    const expected = RECORD_KINDS.flatMap((kind) =>
      recordsOf(kind).flatMap((record) =>
        Object.values(record.provenance as unknown as Record<string, { evidence?: number[] }>).map((p) => Math.max(1, p.evidence?.length ?? 0)),
      ),
    ).reduce((a, b) => a + b, 0);
    expect(rows).toHaveLength(expected);
    for (const row of rows.filter((r) => r[4]!.value !== '')) {
      const [source, start, end, quote] = row.slice(4).map((c) => c.value);
      expect(dataset.sources[source as keyof typeof dataset.sources].text.slice(Number(start), Number(end))).toBe(quote!.replace(/^'(?=[=+\-@\t\r])/, ''));
    }
  });
});

describe('CSV with JSON cells (jsonCells)', () => {
  it.each(RECORD_KINDS)('the %s table reads back to exactly the records', (kind) => {
    const records = recordsOf(kind);
    const rows = parseCsv(toCsv(kind, undefined, { jsonCells: true }));
    const [header, ...body] = rows;
    expect(header!.map((c) => c.value)).toEqual(Object.keys(records[0]!));
    expect(body).toHaveLength(records.length);
    body.forEach((row, i) => {
      const record = records[i] as unknown as Record<string, unknown>;
      expect(row).toHaveLength(header!.length);
      const read = Object.fromEntries(header!.map((column, j) => [column.value, readCell(row[j]!, record[column.value])]));
      expect(read).toEqual(record);
    });
  });

  it('ends every row with CRLF and quotes only the cells that need it', () => {
    const text = toCsv('agreement');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    for (const row of parseCsv(text)) {
      for (const cell of row) if (!cell.quoted) expect(cell.value).not.toMatch(/[",\r\n]/);
    }
  });

  it('with jsonCells, writes lists and dates as JSON, and null as an empty cell', () => {
    const [header, first] = parseCsv(toCsv('agreement', undefined, { jsonCells: true }));
    const column = (name: string) => first![header!.findIndex((c) => c.value === name)]!;
    expect(column('parties')).toEqual({ value: '["KR","KZ"]', quoted: true });
    expect(JSON.parse(column('date').value)).toEqual(dataset.agreements['kr-kz-critical-minerals-supply-chain-mou'].date);
    const lithium = parseCsv(toCsv('agreement', undefined, { jsonCells: true })).find((row) => row[0]!.value === 'kr-kz-lithium-mou')!;
    expect(lithium[header!.findIndex((c) => c.value === 'count')]).toEqual({ value: '', quoted: false });
    expect(lithium[header!.findIndex((c) => c.value === 'signedBy')]).toEqual({ value: '', quoted: false });
  });

  it('round-trips commas, quote marks, CR, LF, an empty string and astral characters', () => {
    const data = awkwardDataset();
    for (const kind of ['source', 'topic'] as const) {
      const records = Object.values(data[DATASET_KEYS[kind]] as Record<string, AnyRecord>);
      const [header, ...body] = parseCsv(toCsv(kind, data, { jsonCells: true }));
      body.forEach((row, i) => {
        const record = records[i] as unknown as Record<string, unknown>;
        expect(Object.fromEntries(header!.map((c, j) => [c.value, readCell(row[j]!, record[c.value])]))).toEqual(record);
      });
    }
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('gives an empty string for a kind with no records, and refuses an unknown kind', () => {
    expect(toCsv('agreement', awkwardDataset())).toBe('');
    expect(() => toCsv('agreemnt' as never)).toThrow(/Invalid kind "agreemnt".*Did you mean "agreement"\?/);
    expect(() => toCsv(undefined as never)).toThrow(InvalidArgumentError);
  });
});

describe('JSON', () => {
  it.each(RECORD_KINDS)('the %s file is the dataset map’s values, in order', (kind) => {
    expect(JSON.parse(toJson(kind))).toEqual(recordsOf(kind));
  });

  it('names a kind by its dataset key too', () => {
    expect(toJson('people')).toBe(toJson('person'));
  });

  it('without a kind, is the whole dataset keyed by kind and id', () => {
    expect(JSON.parse(toJson())).toEqual(dataset);
  });
});

describe('NDJSON', () => {
  it('has one line per record, each parsing to that record, kinds in RECORD_KINDS order', () => {
    const text = toNdjson();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    const all = RECORD_KINDS.flatMap(recordsOf);
    expect(lines).toHaveLength(all.length);
    lines.forEach((line, i) => expect(JSON.parse(line)).toEqual(all[i]));
  });

  it('with a kind, holds only that kind', () => {
    const lines = toNdjson('statement').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(recordsOf('statement'));
  });
});

describe('Web Annotation JSON-LD', () => {
  const doc = JSON.parse(toJsonLd());
  const items = doc.first.items as ReturnType<typeof toAnnotations>['first']['items'];
  /** Each source's text as code points: JSON-LD selectors count code points, not UTF-16 units. */
  const codePointsOf = new Map(Object.values(sources).map((s) => [`urn:critical-minerals:source:${s.id}`, [...s.text]]));
  const textOf = (item: (typeof items)[number]) => codePointsOf.get(item.target.source)!;

  it('is an AnnotationCollection in the W3C context with one annotation per evidence quote', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.type).toBe('AnnotationPage');
    const quotes = RECORD_KINDS.flatMap(recordsOf).flatMap((r) => r.evidence.map((e) => ({ record: r, e })));
    expect(doc.total).toBe(quotes.length);
    expect(items).toHaveLength(quotes.length);
    items.forEach((item, i) => {
      expect(item.type).toBe('Annotation');
      expect(item.body).toBe(recordUrn(quotes[i]!.record.kind, quotes[i]!.record.id));
      expect(item.target.source).toBe(`urn:critical-minerals:source:${quotes[i]!.e.source}`);
      expect(item.target.selector[0].exact).toBe(quotes[i]!.e.quote);
    });
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('has TextPositionSelectors that slice the source text to the exact quote', () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(position.type).toBe('TextPositionSelector');
      expect(textOf(item).slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('has prefixes and suffixes that are the 32 characters around the quote', () => {
    for (const item of items) {
      const [quote, position] = item.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      const codePoints = textOf(item);
      const before = codePoints.slice(Math.max(0, position.start - CONTEXT_LENGTH), position.start).join('');
      const after = codePoints.slice(position.end, position.end + CONTEXT_LENGTH).join('');
      expect(quote.prefix ?? '').toBe(before);
      expect(quote.suffix ?? '').toBe(after);
      expect(codePoints.join('').includes(`${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`)).toBe(true);
    }
    const title = items.find((item) => item.target.selector[1].start === 0)!;
    expect(title.target.selector[0]).not.toHaveProperty('prefix');
  });

  it('counts positions in code points, not UTF-16 units, after an astral character', () => {
    const data = awkwardDataset();
    const text = (data.sources as Record<string, { text: string }>)['awkward']!.text;
    const annotations = toAnnotations(null, data).first.items;
    const lithium = annotations.find((a) => a.target.selector[0].exact === 'Lithium')!;
    expect(lithium.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 3, end: 10 });
    expect(text.indexOf('Lithium')).toBe(5);
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    expect(annotations.find((a) => a.target.selector[0].exact === 'end')!.target.selector[0]).not.toHaveProperty('suffix');
  });

  it('with a kind, holds only the evidence of that kind’s records', () => {
    const people = toAnnotations('person').first.items;
    expect(people.map((a) => a.body)).toEqual(
      recordsOf('person').flatMap((p) => p.evidence.map(() => `urn:critical-minerals:person:${p.id}`)),
    );
  });
});

describe('export files', () => {
  it('are one JSON per kind, tidy CSV tables (per kind, per list field, evidence), an NDJSON of everything and the evidence JSON-LD', () => {
    expect(exportFiles('json').map((f) => f.name)).toEqual(RECORD_KINDS.map((k) => `${k}.json`));
    expect(exportFiles('csv').map((f) => f.name)).toEqual([
      ...RECORD_KINDS.flatMap((k) => [`${k}.csv`, ...toCsvLinks(k).map((f) => f.name)]),
      'evidence.csv',
    ]);
    expect(exportFiles('csv', null, undefined, { jsonCells: true }).map((f) => f.name)).toEqual(RECORD_KINDS.map((k) => `${k}.csv`));
    expect(exportFiles('ndjson')).toEqual([{ name: 'dataset.ndjson', contents: toNdjson() }]);
    expect(exportFiles('jsonld')).toEqual([{ name: 'evidence.jsonld', contents: toJsonLd() }]);
    expect(exportFiles('csv', 'agreements')).toEqual([
      { name: 'agreement.csv', contents: toCsv('agreement') },
      ...toCsvLinks('agreement'),
      { name: 'agreement.evidence.csv', contents: toCsvEvidence('agreement') },
    ]);
  });

  it('are the same every time', () => {
    expect(exportFiles('jsonld')).toEqual(exportFiles('jsonld'));
    expect(exportFiles('csv')).toEqual(exportFiles('csv'));
  });

  it('name formats and kinds forgivingly and refuse the rest with a suggestion', () => {
    expect(parseExportFormat('CSV')).toBe('csv');
    expect(parseExportFormat('jsonl')).toBe('ndjson');
    expect(parseExportFormat('json-ld')).toBe('jsonld');
    expect(() => parseExportFormat('cvs')).toThrow(/Did you mean "csv"\?/);
    expect(parseRecordKind('People')).toBe('person');
    expect(() => parseRecordKind(7)).toThrow(InvalidArgumentError);
  });
});

describe('parseRecordKind reads a kind as a person types it', () => {
  it('trims and folds case, and takes the plural (the dataset key) too', () => {
    expect(parseRecordKind(' Agreements ')).toBe('agreement');
    expect(parseRecordKind('EVENT')).toBe('event');
  });

  it('says what it expected, word for word, with the nearest kind where one is near', () => {
    const kinds = 'source, country, region, place, person, organization, mineral, topic, resource, agreement, event, statement, figure, initiative';
    expect(() => parseRecordKind('agreemnt')).toThrow(`Invalid kind "agreemnt": expected a record kind, one of ${kinds}. Did you mean "agreement"?`);
    expect(() => parseRecordKind(3)).toThrow(new RegExp(`^Invalid kind the number 3: expected a record kind, one of ${kinds}\\.$`));
    expect(() => parseRecordKind('x')).toThrow(expect.objectContaining({ parameter: 'kind', input: 'x' }));
  });
});
