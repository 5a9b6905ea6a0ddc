/**
 * The shipped files, proved in a real engine: the tidy CSV tables and the NDJSON that `npm run build` writes to
 * `dist/data/` (the same `exportFiles` output, written here to a temporary directory) are loaded into DuckDB, and
 * plain SQL over them must give the answers the helpers give, for every country and every mineral. A user who
 * outgrows one process loads the same files into DuckDB, Spark or BigQuery unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementsBetween, countries, countriesWith, minerals, mineralsOf } from '../src/index.js';
import { exportFiles } from '../src/export/index.js';

let dir: string;
let db: DuckDBConnection;

const rows = async (sql: string): Promise<Record<string, unknown>[]> => (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
const csv = (name: string) => `read_csv('${join(dir, name)}', header = true, all_varchar = true)`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'critical-minerals-duckdb-'));
  for (const file of [...exportFiles('csv'), ...exportFiles('ndjson')]) writeFileSync(join(dir, file.name), file.contents);
  db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`create view party as select agreement, parties as country from ${csv('agreement_parties.csv')}`);
  await db.run(`create view agreement_mineral as select agreement, minerals as mineral from ${csv('agreement_minerals.csv')}`);
  // Resources from the NDJSON, to prove that file too: one line per record, every kind in one stream.
  await db.run(
    `create view resource as select id, country, mineral, relation from read_json('${join(dir, 'dataset.ndjson')}', format = 'newline_delimited', union_by_name = true) where kind = 'resource'`,
  );
  await db.run(`create view link as
    select country, mineral, relation, id as via from resource
    union all
    select p.country, m.mineral, 'agreement' as relation, p.agreement as via from party p join agreement_mineral m using (agreement)`);
}, 60_000);

afterAll(() => {
  db?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sorted = (list: readonly string[]) => [...list].sort();

describe('SQL in DuckDB over the shipped CSV and NDJSON', () => {
  const codes = Object.keys(countries) as (keyof typeof countries)[];
  const mineralIds = Object.keys(minerals) as (keyof typeof minerals)[];

  it('agreementsBetween(a, b), for every pair of countries', async () => {
    const found = await rows(`select a.country as a, b.country as b, a.agreement from party a join party b using (agreement)`);
    let pairs = 0;
    for (const a of codes) {
      for (const b of codes) {
        if (a === b) continue;
        const sql = found.filter((r) => r['a'] === a && r['b'] === b).map((r) => String(r['agreement']));
        expect([a, b, sorted(sql)]).toEqual([a, b, sorted(agreementsBetween(a, b).map((x) => x.id))]);
        if (sql.length > 0) pairs++;
      }
    }
    expect(pairs).toBe(2); // KR–KZ and KZ–KR: the text's agreements are all between the two.
  });

  it('mineralsOf(country), for every country', async () => {
    const links = await rows(`select country, mineral, relation, via from link`);
    for (const code of codes) {
      const sql = links.filter((r) => r['country'] === code).map((r) => `${r['mineral']} ${r['relation']} ${r['via']}`);
      expect([code, sorted(sql)]).toEqual([code, sorted(mineralsOf(code).map((l) => `${l.mineral} ${l.relation} ${l.via}`))]);
    }
    expect(links.length).toBeGreaterThan(10);
  });

  it('countriesWith(mineral), for every mineral', async () => {
    const links = await rows(`select country, mineral, relation, via from link`);
    for (const id of mineralIds) {
      const sql = links.filter((r) => r['mineral'] === id).map((r) => `${r['country']} ${r['relation']} ${r['via']}`);
      expect([id, sorted(sql)]).toEqual([id, sorted(countriesWith(id).map((l) => `${l.country} ${l.relation} ${l.via}`))]);
    }
  });

  it('reads codes as text, so CAMEO 057 keeps its leading zero', async () => {
    const [row] = await rows(`select cameo_code from ${csv('agreement.csv')} where id = 'kr-kz-lithium-mou'`);
    expect(row!['cameo_code']).toBe('057');
  });
});
