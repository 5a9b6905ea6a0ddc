/**
 * The CSV and graph exports on a small made-up dataset, compared as exact text: which columns, rows, links,
 * quotes, nodes and edges come out, and how each cell is written.
 */
import { describe, expect, it } from 'vitest';
import { agreementGraph } from '../src/export/agreement-graph.js';
import { csvCell, toCsv, toCsvEvidence, toCsvLinks } from '../src/export/csv.js';
import { toCytoscape } from '../src/export/cytoscape.js';
import type { AnyDataset } from '../src/export/record-kind.js';
import { DATASET_KEYS, InvalidArgumentError } from '../src/index.js';

const quote = (text: string, start = 0) => ({ source: 'src', start, end: start + text.length, quote: text });

/** Two agreements, two countries and a person; every other kind empty. */
function smallDataset(): AnyDataset {
  const empty = Object.fromEntries(Object.values(DATASET_KEYS).map((key) => [key, {}]));
  return {
    ...empty,
    countries: {
      KR: { id: 'KR', kind: 'country', name: 'South Korea', aliases: ['ROK', 'S. Korea'], evidence: [quote('Korea')], provenance: { name: { basis: 'stated', evidence: [0] } } },
      KZ: { id: 'KZ', kind: 'country', name: '=Kazakhstan', aliases: [], evidence: [], provenance: {} },
    },
    people: {
      yoon: { id: 'yoon', kind: 'person', familyName: 'Yoon', evidence: [], provenance: {} },
    },
    agreements: {
      mou: {
        id: 'mou',
        kind: 'agreement',
        name: 'An MOU, "signed"',
        type: 'mou',
        date: { value: '2024-06', precision: 'month', earliest: '2024-06-01', latest: '2024-06-30' },
        count: null,
        parties: ['KR', 'KZ'],
        signedBy: ['KR'],
        agreedBy: ['yoon'],
        evidence: [quote('Seoul'), quote('Astana', 10), quote('June', 20)],
        provenance: {
          parties: { basis: 'stated', evidence: [0, 1] },
          date: { basis: 'derived', rule: 'month-of', evidence: [2, 7] },
          agreedBy: { basis: 'inferred' },
        },
      },
      deal: {
        id: 'deal',
        kind: 'agreement',
        name: 'A deal',
        type: 'deal',
        date: null,
        count: { value: 2, comparator: 'gte', basis: 'own' },
        parties: ['KZ', 'XX'],
        signedBy: null,
        evidence: [],
        provenance: {},
      },
    },
  } as unknown as AnyDataset;
}

describe('csvCell', () => {
  it('writes null and undefined empty, an empty string as "", numbers and booleans as text, the rest as JSON', () => {
    expect([null, undefined, '', 0, -1.5, true, false].map((v) => csvCell(v))).toEqual(['', '', '""', '0', '-1.5', 'true', 'false']);
    expect(csvCell(['KR', 'KZ'])).toBe('"[""KR"",""KZ""]"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell([1, 2])).toBe('"[1,2]"');
    expect(csvCell([])).toBe('[]');
    // A number is written as its own text, even one JSON has no form for (JSON would write null, an empty cell).
    expect([NaN, Infinity, -Infinity, 1e21].map((v) => csvCell(v))).toEqual(['NaN', 'Infinity', '-Infinity', '1e+21']);
  });

  it('quotes a cell with a comma, quote mark, CR or LF, and only those', () => {
    expect(['a,b', 'say "hi"', 'a\rb', 'a\nb', 'a;b', "it's"].map((v) => csvCell(v))).toEqual([
      '"a,b"',
      '"say ""hi"""',
      '"a\rb"',
      '"a\nb"',
      'a;b',
      "it's",
    ]);
  });

  it('neutralises a string that starts with = + - @ tab or CR, by default and unless told not to', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1', ' =1'].map((v) => csvCell(v))).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      `"'\rx"`,
      'a=1',
      ' =1',
    ]);
    expect(csvCell('=1', { neutralizeFormulas: false })).toBe('=1');
    expect(csvCell('=1', { neutralizeFormulas: true })).toBe("'=1");
    expect(csvCell('=1', {})).toBe("'=1");
    expect(csvCell('=1', null as never)).toBe("'=1");
    // Numbers are never neutralised: -1 is a number, not a formula.
    expect(csvCell(-1)).toBe('-1');
  });

  it('reads only options the caller set: an inherited neutralizeFormulas is ignored', () => {
    expect(csvCell('=1', Object.create({ neutralizeFormulas: false }) as never)).toBe("'=1");
  });
});

describe('toCsv, tidy', () => {
  it('spreads objects over field_key columns, adds a date basis from provenance, leaves lists and evidence out', () => {
    expect(toCsv('agreement', smallDataset()).split('\r\n')).toEqual([
      'id,kind,name,type,date_value,date_precision,date_earliest,date_latest,date_basis,count_value,count_comparator,count_basis',
      'mou,agreement,"An MOU, ""signed""",mou,2024-06,month,2024-06-01,2024-06-30,derived,,,',
      'deal,agreement,A deal,deal,,,,,,2,gte,own',
      '',
    ]);
  });

  it('gives each object key one column across records, and a basis column to dates only (their own basis first)', () => {
    const data = smallDataset() as unknown as { agreements: Record<string, Record<string, unknown>> };
    data.agreements = {
      a: { id: 'a', kind: 'agreement', date: { value: '2024', precision: 'year' }, count: { value: 2, comparator: 'gte' }, provenance: { date: { basis: 'stated' } } },
      b: {
        id: 'b',
        kind: 'agreement',
        date: { value: '2019', precision: 'year', basis: 'inferred', note: null },
        count: { value: 1, comparator: null },
        provenance: { date: { basis: 'stated' } },
      },
    };
    expect(toCsv('agreement', data as unknown as AnyDataset).split('\r\n')).toEqual([
      'id,kind,date_value,date_precision,date_basis,date_note,count_value,count_comparator',
      'a,agreement,2024,year,stated,,2,gte',
      'b,agreement,2019,year,inferred,,1,',
      '',
    ]);
  });

  it('neutralises formulas unless told not to, in the header and the cells', () => {
    expect(toCsv('country', smallDataset())).toBe("id,kind,name\r\nKR,country,South Korea\r\nKZ,country,'=Kazakhstan\r\n");
    expect(toCsv('countries', smallDataset(), { neutralizeFormulas: false })).toBe('id,kind,name\r\nKR,country,South Korea\r\nKZ,country,=Kazakhstan\r\n');
  });

  it('a null date has an empty basis, even with a provenance entry for it', () => {
    const data = smallDataset() as unknown as { agreements: Record<string, Record<string, unknown>> };
    data.agreements['deal']!['provenance'] = { date: { basis: 'inferred' } };
    expect(toCsv('agreement', data as unknown as AnyDataset).split('\r\n')[2]).toBe('deal,agreement,A deal,deal,,,,,,2,gte,own');
  });

  it('a date with no provenance entry has an empty basis', () => {
    const data = smallDataset() as unknown as { agreements: Record<string, Record<string, unknown>> };
    data.agreements['mou']!['provenance'] = {};
    expect(toCsv('agreement', data as unknown as AnyDataset).split('\r\n')[1]).toBe('mou,agreement,"An MOU, ""signed""",mou,2024-06,month,2024-06-01,2024-06-30,,,,');
  });

  it('with jsonCells: true (and only true), one column per field with lists and objects as JSON', () => {
    const rows = toCsv('person', smallDataset(), { jsonCells: true }).split('\r\n');
    expect(rows).toEqual(['id,kind,familyName,evidence,provenance', 'yoon,person,Yoon,[],{}', '']);
    expect(toCsv('person', smallDataset(), { jsonCells: 'yes' as never })).toBe('id,kind,familyName\r\nyoon,person,Yoon\r\n');
    expect(toCsv('person', smallDataset(), Object.create({ jsonCells: true }) as never)).toBe('id,kind,familyName\r\nyoon,person,Yoon\r\n');
  });

  it('a kind with no records is an empty string; a missing kind is an error that says what a table holds', () => {
    expect(toCsv('topic', smallDataset())).toBe('');
    for (const kind of [undefined, null]) {
      const error = (() => {
        try {
          toCsv(kind as never, smallDataset());
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as Error).message).toBe('Missing kind: a CSV table holds one kind of record, such as "agreement".');
      expect(error).toMatchObject({ parameter: 'kind', input: kind });
    }
  });
});

describe('toCsvLinks', () => {
  it('writes one table per list field, one row per item with its position; an all-empty list still has a header', () => {
    expect(toCsvLinks('agreement', smallDataset())).toEqual([
      { name: 'agreement_parties.csv', contents: 'agreement,parties,position\r\nmou,KR,0\r\nmou,KZ,1\r\ndeal,KZ,0\r\ndeal,XX,1\r\n' },
      { name: 'agreement_signedBy.csv', contents: 'agreement,signedBy,position\r\nmou,KR,0\r\n' },
      { name: 'agreement_agreedBy.csv', contents: 'agreement,agreedBy,position\r\nmou,yoon,0\r\n' },
    ]);
    const data = smallDataset() as unknown as { countries: Record<string, Record<string, unknown>> };
    data.countries['KR']!['aliases'] = [];
    expect(toCsvLinks('countries', data as unknown as AnyDataset)).toEqual([{ name: 'country_aliases.csv', contents: 'country,aliases,position\r\n' }]);
    expect(toCsvLinks('topic', smallDataset())).toEqual([]);
  });

  it('neutralises a formula item unless told not to', () => {
    const data = smallDataset() as unknown as { countries: Record<string, Record<string, unknown>> };
    data.countries['KR']!['aliases'] = ['-ROK'];
    expect(toCsvLinks('country', data as unknown as AnyDataset)[0]!.contents).toBe("country,aliases,position\r\nKR,'-ROK,0\r\n");
    expect(toCsvLinks('country', data as unknown as AnyDataset, { neutralizeFormulas: false })[0]!.contents).toBe('country,aliases,position\r\nKR,-ROK,0\r\n');
  });
});

describe('toCsvEvidence', () => {
  it('writes a row per value and quote, a value without quotes (or with a quote position that is missing) on one row', () => {
    expect(toCsvEvidence('agreement', smallDataset()).split('\r\n')).toEqual([
      'record,field,basis,rule,source,start,end,quote',
      'mou,parties,stated,,src,0,5,Seoul',
      'mou,parties,stated,,src,10,16,Astana',
      'mou,date,derived,month-of,src,20,24,June',
      'mou,agreedBy,inferred,,,,,',
      '',
    ]);
  });

  it('covers every kind when none is named, and only the one named otherwise', () => {
    expect(toCsvEvidence(undefined, smallDataset()).split('\r\n').slice(1)).toEqual([
      'KR,name,stated,,src,0,5,Korea',
      'mou,parties,stated,,src,0,5,Seoul',
      'mou,parties,stated,,src,10,16,Astana',
      'mou,date,derived,month-of,src,20,24,June',
      'mou,agreedBy,inferred,,,,,',
      '',
    ]);
    expect(toCsvEvidence(null, smallDataset())).toBe(toCsvEvidence(undefined, smallDataset()));
    expect(toCsvEvidence('country', smallDataset())).toBe('record,field,basis,rule,source,start,end,quote\r\nKR,name,stated,,src,0,5,Korea\r\n');
  });

  it('a kind with no provenance gives the header alone', () => {
    expect(toCsvEvidence('person', smallDataset())).toBe('record,field,basis,rule,source,start,end,quote\r\n');
    expect(toCsvEvidence('topic', smallDataset())).toBe('record,field,basis,rule,source,start,end,quote\r\n');
  });

  it('neutralises a formula quote unless told not to', () => {
    const data = smallDataset() as unknown as { countries: Record<string, Record<string, unknown>> };
    data.countries['KR']!['evidence'] = [quote('=SUM(A1)')];
    expect(toCsvEvidence('country', data as unknown as AnyDataset).split('\r\n')[1]).toBe("KR,name,stated,,src,0,8,'=SUM(A1)");
    expect(toCsvEvidence('country', data as unknown as AnyDataset, { neutralizeFormulas: false }).split('\r\n')[1]).toBe('KR,name,stated,,src,0,8,=SUM(A1)');
  });
});

describe('the agreement graph', () => {
  it('has the agreements first, then each party, signer and agreeing person once, in first-seen order', () => {
    const { nodes } = agreementGraph(smallDataset());
    expect(nodes).toStrictEqual([
      { id: 'mou', kind: 'agreement', label: 'An MOU, "signed"', type: 'mou', date: '2024-06' },
      { id: 'deal', kind: 'agreement', label: 'A deal', type: 'deal', date: '' },
      { id: 'KR', kind: 'country', label: 'South Korea' },
      { id: 'KZ', kind: 'country', label: '=Kazakhstan' },
      // A person has no name: the label is the id. An id that names no record is of kind unknown.
      { id: 'yoon', kind: 'person', label: 'yoon' },
      { id: 'XX', kind: 'unknown', label: 'XX' },
    ]);
  });

  it('links each agreement to its parties, signers and agreeing actors, each edge with its quotes’ annotation ids', () => {
    const { edges } = agreementGraph(smallDataset());
    const annotation = (i: number) => `urn:critical-minerals:annotation:mou:${i}`;
    expect(edges).toStrictEqual([
      { id: 'mou--party--KR', source: 'mou', target: 'KR', role: 'party', evidence: [annotation(0), annotation(1)] },
      { id: 'mou--party--KZ', source: 'mou', target: 'KZ', role: 'party', evidence: [annotation(0), annotation(1)] },
      { id: 'mou--signedBy--KR', source: 'mou', target: 'KR', role: 'signedBy', evidence: [] },
      { id: 'mou--agreedBy--yoon', source: 'mou', target: 'yoon', role: 'agreedBy', evidence: [] },
      { id: 'deal--party--KZ', source: 'deal', target: 'KZ', role: 'party', evidence: [] },
      { id: 'deal--party--XX', source: 'deal', target: 'XX', role: 'party', evidence: [] },
    ]);
  });

  it('finds a linked record only by its own id, not by an inherited property name', () => {
    const data = smallDataset() as unknown as { agreements: Record<string, Record<string, unknown>> };
    data.agreements['deal']!['parties'] = ['constructor'];
    const { nodes } = agreementGraph(data as unknown as AnyDataset);
    expect(nodes.at(-1)).toStrictEqual({ id: 'constructor', kind: 'unknown', label: 'constructor' });
  });

  it('as Cytoscape.js JSON: the same nodes and edges as { data } elements, indented two spaces, ending in a newline', () => {
    const data = smallDataset();
    const { nodes, edges } = agreementGraph(data);
    const text = toCytoscape(data);
    expect(text).toBe(`${JSON.stringify({ elements: { nodes: nodes.map((n) => ({ data: n })), edges: edges.map((e) => ({ data: e })) } }, null, 2)}\n`);
    expect(text.startsWith('{\n  "elements": {\n    "nodes": [\n      {\n        "data": {\n          "id": "mou",')).toBe(true);
  });
});
