/**
 * More than one source, in more than one language and time zone: source metadata, excerpt sources, claims that
 * disagree and how they are resolved. The summit took place in Astana on Wednesday 2024-06-12 (local time); the
 * seed's "Tuesday" is the day in its US publisher's time zone and stays as a claim.
 */
import { describe, expect, it } from 'vitest';
import { drafts } from '../data/index.js';
import { buildDataset, readSources } from '../scripts/dataset-build.js';
import {
  agreements,
  agreementsBetween,
  claimsOf,
  DatasetError,
  dataset,
  eventsBetween,
  InvalidArgumentError,
  provenanceOf,
  sources,
  timeline,
  type AnyRecord,
} from '../src/index.js';
import { createCatalog } from '../src/create-catalog.js';

const SEED = '2024-06-12-kr-kz-critical-minerals';
const KBS = '2024-06-12-kbs-world-kr-kz-mous';
const CHOSUN = '2024-06-11-chosun-yoon-arrives-in-astana';
const day = (claim: { value: unknown }) => (claim.value as { value: string }).value;

describe('source metadata', () => {
  it('every source has an http(s) address, a language, a retrieval day and a statement of rights', () => {
    for (const source of Object.values(sources)) {
      expect(source.url, source.id).toMatch(/^https?:\/\//);
      expect(source.retrieved, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.rights.length, source.id).toBeGreaterThan(20);
    }
    expect(Object.values(sources).map((s) => s.language).sort()).toEqual(['en', 'en', 'ko']);
  });
  it('the seed is the whole article, its time zone unknown; the other two are excerpts read in Seoul time', () => {
    expect([sources[SEED].excerpt, sources[SEED].timeZone]).toEqual([false, null]);
    expect([sources[KBS].excerpt, sources[KBS].timeZone]).toEqual([true, 'Asia/Seoul']);
    expect([sources[CHOSUN].excerpt, sources[CHOSUN].timeZone]).toEqual([true, 'Asia/Seoul']);
  });
  it('publishers known only from outside a text are marked inferred; one a text names is stated', () => {
    expect(provenanceOf(SEED).publisher?.basis).toBe('inferred');
    expect(provenanceOf(KBS).publisher?.basis).toBe('inferred');
    expect(provenanceOf(CHOSUN).publisher).toMatchObject({ basis: 'stated', evidence: [{ quote: 'Copyright © 조선일보.' }] });
  });
  it('an excerpt ships a few sentences, not the article: every passage is cited by some record', () => {
    for (const id of [KBS, CHOSUN] as const) {
      const text = sources[id].text;
      const cited = Object.values(dataset).flatMap((map) => Object.values(map as Record<string, AnyRecord>)).flatMap((r) => [
        ...r.evidence,
        ...Object.values(provenanceOf(r)).flatMap((p) => [...p.evidence, ...(p.claims ?? []).flatMap((c) => c.evidence)]),
      ]).filter((e) => e.source === id);
      const passages = text.split('\n').filter((line) => line.trim() !== '' && line !== '[…]');
      for (const passage of passages) expect(cited.some((e) => passage.includes(e.quote) || e.quote.includes(passage)), `${id}: ${passage}`).toBe(true);
      expect(text.length).toBeLessThan(800);
    }
  });
});

describe('when was the summit: Wednesday 2024-06-12 in Astana', () => {
  it('the summit and the seven agreements reached at it are dated 2024-06-12', () => {
    expect(dataset.events['astana-summit'].date?.value).toBe('2024-06-12');
    for (const agreement of Object.values(agreements)) expect(agreement.date?.value, agreement.id).toBe('2024-06-12');
  });
  it('claimsOf shows all three claims: the seed’s Tuesday, KBS’s Wednesday and the Chosun Ilbo’s 12th', () => {
    const claims = claimsOf('astana-summit', 'date');
    expect(claims.map((c) => [c.source, day(c), c.rule])).toEqual([
      [SEED, '2024-06-11', 'weekday-before-publication'],
      [KBS, '2024-06-12', 'weekday-on-or-before-publication'],
      [CHOSUN, '2024-06-12', 'day-of-publication-month'],
    ]);
    expect(claims[0]!.note).toMatch(/publisher’s time zone/);
  });
  it('the resolution is visible: derived by local-date-of-event, marked as a conflict, resting on the two Seoul reports', () => {
    const date = provenanceOf('astana-summit').date!;
    expect([date.basis, date.rule, date.conflict]).toEqual(['derived', 'local-date-of-event', true]);
    expect([...new Set(date.evidence.map((e) => e.source))]).toEqual([KBS, CHOSUN]);
  });
  it('the supply-chain MOU carries the same three claims', () => {
    expect(claimsOf('kr-kz-critical-minerals-supply-chain-mou', 'date').map(day)).toEqual(['2024-06-11', '2024-06-12', '2024-06-12']);
  });
  it('queries answer from the resolved day', () => {
    const onTheDay = eventsBetween('2024-06-12', '2024-06-12', { mode: 'within' }).map((e) => e.id);
    expect(onTheDay).toEqual(expect.arrayContaining(['astana-summit', 'joint-press-conference', ...agreementsBetween('KR', 'KZ').map((a) => a.id)]));
    expect(eventsBetween('2024-06-11', '2024-06-11', { mode: 'within' })).toEqual([]);
    expect(agreementsBetween('KR', 'KZ').every((a) => a.date?.value === '2024-06-12')).toBe(true);
    const order = timeline().map((e) => e.id);
    expect(order.indexOf('astana-summit')).toBeLessThan(order.indexOf('joint-press-conference'));
  });
  it('the visit ran from the 11th (arrival, local time) to the 13th (as scheduled), by the Chosun Ilbo', () => {
    expect(dataset.events['yoon-state-visit-to-kazakhstan'].date).toMatchObject({ earliest: '2024-06-11', latest: '2024-06-13' });
    expect(provenanceOf('yoon-state-visit-to-kazakhstan').date?.evidence.every((e) => e.source === CHOSUN)).toBe(true);
  });
  it('the press conference came after the summit, as KBS states', () => {
    expect(provenanceOf('joint-press-conference').after).toMatchObject({ basis: 'stated', evidence: [{ source: KBS }] });
  });
});

describe('translations are kept apart', () => {
  it('a Korean claim quotes the original words, and its English gloss is ours, not the source’s', () => {
    const chosun = claimsOf('astana-summit', 'date').find((c) => c.source === CHOSUN)!;
    expect(chosun.evidence[0]!.quote).toMatch(/[\uAC00-\uD7A3]/);
    expect(chosun.gloss).toMatch(/12th/);
    expect(sources[CHOSUN].text).not.toContain(chosun.gloss!);
  });
});

describe('every claim holds', () => {
  const records = Object.values(dataset).flatMap((map) => Object.values(map as Record<string, AnyRecord>));
  it('every claim’s quotes stand at their offsets in their own source’s shipped text', () => {
    let claims = 0;
    for (const record of records) {
      for (const p of Object.values(provenanceOf(record))) {
        for (const claim of p.claims ?? []) {
          claims++;
          for (const e of claim.evidence) expect(sources[e.source].text.slice(e.start, e.end), record.id).toBe(e.quote);
          expect(claim.source).toBe(claim.evidence[0]!.source);
        }
      }
    }
    expect(claims).toBeGreaterThanOrEqual(6);
  });
  it('claimsOf gives a field one source speaks to as one claim, and rejects a field the record lacks', () => {
    expect(claimsOf('kr-kz-lithium-mou', 'minerals').map((c) => [c.source, c.value])).toEqual([[SEED, ['lithium']]]);
    expect(claimsOf('KZ', 'alpha3')).toEqual([]);
    expect(() => claimsOf('KZ', 'capital')).toThrow(InvalidArgumentError);
  });
});

describe('the build rejects sources and claims that do not hold', () => {
  const texts = readSources(new URL('../data/sources', import.meta.url).pathname);
  function problems(sourceFiles: typeof texts, changed = drafts): string[] {
    try {
      buildDataset(sourceFiles, changed);
      return [];
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      return error.issues.map((i) => `${i.record} ${i.path}: ${i.message}`);
    }
  }
  it('an excerpt source without a URL or a retrieval day', () => {
    /** The source files with one field of one source emptied, and its provenance entry gone with it. */
    const without = (id: string, field: string) =>
      texts.map((s) => {
        if (s.meta.id !== id) return s;
        const { [field]: _gone, ...provenance } = s.meta['provenance'] as Record<string, unknown>;
        return { ...s, meta: { ...s.meta, [field]: null, provenance } };
      });
    const message = 'an excerpt source needs the address it was read at and the day it was read (url and retrieved)';
    expect(problems(without(KBS, 'url'))).toEqual([`${KBS} url: ${message}`]);
    expect(problems(without(CHOSUN, 'retrieved'))).toEqual([`${CHOSUN} retrieved: ${message}`]);
    expect(problems(without(SEED, 'retrieved'))).toEqual([]);
  });
  it('a conflict without a resolution rule', () => {
    const summit = dataset.events['astana-summit'];
    const { date: resolved, ...others } = summit.provenance;
    const unresolved = { ...summit, provenance: { ...others, date: { ...resolved!, basis: 'inferred', rule: undefined, note: 'no rule' } } };
    const message = (() => {
      try {
        createCatalog({ records: [...Object.values(dataset).flatMap((m) => Object.values(m as object)).filter((r) => (r as AnyRecord).id !== 'astana-summit'), JSON.parse(JSON.stringify(unresolved))] });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('event "astana-summit" at provenance.date: a conflict is resolved by a named rule: the value must be derived');
  });
  it('a claim whose quote is not in its source', () => {
    const summit = dataset.events['astana-summit'];
    const evidence = summit.evidence.map((e) => (e.source === CHOSUN ? { ...e, start: e.start + 1, end: e.end + 1 } : e));
    const moved = { ...summit, evidence };
    const records = [...Object.values(dataset).flatMap((m) => Object.values(m as object)).filter((r) => (r as AnyRecord).id !== 'astana-summit'), JSON.parse(JSON.stringify(moved))];
    expect(() => createCatalog({ records })).toThrow(/event "astana-summit" at evidence\.\d+\.quote: quote does not stand at/);
  });
});

describe('the LICENSE', () => {
  it('states every shipped source’s status, and whether it is an excerpt', async () => {
    const { readFileSync } = await import('node:fs');
    const licence = readFileSync(new URL('../LICENSE', import.meta.url), 'utf8');
    for (const source of Object.values(sources)) {
      const entry = licence.split('\n- ').find((item) => item.startsWith(source.id));
      expect(entry, source.id).toBeDefined();
      expect(entry!.replace(/\s+/g, ' '), source.id).toMatch(source.excerpt ? /An excerpt/ : /The whole article/);
    }
  });
});

describe('the evidence viewer', () => {
  it('shows the losing claim on the seed’s "Tuesday" and the winning ones on the Seoul reports', async () => {
    const { toEvidenceViewer } = await import('../src/export/index.js');
    const seedPage = toEvidenceViewer(SEED);
    expect(seedPage).toContain('claim 2024-06-11 by weekday-before-publication, overruled by local-date-of-event');
    expect(toEvidenceViewer(KBS)).toContain('claim 2024-06-12 by weekday-on-or-before-publication, the resolved value (local-date-of-event)');
  });
});
