/**
 * The zod record schemas, pinned rule by rule: for every refinement, pattern, enum, bound and strict object, the
 * smallest invalid variant of a valid value and the exact issues zod reports for it (path, message, code), and the
 * boundary values that must still pass (a leap day, day 31, `earliest === latest`, a derived basis with its rule).
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { RECORD_KINDS } from '../src/vocabulary.js';
import { markedFields } from '../src/schema/id-fields.js';
import {
  AgreementSchema,
  AnyRecordSchema,
  CameoSchema,
  ClaimRefSchema,
  CountryIdSchema,
  CountrySchema,
  EventSchema,
  EvidenceSchema,
  FigureSchema,
  InitiativeSchema,
  MineralSchema,
  OfficeSchema,
  OrganizationSchema,
  PartialDateSchema,
  PersonSchema,
  PlaceSchema,
  PloverSchema,
  ProvenanceRefSchema,
  QuantitySchema,
  RecordIdSchema,
  RecordSchemas,
  RegionSchema,
  ResourceSchema,
  SlugIdSchema,
  SourceSchema,
  StatementSchema,
  TopicSchema,
} from '../src/schema/index.js';

/** Every issue zod reports for `value`, as `path: message (code)`; `[]` when it parses. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (${i.code})`);
}

const quote = { source: 'seed', start: 0, end: 5, quote: 'Seoul' };
const common = { evidence: [quote], provenance: {}, note: null };
const day = (value: string) => ({ value, precision: 'day', earliest: value, latest: value });
const cameo = { code: '057', label: 'Sign formal agreement' };
const plover = { category: 'SUPPORT', mode: null };

/** One small valid record of every kind. */
const VALID = {
  source: {
    id: 'seed', kind: 'source', title: 'T', published: day('2024-06-12'), language: 'en', publisher: null,
    url: 'https://example.com/a', timeZone: 'Asia/Seoul', retrieved: '2026-11-28', excerpt: false, rights: 'R',
    sha256: 'a'.repeat(64), text: 'Seoul', ...common,
  },
  country: {
    id: 'KZ', kind: 'country', name: 'Kazakhstan', officialName: null, alpha2: 'KZ', alpha3: 'KAZ', numeric: '398',
    historical: false, aliases: [], demonyms: ['Kazakh'], wikidata: 'Q232', ...common,
  },
  region: { id: 'central-asia', kind: 'region', name: 'Central Asia', m49: '143', m49Members: ['KZ'], wikidata: null, ...common },
  place: { id: 'astana', kind: 'place', name: 'Astana', country: 'KZ', capitalOf: 'KZ', standsFor: null, wikidata: null, ...common },
  person: {
    id: 'yoon', kind: 'person', name: 'Yoon Suk Yeol', familyName: 'Yoon',
    office: { title: 'President', country: 'KR', asOf: '2024-06-12' }, wikidata: null, ...common,
  },
  organization: {
    id: 'banks', kind: 'organization', name: 'banks', named: false, type: 'financial-institutions', country: null,
    industry: null, ...common,
  },
  mineral: {
    id: 'lithium', kind: 'mineral', name: 'lithium', category: 'element', symbol: 'Li', atomicNumber: 3, elements: [],
    aliases: [], wikidata: null, ...common,
  },
  topic: { id: 'energy', kind: 'topic', name: 'energy', ...common },
  resource: { id: 'kz-oil', kind: 'resource', country: 'KZ', mineral: 'oil', relation: 'production', extent: null, ...common },
  agreement: {
    id: 'mou', kind: 'agreement', name: 'MOU', type: 'mou', count: { value: 1, comparator: 'eq' }, parties: ['KR', 'KZ'],
    signedBy: null, agreedBy: ['yoon'], reportedBy: null, subjects: [], topics: [], stages: ['mining'], minerals: [],
    date: day('2024-06-12'), place: null, event: null, cameo, plover, ...common,
  },
  event: {
    id: 'summit', kind: 'event', name: 'Summit', type: 'summit', status: 'occurred', statusAsOf: '2024-06-12',
    date: null, place: null, actors: [], recipients: [], subjects: [], topics: [], partOf: null, after: [], before: [],
    outcome: null, cameo: { code: '040', label: 'Consult' }, plover: { category: 'CONSULT', mode: null }, ...common,
  },
  statement: {
    id: 'said', kind: 'statement', speaker: 'yoon', mode: 'direct', text: 'Hi', occasion: null, date: null, subjects: [],
    topics: [], cameo: null, ...common,
  },
  figure: {
    id: 'firms', kind: 'figure', label: 'firms', type: 'count', value: 700, comparator: 'gt', unit: 'companies', items: [],
    about: ['KZ'], reportedBy: null, ...common,
  },
  initiative: {
    id: 'k-silk-road', kind: 'initiative', name: 'K-Silk Road', type: 'strategy', owner: 'KR', region: null, aim: null,
    supporters: [], announcedAt: null, events: [], ...common,
  },
} as const;

/** The issues of each labelled value, by label. */
function table(schema: z.ZodType, rows: readonly (readonly [string, unknown])[]): Record<string, string[]> {
  return byLabel(rows.map(([label, value]) => [label, issues(schema, value)]));
}

/** The rows as an object; a label used twice would hide a row, so it throws. */
function byLabel(rows: readonly (readonly [string, string[]])[]): Record<string, string[]> {
  const out = Object.fromEntries(rows);
  if (Object.keys(out).length !== rows.length) throw new Error('a label is used twice');
  return out;
}

/** `VALID[kind]` with `changes` applied (a key set to `undefined` is removed). */
function variant(kind: keyof typeof VALID, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...VALID[kind], ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete out[key];
  return out;
}

describe('every record schema accepts its small valid record', () => {
  it.each(RECORD_KINDS)('%s: by its own schema and by AnyRecordSchema, with the data unchanged', (kind) => {
    const record = VALID[kind];
    expect(issues(RecordSchemas[kind], record)).toEqual([]);
    expect(AnyRecordSchema.parse(record)).toEqual(record);
  });
  it('RecordSchemas lists one schema per kind, in RECORD_KINDS order, each accepting only its own kind', () => {
    expect(Object.keys(RecordSchemas)).toEqual([...RECORD_KINDS]);
    for (const kind of RECORD_KINDS) {
      const other = kind === 'topic' ? 'source' : 'topic';
      expect(issues(RecordSchemas[kind], { ...VALID[kind], kind: other })).toEqual([`kind: Invalid input: expected "${kind}" (invalid_value)`]);
    }
  });
  it('AnyRecordSchema names the kinds it knows when the kind is unknown', () => {
    expect(issues(AnyRecordSchema, { ...VALID.topic, kind: 'planet' })).toMatchInlineSnapshot(`
      [
        "kind: Invalid discriminator value. Expected 'source' | 'country' | 'region' | 'place' | 'person' | 'organization' | 'mineral' | 'topic' | 'resource' | 'agreement' | 'event' | 'statement' | 'figure' | 'initiative' (invalid_union)",
      ]
    `);
  });
  it('every record schema is strict: an unknown key is an issue', () => {
    for (const kind of RECORD_KINDS) {
      expect(issues(RecordSchemas[kind], { ...VALID[kind], extra: 1 }), kind).toEqual([': Unrecognized key: "extra" (unrecognized_keys)']);
    }
  });
  it('every record needs at least one evidence quote, an evidence array, a provenance map and a note or null', () => {
    for (const kind of RECORD_KINDS) {
      expect(issues(RecordSchemas[kind], { ...VALID[kind], evidence: [] }), kind).toEqual([
        'evidence: every record needs at least one evidence quote (too_small)',
      ]);
      expect(issues(RecordSchemas[kind], { ...VALID[kind], note: '' }), kind).toEqual([
        'note: Too small: expected string to have >=1 characters (too_small)',
      ]);
      expect(issues(RecordSchemas[kind], { ...VALID[kind], note: 'why' }), kind).toEqual([]);
      expect(issues(RecordSchemas[kind], { ...VALID[kind], provenance: { x: { basis: 'stated', evidence: [0] } } }), kind).toEqual([]);
    }
  });
});

describe('the id-shaped fields each record schema marks', () => {
  it('names, for every kind, each reference field with the kinds it may name, and each code field that is no reference', () => {
    const marks = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, Object.fromEntries(markedFields(RecordSchemas[kind]))]));
    expect(marks).toMatchInlineSnapshot(`
      {
        "agreement": {
          "agreedBy": {
            "references": [
              "country",
              "person",
              "organization",
            ],
          },
          "event": {
            "references": [
              "event",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "minerals": {
            "references": [
              "mineral",
            ],
          },
          "parties": {
            "references": [
              "country",
            ],
          },
          "place": {
            "references": [
              "place",
            ],
          },
          "reportedBy": {
            "references": [
              "person",
            ],
          },
          "signedBy": {
            "references": [
              "country",
              "person",
              "organization",
            ],
          },
          "subjects": {
            "references": [
              "country",
              "person",
              "organization",
              "region",
              "mineral",
              "topic",
              "initiative",
            ],
          },
          "topics": {
            "references": [
              "topic",
            ],
          },
        },
        "country": {
          "alpha2": {
            "notReference": "the ISO code itself, equal to id",
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
        },
        "event": {
          "actors": {
            "references": [
              "country",
              "person",
              "organization",
            ],
          },
          "after": {
            "references": [
              "event",
            ],
          },
          "before": {
            "references": [
              "event",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "partOf": {
            "references": [
              "event",
            ],
          },
          "place": {
            "references": [
              "place",
            ],
          },
          "recipients": {
            "references": [
              "country",
              "person",
              "organization",
            ],
          },
          "subjects": {
            "references": [
              "country",
              "person",
              "organization",
              "region",
              "mineral",
              "topic",
              "initiative",
            ],
          },
          "topics": {
            "references": [
              "topic",
            ],
          },
        },
        "figure": {
          "about": {
            "references": [
              "source",
              "country",
              "region",
              "place",
              "person",
              "organization",
              "mineral",
              "topic",
              "resource",
              "agreement",
              "event",
              "statement",
              "figure",
              "initiative",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "items": {
            "references": [
              "topic",
            ],
          },
          "reportedBy": {
            "references": [
              "person",
            ],
          },
        },
        "initiative": {
          "announcedAt": {
            "references": [
              "event",
            ],
          },
          "events": {
            "references": [
              "event",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "owner": {
            "references": [
              "country",
            ],
          },
          "region": {
            "references": [
              "region",
            ],
          },
          "supporters": {
            "references": [
              "country",
              "person",
              "organization",
            ],
          },
        },
        "mineral": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
        },
        "organization": {
          "country": {
            "references": [
              "country",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
        },
        "person": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "office.country": {
            "references": [
              "country",
            ],
          },
        },
        "place": {
          "capitalOf": {
            "references": [
              "country",
            ],
          },
          "country": {
            "references": [
              "country",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "standsFor": {
            "references": [
              "country",
            ],
          },
        },
        "region": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "m49Members": {
            "notReference": "ISO codes of the M49 members, not limited to countries in the dataset",
          },
        },
        "resource": {
          "country": {
            "references": [
              "country",
            ],
          },
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "mineral": {
            "references": [
              "mineral",
            ],
          },
        },
        "source": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
        },
        "statement": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
          "occasion": {
            "references": [
              "event",
            ],
          },
          "speaker": {
            "references": [
              "person",
            ],
          },
          "subjects": {
            "references": [
              "country",
              "person",
              "organization",
              "region",
              "mineral",
              "topic",
              "initiative",
            ],
          },
          "topics": {
            "references": [
              "topic",
            ],
          },
        },
        "topic": {
          "evidence.source": {
            "references": [
              "source",
            ],
          },
        },
      }
    `);
  });
});

describe('id schemas', () => {
  it.each([
    ['astana', []],
    ['a', []],
    ['2024-06-12-kr-kz', []],
    ['a-b-c', []],
    ['Astana', ['slug']],
    ['', ['slug']],
    ['-astana', ['slug']],
    ['astana-', ['slug']],
    ['a--b', ['slug']],
    ['a b', ['slug']],
    ['astana!', ['slug']],
    ['!astana', ['slug']],
    ['a_b', ['slug']],
  ])('SlugIdSchema %j', (value, expected) => {
    expect(issues(SlugIdSchema, value)).toEqual(
      expected.length ? [': must be lower-case words joined by hyphens, like "astana" (invalid_format)'] : [],
    );
  });
  it.each([
    ['KZ', true],
    ['kz', false],
    ['K', false],
    ['KAZ', false],
    ['xKZ', false],
    ['KZx', false],
    ['', false],
  ])('CountryIdSchema %j', (value, ok) => {
    expect(issues(CountryIdSchema, value)).toEqual(ok ? [] : [': must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)']);
  });
  it('RecordIdSchema takes either shape and reports both when neither fits', () => {
    expect(issues(RecordIdSchema, 'KZ')).toEqual([]);
    expect(issues(RecordIdSchema, 'astana')).toEqual([]);
    expect(RecordIdSchema.safeParse('Kz').error?.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_union",
          "errors": [
            [
              {
                "code": "invalid_format",
                "format": "regex",
                "message": "must be an ISO 3166-1 alpha-2 code, like "KZ"",
                "origin": "string",
                "path": [],
                "pattern": "/^[A-Z]{2}$/",
              },
            ],
            [
              {
                "code": "invalid_format",
                "format": "regex",
                "message": "must be lower-case words joined by hyphens, like "astana"",
                "origin": "string",
                "path": [],
                "pattern": "/^[a-z0-9]+(?:-[a-z0-9]+)*$/",
              },
            ],
          ],
          "message": "Invalid input",
          "path": [],
        },
      ]
    `);
  });
});

describe('EvidenceSchema', () => {
  it('each case', () => {
    expect(table(EvidenceSchema, [
    ['valid', quote],
    ['start 0 and a one-character quote', { ...quote, end: 1, quote: 'S' }],
    ['start negative', { ...quote, start: -1, end: 4 }],
    ['start not an integer', { ...quote, start: 0.5, end: 5.5 }],
    ['end 0', { ...quote, end: 0, quote: 'x' }],
    ['empty quote', { ...quote, end: 0, quote: '' }],
    ['end - start differs from quote.length', { ...quote, end: 6 }],
    ['an unknown key', { ...quote, page: 1 }],
    ['a source that is no slug', { ...quote, source: 'KZ' }],
  ])).toMatchInlineSnapshot(`
    {
      "a source that is no slug": [
        "source: must be lower-case words joined by hyphens, like "astana" (invalid_format)",
      ],
      "an unknown key": [
        ": Unrecognized key: "page" (unrecognized_keys)",
      ],
      "empty quote": [
        "end: Too small: expected number to be >0 (too_small)",
        "quote: Too small: expected string to have >=1 characters (too_small)",
      ],
      "end - start differs from quote.length": [
        "end: end - start must equal quote.length (custom)",
      ],
      "end 0": [
        "end: Too small: expected number to be >0 (too_small)",
        "end: end - start must equal quote.length (custom)",
      ],
      "start 0 and a one-character quote": [],
      "start negative": [
        "start: Too small: expected number to be >=0 (too_small)",
      ],
      "start not an integer": [
        "start: Invalid input: expected int, received number (invalid_type)",
        "end: Invalid input: expected int, received number (invalid_type)",
      ],
      "valid": [],
    }
  `);
  });
});

describe('PartialDateSchema', () => {
  const date = (value: string, precision: string, earliest: string, latest: string) => ({ value, precision, earliest, latest });
  it.each([
    ['a year', date('2019', 'year', '2019-01-01', '2019-12-31')],
    ['a year narrowed to one day', date('2019', 'year', '2019-03-04', '2019-03-04')],
    ['a leap February', date('2024-02', 'month', '2024-02-01', '2024-02-29')],
    ['a leap day', day('2024-02-29')],
    ['a 400-year leap day', day('2000-02-29')],
    ['day 31 of January', day('2024-01-31')],
    ['day 30 of April', day('2024-04-30')],
    ['the last day of the year', day('2024-12-31')],
    ['December', date('2024-12', 'month', '2024-12-01', '2024-12-31')],
  ])('accepts %s', (_, value) => {
    expect(issues(PartialDateSchema, value)).toEqual([]);
  });
  it('rejects', () => {
    expect(table(PartialDateSchema, [
    ['29 February of a common year', day('2023-02-29')],
    ['29 February 1900', { ...day('1900-02-29'), earliest: '1900-02-28', latest: '1900-02-28' }],
    ['31 April', { ...day('2024-04-31'), earliest: '2024-04-30', latest: '2024-04-30' }],
    ['day 32', { ...day('2024-01-32'), earliest: '2024-01-31', latest: '2024-01-31' }],
    ['day 00', { ...day('2024-01-00'), earliest: '2024-01-01', latest: '2024-01-01' }],
    ['month 13', date('2024-13', 'month', '2024-12-01', '2024-12-31')],
    ['month 00', date('2024-00', 'month', '2024-01-01', '2024-01-31')],
    ['a year given as day precision', date('2024', 'day', '2024-01-01', '2024-01-01')],
    ['a month given as year precision', date('2024-06', 'year', '2024-06-01', '2024-06-30')],
    ['a day given as month precision', date('2024-06-12', 'month', '2024-06-12', '2024-06-12')],
    ['a value with text after it', date('2024-06-12x', 'day', '2024-06-12', '2024-06-12')],
    ['a value with text before it', date('x2024', 'year', '2024-01-01', '2024-12-31')],
    ['a month with text before it', date('x2024-06', 'month', '2024-06-01', '2024-06-30')],
    ['a month with text after it', date('2024-06x', 'month', '2024-06-01', '2024-06-30')],
    ['a day with text before it', date('x2024-06-12', 'day', '2024-06-12', '2024-06-12')],
    ['a two-digit year', date('24', 'year', '2024-01-01', '2024-12-31')],
    ['earliest after latest', date('2024', 'year', '2024-06-02', '2024-06-01')],
    ['earliest before the span', date('2024', 'year', '2023-12-31', '2024-12-31')],
    ['latest after the span', date('2024-06', 'month', '2024-06-01', '2024-07-01')],
    ['a February past its last day', date('2023-02', 'month', '2023-02-01', '2023-02-29')],
    ['an unknown precision', date('2024', 'decade', '2024-01-01', '2024-12-31')],
    ['earliest not a date', date('2024', 'year', '2024', '2024-12-31')],
    ['an unknown key', { ...day('2024-06-12'), basis: 'stated' }],
  ])).toMatchInlineSnapshot(`
    {
      "29 February 1900": [
        "value: value must be a real calendar day (custom)",
      ],
      "29 February of a common year": [
        "earliest: Invalid ISO date (invalid_format)",
        "latest: Invalid ISO date (invalid_format)",
        "value: value must be a real calendar day (custom)",
      ],
      "31 April": [
        "value: value must be a real calendar day (custom)",
      ],
      "a February past its last day": [
        "latest: Invalid ISO date (invalid_format)",
        "earliest: earliest and latest must lie within the span of value (custom)",
      ],
      "a day given as month precision": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a day with text before it": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
        "value: value must be a real calendar day (custom)",
      ],
      "a month given as year precision": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a month with text after it": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a month with text before it": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a two-digit year": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a value with text after it": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
        "value: value must be a real calendar day (custom)",
      ],
      "a value with text before it": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "a year given as day precision": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
        "value: value must be a real calendar day (custom)",
      ],
      "an unknown key": [
        ": Unrecognized key: "basis" (unrecognized_keys)",
      ],
      "an unknown precision": [
        "precision: Invalid option: expected one of "year"|"month"|"day" (invalid_value)",
      ],
      "day 00": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
        "value: value must be a real calendar day (custom)",
      ],
      "day 32": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
        "value: value must be a real calendar day (custom)",
      ],
      "earliest after latest": [
        "latest: earliest must not be after latest (custom)",
      ],
      "earliest before the span": [
        "earliest: earliest and latest must lie within the span of value (custom)",
      ],
      "earliest not a date": [
        "earliest: Invalid ISO date (invalid_format)",
        "earliest: earliest and latest must lie within the span of value (custom)",
      ],
      "latest after the span": [
        "earliest: earliest and latest must lie within the span of value (custom)",
      ],
      "month 00": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
      "month 13": [
        "value: value must be YYYY, YYYY-MM or YYYY-MM-DD to match precision (custom)",
      ],
    }
  `);
  });
});

describe('QuantitySchema', () => {
  it('QuantitySchema: each case', () => {
    expect(table(QuantitySchema, [
    ['0 exactly', { value: 0, comparator: 'eq' }],
    ['at least 2', { value: 2, comparator: 'gte' }],
    ['a negative value', { value: -1, comparator: 'eq' }],
    ['a fraction', { value: 1.5, comparator: 'gt' }],
    ['an unknown comparator', { value: 1, comparator: 'lt' }],
    ['an unknown key', { value: 1, comparator: 'eq', unit: 'x' }],
  ])).toMatchInlineSnapshot(`
    {
      "0 exactly": [],
      "a fraction": [
        "value: Invalid input: expected int, received number (invalid_type)",
      ],
      "a negative value": [
        "value: Too small: expected number to be >=0 (too_small)",
      ],
      "an unknown comparator": [
        "comparator: Invalid option: expected one of "eq"|"gt"|"gte" (invalid_value)",
      ],
      "an unknown key": [
        ": Unrecognized key: "unit" (unrecognized_keys)",
      ],
      "at least 2": [],
    }
  `);
  });
});

describe('ClaimRefSchema and ProvenanceRefSchema', () => {
  const claim = { value: 'x', basis: 'stated', evidence: [0] };
  it('ClaimRefSchema: a claim', () => {
    expect(table(ClaimRefSchema, [
    ['stated, no rule', claim],
    ['derived with its rule', { ...claim, basis: 'derived', rule: 'list-length' }],
    ['inferred with note and gloss', { ...claim, basis: 'inferred', note: 'n', gloss: 'g' }],
    ['derived without a rule', { ...claim, basis: 'derived' }],
    ['stated with a rule', { ...claim, rule: 'list-length' }],
    ['an unknown rule', { ...claim, basis: 'derived', rule: 'guess' }],
    ['no evidence', { ...claim, evidence: [] }],
    ['a negative position', { ...claim, evidence: [-1] }],
    ['an empty note', { ...claim, note: '' }],
    ['an empty gloss', { ...claim, gloss: '' }],
    ['the standard basis', { ...claim, basis: 'standard' }],
    ['an unknown basis', { ...claim, basis: 'guessed' }],
    ['an unknown key', { ...claim, comparator: 'gte' }],
  ])).toMatchInlineSnapshot(`
    {
      "a negative position": [
        "evidence.0: Too small: expected number to be >=0 (too_small)",
      ],
      "an empty gloss": [
        "gloss: Too small: expected string to have >=1 characters (too_small)",
      ],
      "an empty note": [
        "note: Too small: expected string to have >=1 characters (too_small)",
      ],
      "an unknown basis": [
        "basis: Invalid option: expected one of "stated"|"derived"|"standard"|"inferred" (invalid_value)",
      ],
      "an unknown key": [
        ": Unrecognized key: "comparator" (unrecognized_keys)",
      ],
      "an unknown rule": [
        "rule: Invalid option: expected one of "weekday-before-publication"|"weekday-on-or-before-publication"|"day-of-publication-month"|"local-date-of-event"|"date-of-occasion"|"as-of-publication"|"reported-as-past"|"the-two-countries"|"list-length"|"kind-of-number"|"exact-unless-qualified"|"plural-at-least-two"|"quotation-marks"|"reporting-verb"|"sha256-of-text" (invalid_value)",
      ],
      "derived with its rule": [],
      "derived without a rule": [
        "rule: a derived claim names its rule; only a derived claim has one (custom)",
      ],
      "inferred with note and gloss": [],
      "no evidence": [
        "evidence: Too small: expected array to have >=1 items (too_small)",
      ],
      "stated with a rule": [
        "rule: a derived claim names its rule; only a derived claim has one (custom)",
      ],
      "stated, no rule": [],
      "the standard basis": [],
    }
  `);
  });

  const ref = { basis: 'stated', evidence: [0] };
  it('ProvenanceRefSchema: a provenance entry', () => {
    expect(table(ProvenanceRefSchema, [
    ['stated, no rule', ref],
    ['standard, no evidence', { basis: 'standard', evidence: [] }],
    ['derived with its rule', { ...ref, basis: 'derived', rule: 'the-two-countries' }],
    ['inferred with a note', { basis: 'inferred', evidence: [], note: 'why' }],
    ['every optional field', {
      ...ref, basis: 'derived', rule: 'list-length', note: 'n', comparator: 'gte', reportedBy: 'yoon', conflict: true,
      claims: [{ value: 1, basis: 'stated', evidence: [0] }, { value: 2, basis: 'stated', evidence: [1] }],
    }],
    ['derived without a rule', { ...ref, basis: 'derived' }],
    ['stated with a rule', { ...ref, rule: 'list-length' }],
    ['inferred without a note', { basis: 'inferred', evidence: [] }],
    ['inferred with an empty note', { basis: 'inferred', evidence: [], note: '' }],
    ['a comparator other than gte', { ...ref, comparator: 'gt' }],
    ['a reporter that is no slug', { ...ref, reportedBy: 'Yoon' }],
    ['one claim', { ...ref, claims: [{ value: 1, basis: 'stated', evidence: [0] }] }],
    ['a bad claim', { ...ref, claims: [{ value: 1, basis: 'derived', evidence: [0] }, { value: 2, basis: 'stated', evidence: [1] }] }],
    ['a conflict that is no boolean', { ...ref, conflict: 'yes' }],
    ['a fractional position', { ...ref, evidence: [0.5] }],
    ['an unknown key', { ...ref, value: 1 }],
  ])).toMatchInlineSnapshot(`
    {
      "a bad claim": [
        "claims.0.rule: a derived claim names its rule; only a derived claim has one (custom)",
      ],
      "a comparator other than gte": [
        "comparator: Invalid input: expected "gte" (invalid_value)",
      ],
      "a conflict that is no boolean": [
        "conflict: Invalid input: expected boolean, received string (invalid_type)",
      ],
      "a fractional position": [
        "evidence.0: Invalid input: expected int, received number (invalid_type)",
      ],
      "a reporter that is no slug": [
        "reportedBy: must be lower-case words joined by hyphens, like "astana" (invalid_format)",
      ],
      "an unknown key": [
        ": Unrecognized key: "value" (unrecognized_keys)",
      ],
      "derived with its rule": [],
      "derived without a rule": [
        "rule: a derived value names its rule; only a derived value has one (custom)",
      ],
      "every optional field": [],
      "inferred with a note": [],
      "inferred with an empty note": [
        "note: Too small: expected string to have >=1 characters (too_small)",
      ],
      "inferred without a note": [
        "note: an inferred value needs a note saying why (custom)",
      ],
      "one claim": [
        "claims: Too small: expected array to have >=2 items (too_small)",
      ],
      "standard, no evidence": [],
      "stated with a rule": [
        "rule: a derived value names its rule; only a derived value has one (custom)",
      ],
      "stated, no rule": [],
    }
  `);
  });
});

describe('CameoSchema, PloverSchema, OfficeSchema', () => {
  it('each case', () => {
    const rows = ([
    ['a code with its label', CameoSchema, { code: '0311', label: 'Express intent to cooperate economically' }],
    ['a code with another code’s label', CameoSchema, { code: '057', label: 'Consult' }],
    ['a label in another case', CameoSchema, { code: '040', label: 'consult' }],
    ['an unknown code', CameoSchema, { code: '999', label: 'Consult' }],
    ['a CAMEO code with an unknown key', CameoSchema, { ...cameo, mode: null }],
    ['a category with a mode', PloverSchema, { category: 'CONSULT', mode: 'visit' }],
    ['an empty mode', PloverSchema, { category: 'CONSULT', mode: '' }],
    ['an unknown category', PloverSchema, { category: 'PROTEST', mode: null }],
    ['a PLOVER category with an unknown key', PloverSchema, { ...plover, code: '057' }],
    ['an office', OfficeSchema, { title: 'President', country: 'KR', asOf: '2024-06-12' }],
    ['an office with no title and a bad date', OfficeSchema, { title: '', country: 'kr', asOf: '2024-6-12' }],
    ['an office with an unknown key', OfficeSchema, { title: 'P', country: 'KR', asOf: '2024-06-12', until: null }],
  ] as const).map(([label, schema, value]): [string, string[]] => [label, issues(schema, value)]);
    expect(byLabel(rows)).toMatchInlineSnapshot(`
      {
        "a CAMEO code with an unknown key": [
          ": Unrecognized key: "mode" (unrecognized_keys)",
        ],
        "a PLOVER category with an unknown key": [
          ": Unrecognized key: "code" (unrecognized_keys)",
        ],
        "a category with a mode": [],
        "a code with another code’s label": [
          "label: label must be the CAMEO label of code (custom)",
        ],
        "a code with its label": [],
        "a label in another case": [
          "label: label must be the CAMEO label of code (custom)",
        ],
        "an empty mode": [
          "mode: Too small: expected string to have >=1 characters (too_small)",
        ],
        "an office": [],
        "an office with an unknown key": [
          ": Unrecognized key: "until" (unrecognized_keys)",
        ],
        "an office with no title and a bad date": [
          "title: Too small: expected string to have >=1 characters (too_small)",
          "country: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
          "asOf: Invalid ISO date (invalid_format)",
        ],
        "an unknown category": [
          "category: Invalid option: expected one of "AGREE"|"CONSULT"|"SUPPORT"|"ACCUSE" (invalid_value)",
        ],
        "an unknown code": [
          "code: Invalid option: expected one of "111"|"030"|"0311"|"036"|"040"|"042"|"043"|"044"|"046"|"051"|"057" (invalid_value)",
        ],
      }
    `);
  });
});

describe('per-kind fields and refinements', () => {
  it('each variant of a valid record', () => {
    const rows = ([
    ['source', { language: 'en-GB', url: null, timeZone: 'America/Argentina/Buenos_Aires', retrieved: null }],
    ['source', { language: 'zh-Hant-TW', timeZone: null, publisher: 'KBS' }],
    ['source', { language: 'yue' }],
    ['source', { language: 'es-419' }],
    ['source', { language: '1en' }],
    ['source', { language: 'EN' }],
    ['source', { language: 'e' }],
    ['source', { language: 'engl' }],
    ['source', { language: 'en-' }],
    ['source', { language: 'en_' }],
    ['source', { url: 'example.com/a' }],
    ['source', { timeZone: 'UTC' }],
    ['source', { timeZone: '/Asia/Seoul' }],
    ['source', { timeZone: 'Asia/' }],
    ['source', { timeZone: 'Asia/Seoul/' }],
    ['source', { timeZone: 'Asia/Seoul1' }],
    ['source', { retrieved: '2026-11-31' }],
    ['source', { sha256: 'A'.repeat(64) }],
    ['source', { sha256: 'a'.repeat(63) }],
    ['source', { sha256: 'a'.repeat(65) }],
    ['source', { excerpt: 'no', publisher: '', title: '', rights: '', text: '' }],
    ['source', { published: null }],
    ['country', { id: 'KR' }],
    ['country', { alpha2: 'KR', id: 'KR' }],
    ['country', { alpha2: 'kz' }],
    ['country', { alpha3: 'KA' }],
    ['country', { alpha3: 'KAZA' }],
    ['country', { alpha3: 'kaz' }],
    ['country', { numeric: '39' }],
    ['country', { numeric: '3980' }],
    ['country', { numeric: '39a' }],
    ['country', { aliases: [''], demonyms: [''], officialName: '', historical: 0 }],
    ['country', { wikidata: 'Q0' }],
    ['country', { wikidata: 'Q01' }],
    ['country', { wikidata: 'q232' }],
    ['country', { wikidata: 'Q' }],
    ['country', { wikidata: 'Q232x' }],
    ['country', { wikidata: 'xQ232' }],
    ['country', { wikidata: null }],
    ['region', { m49: null, m49Members: [] }],
    ['region', { m49: null }],
    ['region', { m49: '14' }],
    ['region', { m49: '1430' }],
    ['region', { m49: 'x143' }],
    ['region', { m49Members: ['kz'] }],
    ['place', { country: 'astana', capitalOf: null, standsFor: 'kz' }],
    ['person', { familyName: '', office: { title: 'President', country: 'KR' } }],
    ['organization', { named: 'no', type: 'bank', country: 'KZ', industry: '' }],
    ['mineral', { category: 'element-group', symbol: null, atomicNumber: null, elements: ['Nd', 'Pr'] }],
    ['mineral', { category: 'class', symbol: null, atomicNumber: null }],
    ['mineral', { atomicNumber: 118 }],
    ['mineral', { atomicNumber: 1 }],
    ['mineral', { atomicNumber: 0 }],
    ['mineral', { atomicNumber: 119 }],
    ['mineral', { atomicNumber: 3.5 }],
    ['mineral', { symbol: null }],
    ['mineral', { atomicNumber: null }],
    ['mineral', { symbol: null, atomicNumber: null }],
    ['mineral', { category: 'class' }],
    ['mineral', { category: 'class', atomicNumber: null }],
    ['mineral', { category: 'class', symbol: null }],
    ['mineral', { symbol: 'li' }],
    ['mineral', { symbol: 'Lit' }],
    ['mineral', { symbol: 'L' }],
    ['mineral', { symbol: 'xLi' }],
    ['mineral', { category: 'element-group', symbol: null, atomicNumber: null, elements: ['N', 'Nd'] }],
    ['mineral', { category: 'element-group', symbol: null, atomicNumber: null, elements: ['Ndx', 'xNd'] }],
    ['mineral', { elements: ['Li'] }],
    ['mineral', { category: 'element-group', symbol: null, atomicNumber: null }],
    ['mineral', { category: 'element-group', symbol: null, atomicNumber: null, elements: ['nd'] }],
    ['mineral', { aliases: [''] }],
    ['topic', { name: '' }],
    ['resource', { relation: 'imports', mineral: 'KZ', extent: '' }],
    ['agreement', { parties: [] }],
    ['agreement', { count: null, signedBy: [], agreedBy: null, reportedBy: 'yoon', date: null, place: 'astana', event: 'summit' }],
    ['agreement', { count: { value: -1, comparator: 'eq' }, stages: ['selling'], type: 'treaty' }],
    ['agreement', { cameo: null, plover: null }],
    ['agreement', { date: day('2024-02-30') }],
    ['event', { cameo: null, plover: null, note: 'No code fits.' }],
    ['event', { cameo: null, plover: null }],
    ['event', { cameo: null, note: 'No code fits.' }],
    ['event', { plover: null }],
    ['event', { statusAsOf: '2024-06', status: 'done', type: 'party', outcome: '' }],
    ['event', { date: { value: '2024', precision: 'year', earliest: '2024-06-01', latest: '2024-05-31' } }],
    ['statement', { mode: 'quoted', text: '', cameo }],
    ['figure', { type: 'list', value: 2, comparator: 'eq', unit: null, items: ['a', 'b'] }],
    ['figure', { type: 'list', value: 2, comparator: 'gte', unit: null, items: ['a', 'b'] }],
    ['figure', { type: 'list', value: 0, comparator: 'eq', unit: null, items: [] }],
    ['figure', { type: 'list', value: 2, comparator: 'gt', unit: null, items: ['a', 'b'] }],
    ['figure', { type: 'list', value: 3, comparator: 'eq', unit: null, items: ['a', 'b'] }],
    ['figure', { type: 'list', value: 3, comparator: 'gt', unit: null, items: ['a', 'b'] }],
    ['figure', { type: 'list', value: 2, comparator: 'eq', unit: 'topics', items: ['a', 'b'] }],
    ['figure', { type: 'rank', value: 3, comparator: 'eq', unit: 'place', items: [] }],
    ['figure', { type: 'rank', value: 3, comparator: 'eq', unit: 'place', items: ['a'] }],
    ['figure', { items: ['a', 'b'] }],
    ['figure', { unit: null }],
    ['figure', { comparator: 'gt', value: 0 }],
    ['figure', { value: -1 }],
    ['figure', { about: [] }],
    ['initiative', { type: 'plan', region: 'central-asia', aim: 'x', supporters: ['yoon', 'KZ'], announcedAt: 'summit', events: ['summit'] }],
    ['initiative', { owner: 'kr', aim: '' }],
  ] as const).map(([kind, changes]): [string, string[]] => [`${kind} ${JSON.stringify(changes)}`, issues(RecordSchemas[kind], variant(kind, changes))]);
    expect(byLabel(rows)).toMatchInlineSnapshot(`
      {
        "agreement {"cameo":null,"plover":null}": [
          "cameo: Invalid input: expected object, received null (invalid_type)",
          "plover: Invalid input: expected object, received null (invalid_type)",
        ],
        "agreement {"count":null,"signedBy":[],"agreedBy":null,"reportedBy":"yoon","date":null,"place":"astana","event":"summit"}": [],
        "agreement {"count":{"value":-1,"comparator":"eq"},"stages":["selling"],"type":"treaty"}": [
          "type: Invalid option: expected one of "mou"|"deal"|"agreement-in-principle" (invalid_value)",
          "count.value: Too small: expected number to be >=0 (too_small)",
          "stages.0: Invalid option: expected one of "exploration"|"development"|"mining"|"refining"|"commercialization"|"final-use" (invalid_value)",
        ],
        "agreement {"date":{"value":"2024-02-30","precision":"day","earliest":"2024-02-30","latest":"2024-02-30"}}": [
          "date.earliest: Invalid ISO date (invalid_format)",
          "date.latest: Invalid ISO date (invalid_format)",
          "date.value: value must be a real calendar day (custom)",
        ],
        "agreement {"parties":[]}": [
          "parties: an agreement needs at least one party (too_small)",
        ],
        "country {"aliases":[""],"demonyms":[""],"officialName":"","historical":0}": [
          "officialName: Too small: expected string to have >=1 characters (too_small)",
          "historical: Invalid input: expected boolean, received number (invalid_type)",
          "aliases.0: Too small: expected string to have >=1 characters (too_small)",
          "demonyms.0: Too small: expected string to have >=1 characters (too_small)",
        ],
        "country {"alpha2":"KR","id":"KR"}": [],
        "country {"alpha2":"kz"}": [
          "alpha2: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
          "id: id must equal alpha2 (custom)",
        ],
        "country {"alpha3":"KA"}": [
          "alpha3: must be an ISO 3166-1 alpha-3 code, like "KAZ" (invalid_format)",
        ],
        "country {"alpha3":"KAZA"}": [
          "alpha3: must be an ISO 3166-1 alpha-3 code, like "KAZ" (invalid_format)",
        ],
        "country {"alpha3":"kaz"}": [
          "alpha3: must be an ISO 3166-1 alpha-3 code, like "KAZ" (invalid_format)",
        ],
        "country {"id":"KR"}": [
          "id: id must equal alpha2 (custom)",
        ],
        "country {"numeric":"39"}": [
          "numeric: must be three digits, like "398" (invalid_format)",
        ],
        "country {"numeric":"3980"}": [
          "numeric: must be three digits, like "398" (invalid_format)",
        ],
        "country {"numeric":"39a"}": [
          "numeric: must be three digits, like "398" (invalid_format)",
        ],
        "country {"wikidata":"Q"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":"Q0"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":"Q01"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":"Q232x"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":"q232"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":"xQ232"}": [
          "wikidata: must be a Wikidata item id, like "Q232" (invalid_format)",
        ],
        "country {"wikidata":null}": [],
        "event {"cameo":null,"note":"No code fits."}": [
          "plover: cameo and plover are both coded or both null (custom)",
        ],
        "event {"cameo":null,"plover":null,"note":"No code fits."}": [],
        "event {"cameo":null,"plover":null}": [
          "note: an event without a CAMEO code needs a note saying why (custom)",
        ],
        "event {"date":{"value":"2024","precision":"year","earliest":"2024-06-01","latest":"2024-05-31"}}": [
          "date.latest: earliest must not be after latest (custom)",
        ],
        "event {"plover":null}": [
          "plover: cameo and plover are both coded or both null (custom)",
        ],
        "event {"statusAsOf":"2024-06","status":"done","type":"party","outcome":""}": [
          "type: Invalid option: expected one of "summit"|"state-visit"|"press-conference"|"briefing"|"trip"|"announcement"|"independence"|"site-closure"|"disarmament"|"nuclear-test"|"nuclear-test-series"|"negotiations" (invalid_value)",
          "status: Invalid option: expected one of "occurred"|"ongoing"|"planned"|"stalled" (invalid_value)",
          "statusAsOf: Invalid ISO date (invalid_format)",
          "outcome: Too small: expected string to have >=1 characters (too_small)",
        ],
        "figure {"about":[]}": [
          "about: Too small: expected array to have >=1 items (too_small)",
        ],
        "figure {"comparator":"gt","value":0}": [],
        "figure {"items":["a","b"]}": [
          "items: a count or rank has no items (only a list names its topics) (custom)",
        ],
        "figure {"type":"list","value":0,"comparator":"eq","unit":null,"items":[]}": [],
        "figure {"type":"list","value":2,"comparator":"eq","unit":"topics","items":["a","b"]}": [
          "unit: a count or rank needs a unit; a list has none (custom)",
        ],
        "figure {"type":"list","value":2,"comparator":"eq","unit":null,"items":["a","b"]}": [],
        "figure {"type":"list","value":2,"comparator":"gt","unit":null,"items":["a","b"]}": [
          "value: a list figure has value equal to its number of items, and comparator "eq" (or "gte" for an open list) (custom)",
        ],
        "figure {"type":"list","value":2,"comparator":"gte","unit":null,"items":["a","b"]}": [],
        "figure {"type":"list","value":3,"comparator":"eq","unit":null,"items":["a","b"]}": [
          "value: a list figure has value equal to its number of items, and comparator "eq" (or "gte" for an open list) (custom)",
        ],
        "figure {"type":"list","value":3,"comparator":"gt","unit":null,"items":["a","b"]}": [
          "value: a list figure has value equal to its number of items, and comparator "eq" (or "gte" for an open list) (custom)",
        ],
        "figure {"type":"rank","value":3,"comparator":"eq","unit":"place","items":["a"]}": [
          "items: a count or rank has no items (only a list names its topics) (custom)",
        ],
        "figure {"type":"rank","value":3,"comparator":"eq","unit":"place","items":[]}": [],
        "figure {"unit":null}": [
          "unit: a count or rank needs a unit; a list has none (custom)",
        ],
        "figure {"value":-1}": [
          "value: Too small: expected number to be >=0 (too_small)",
        ],
        "initiative {"owner":"kr","aim":""}": [
          "owner: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
          "aim: Too small: expected string to have >=1 characters (too_small)",
        ],
        "initiative {"type":"plan","region":"central-asia","aim":"x","supporters":["yoon","KZ"],"announcedAt":"summit","events":["summit"]}": [],
        "mineral {"aliases":[""]}": [
          "aliases.0: Too small: expected string to have >=1 characters (too_small)",
        ],
        "mineral {"atomicNumber":0}": [
          "atomicNumber: Too small: expected number to be >=1 (too_small)",
        ],
        "mineral {"atomicNumber":118}": [],
        "mineral {"atomicNumber":119}": [
          "atomicNumber: Too big: expected number to be <=118 (too_big)",
        ],
        "mineral {"atomicNumber":1}": [],
        "mineral {"atomicNumber":3.5}": [
          "atomicNumber: Invalid input: expected int, received number (invalid_type)",
        ],
        "mineral {"atomicNumber":null}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "mineral {"category":"class","atomicNumber":null}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "mineral {"category":"class","symbol":null,"atomicNumber":null}": [],
        "mineral {"category":"class","symbol":null}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "mineral {"category":"class"}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "mineral {"category":"element-group","symbol":null,"atomicNumber":null,"elements":["N","Nd"]}": [],
        "mineral {"category":"element-group","symbol":null,"atomicNumber":null,"elements":["Nd","Pr"]}": [],
        "mineral {"category":"element-group","symbol":null,"atomicNumber":null,"elements":["Ndx","xNd"]}": [
          "elements.0: must be an element symbol (invalid_format)",
          "elements.1: must be an element symbol (invalid_format)",
        ],
        "mineral {"category":"element-group","symbol":null,"atomicNumber":null,"elements":["nd"]}": [
          "elements.0: must be an element symbol (invalid_format)",
        ],
        "mineral {"category":"element-group","symbol":null,"atomicNumber":null}": [
          "elements: an element group lists its elements; nothing else does (custom)",
        ],
        "mineral {"elements":["Li"]}": [
          "elements: an element group lists its elements; nothing else does (custom)",
        ],
        "mineral {"symbol":"L"}": [],
        "mineral {"symbol":"Lit"}": [
          "symbol: must be an element symbol, like "Li" (invalid_format)",
        ],
        "mineral {"symbol":"li"}": [
          "symbol: must be an element symbol, like "Li" (invalid_format)",
        ],
        "mineral {"symbol":"xLi"}": [
          "symbol: must be an element symbol, like "Li" (invalid_format)",
        ],
        "mineral {"symbol":null,"atomicNumber":null}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "mineral {"symbol":null}": [
          "symbol: an element needs symbol and atomicNumber; nothing else has them (custom)",
        ],
        "organization {"named":"no","type":"bank","country":"KZ","industry":""}": [
          "named: Invalid input: expected boolean, received string (invalid_type)",
          "type: Invalid option: expected one of "financial-institutions"|"companies"|"sector" (invalid_value)",
          "industry: Too small: expected string to have >=1 characters (too_small)",
        ],
        "person {"familyName":"","office":{"title":"President","country":"KR"}}": [
          "familyName: Too small: expected string to have >=1 characters (too_small)",
          "office.asOf: Invalid input: expected string, received undefined (invalid_type)",
        ],
        "place {"country":"astana","capitalOf":null,"standsFor":"kz"}": [
          "country: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
          "standsFor: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
        ],
        "region {"m49":"14"}": [
          "m49: must be a three-digit UN M49 code (invalid_format)",
        ],
        "region {"m49":"1430"}": [
          "m49: must be a three-digit UN M49 code (invalid_format)",
        ],
        "region {"m49":"x143"}": [
          "m49: must be a three-digit UN M49 code (invalid_format)",
        ],
        "region {"m49":null,"m49Members":[]}": [],
        "region {"m49":null}": [
          "m49Members: m49Members must be empty without an m49 code (custom)",
        ],
        "region {"m49Members":["kz"]}": [
          "m49Members.0: must be an ISO 3166-1 alpha-2 code, like "KZ" (invalid_format)",
        ],
        "resource {"relation":"imports","mineral":"KZ","extent":""}": [
          "mineral: must be lower-case words joined by hyphens, like "astana" (invalid_format)",
          "relation: Invalid option: expected one of "reserves"|"production" (invalid_value)",
          "extent: Too small: expected string to have >=1 characters (too_small)",
        ],
        "source {"excerpt":"no","publisher":"","title":"","rights":"","text":""}": [
          "title: Too small: expected string to have >=1 characters (too_small)",
          "publisher: Too small: expected string to have >=1 characters (too_small)",
          "excerpt: Invalid input: expected boolean, received string (invalid_type)",
          "rights: Too small: expected string to have >=1 characters (too_small)",
          "text: Too small: expected string to have >=1 characters (too_small)",
        ],
        "source {"language":"1en"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"EN"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"e"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"en-"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"en-GB","url":null,"timeZone":"America/Argentina/Buenos_Aires","retrieved":null}": [],
        "source {"language":"en_"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"engl"}": [
          "language: must be a BCP 47 tag, like "en" (invalid_format)",
        ],
        "source {"language":"es-419"}": [],
        "source {"language":"yue"}": [],
        "source {"language":"zh-Hant-TW","timeZone":null,"publisher":"KBS"}": [],
        "source {"published":null}": [
          "published: Invalid input: expected object, received null (invalid_type)",
        ],
        "source {"retrieved":"2026-11-31"}": [
          "retrieved: Invalid ISO date (invalid_format)",
        ],
        "source {"sha256":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}": [
          "sha256: must be 64 lower-case hex digits (invalid_format)",
        ],
        "source {"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}": [
          "sha256: must be 64 lower-case hex digits (invalid_format)",
        ],
        "source {"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}": [
          "sha256: must be 64 lower-case hex digits (invalid_format)",
        ],
        "source {"timeZone":"/Asia/Seoul"}": [
          "timeZone: must be an IANA time zone, like "Asia/Seoul" (invalid_format)",
        ],
        "source {"timeZone":"Asia/"}": [
          "timeZone: must be an IANA time zone, like "Asia/Seoul" (invalid_format)",
        ],
        "source {"timeZone":"Asia/Seoul/"}": [
          "timeZone: must be an IANA time zone, like "Asia/Seoul" (invalid_format)",
        ],
        "source {"timeZone":"Asia/Seoul1"}": [
          "timeZone: must be an IANA time zone, like "Asia/Seoul" (invalid_format)",
        ],
        "source {"timeZone":"UTC"}": [
          "timeZone: must be an IANA time zone, like "Asia/Seoul" (invalid_format)",
        ],
        "source {"url":"example.com/a"}": [
          "url: Invalid URL (invalid_format)",
        ],
        "statement {"mode":"quoted","text":"","cameo":{"code":"057","label":"Sign formal agreement"}}": [
          "mode: Invalid option: expected one of "direct"|"reported" (invalid_value)",
          "text: Too small: expected string to have >=1 characters (too_small)",
        ],
        "topic {"name":""}": [
          "name: Too small: expected string to have >=1 characters (too_small)",
        ],
      }
    `);
  });
});
