/**
 * Outside facts are standard identifiers only, and each is checked here against the project's reference list
 * (`data/reference/identifiers.md`, copied from the shared reference), parsed independently of the data.
 */
import { describe, expect, it } from 'vitest';
import { table } from './facts/reference-table.js';
import { CAMEO_LABELS, countries, events, minerals, places, regions, agreements, statements } from '../src/index.js';

describe('ISO 3166 codes and Wikidata ids of countries', () => {
  const rows = table('Countries');
  it('the reference lists the eight countries the data has', () => {
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(countries).sort());
  });
  it.each(rows.map((r) => [r[1]!, r] as const))('%s has the reference alpha-2, alpha-3, numeric and Wikidata id', (code, row) => {
    const country = countries[code as keyof typeof countries];
    expect([country.alpha2, country.alpha3, country.numeric, country.wikidata]).toEqual([row[1], row[2], row[3], row[4]]);
  });
});

describe('places', () => {
  it.each(table('Places').map((r) => [r[0]!, r] as const))('%s is in the reference country with the reference Wikidata id', (name, row) => {
    const place = Object.values(places).find((p) => p.name === name)!;
    expect([place.country, place.wikidata]).toEqual([row[1], row[2]]);
  });
});

describe('UN M49 regions', () => {
  it('Central Asia is M49 143 with the reference members', () => {
    const row = table('Regions').find((r) => r[0] === 'Central Asia')!;
    expect(regions['central-asia'].m49).toBe(row[1]);
    expect([...regions['central-asia'].m49Members].sort()).toEqual(row[2]!.split(',').map((s) => s.trim()).sort());
  });
});

describe('element symbols, atomic numbers and Wikidata ids', () => {
  const rows = table('Minerals').filter((r) => r[0] !== 'rare-earth elements');
  it.each(rows.map((r) => [r[0]!, r] as const))('%s matches the reference', (name, row) => {
    const mineral = minerals[name as keyof typeof minerals];
    expect([mineral.symbol, String(mineral.atomicNumber), mineral.wikidata]).toEqual([row[1], row[2], row[3]]);
  });
  it('rare-earth metals are Sc, Y and the 15 lanthanides (atomic numbers 21, 39, 57–71)', () => {
    const lanthanides = ['La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu'];
    expect(minerals['rare-earth-metals'].elements).toEqual(['Sc', 'Y', ...lanthanides]);
    expect(minerals['rare-earth-metals'].wikidata).toBeNull();
  });
  it('no mineral has a Wikidata id the reference does not list', () => {
    const listed = new Set(rows.map((r) => r[3]));
    for (const m of Object.values(minerals)) if (m.wikidata !== null) expect(listed.has(m.wikidata), m.id).toBe(true);
  });
});

describe('CAMEO and PLOVER codes', () => {
  const rows = table('Event codes');
  const referenceCodes = new Set(rows.flatMap((r) => r[1]!.split('/').map((c) => c.trim())));
  it('every CAMEO code the library knows is in the reference table', () => {
    expect(Object.keys(CAMEO_LABELS).filter((code) => !referenceCodes.has(code))).toEqual([]);
  });
  it('every CAMEO label the reference gives matches the library’s', () => {
    for (const row of rows) {
      const codes = row[1]!.split('/').map((c) => c.trim());
      const labels = row[2]!.split(' / ').map((l) => l.trim());
      codes.forEach((code, i) => {
        // "Express intent to cooperate / … economically": the ellipsis stands for the first label.
        const label = labels[i]!.startsWith('…') ? `${labels[0]}${labels[i]!.slice(1)}` : labels[i];
        expect(CAMEO_LABELS[code as keyof typeof CAMEO_LABELS]).toBe(label);
      });
    }
  });
  it('every coded event, agreement and statement uses a PLOVER category from the reference', () => {
    const plover = new Set(rows.map((r) => r[3]!.split(' ')[0]));
    const coded = [...Object.values(events), ...Object.values(agreements)].flatMap((r) => (r.plover ? [r.plover.category] : []));
    expect(coded.length).toBeGreaterThan(0);
    for (const category of coded) expect(plover.has(category)).toBe(true);
    for (const s of Object.values(statements)) if (s.cameo) expect(referenceCodes.has(s.cameo.code)).toBe(true);
  });
});

describe('CAMEO codes and PLOVER categories pair up as the reference pairs them', () => {
  /** For each CAMEO code, the PLOVER category and mode (or null) its reference row gives. */
  const pairs = new Map<string, { category: string; mode: string | null }>();
  for (const row of table('Event codes')) {
    const codes = row[1]!.split('/').map((c) => c.trim());
    const [category, modes] = [row[3]!.split(' ')[0]!, /\(([^)]*)\)/.exec(row[3]!)?.[1]];
    const modeList = modes ? modes.split('/').map((m) => m.replace('mode:', '').trim()) : [];
    codes.forEach((code, i) => pairs.set(code, { category, mode: modeList.length === codes.length ? modeList[i]! : (modeList[0] ?? null) }));
  }
  it('the reference gives 043 (Host a visit) as CONSULT with mode host, and 036 as AGREE', () => {
    expect(pairs.get('043')).toEqual({ category: 'CONSULT', mode: 'host' });
    expect(pairs.get('042')).toEqual({ category: 'CONSULT', mode: 'visit' });
    expect(pairs.get('036')).toEqual({ category: 'AGREE', mode: null });
    expect(CAMEO_LABELS['036']).toBe('Express intent to meet or negotiate');
  });
  it('every coded event and agreement has the PLOVER category (and mode, where the row gives one) of its CAMEO row', () => {
    const coded = [...Object.values(events), ...Object.values(agreements)].filter((r) => r.cameo !== null);
    expect(coded.length).toBeGreaterThan(10);
    for (const record of coded) {
      const pair = pairs.get(record.cameo!.code)!;
      expect(record.plover?.category, record.id).toBe(pair.category);
      if (pair.mode !== null) expect(record.plover?.mode, record.id).toBe(pair.mode);
    }
  });
});
