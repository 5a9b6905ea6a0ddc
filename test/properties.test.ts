import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cm from '../src/index.js';
import { CriticalMineralsError, countries, minerals, type CountryCode, type MineralId } from '../src/index.js';
import { createCatalog } from '../src/create-catalog.js';
import { syntheticRecords } from './fixtures/synthetic.js';

const countryCodes = Object.keys(countries) as CountryCode[];
const mineralIds = Object.keys(minerals) as MineralId[];
const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'KZ', 'kz', 'lithium', '2024', '2024-06-11', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object(),
  fc.array(fc.string()),
);

/** Calls `fn`; passes if it returns or throws the library's own error, fails on anything else. */
function returnsOrThrowsOwnError(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (error) {
    return error instanceof CriticalMineralsError;
  }
}

function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('every helper returns or throws the library’s own error, for any input', () => {
  const unary: Record<string, (x: never) => unknown> = {
    get: cm.get,
    mineralsOf: cm.mineralsOf,
    countriesWith: cm.countriesWith,
    agreementsOf: cm.agreementsOf,
    agreementsOn: cm.agreementsOn,
    partnersOf: cm.partnersOf,
    statementsBy: cm.statementsBy,
    evidenceOf: cm.evidenceOf,
    resolveCountry: cm.resolveCountry,
    timeline: cm.timeline,
  };
  for (const [name, fn] of Object.entries(unary)) {
    it(name, () => {
      fc.assert(fc.property(anyValue, (x) => returnsOrThrowsOwnError(() => fn(x as never))));
    });
  }
  it('with options', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), anyValue, (code, options) =>
        returnsOrThrowsOwnError(() => cm.mineralsOf(code, options as never)) && returnsOrThrowsOwnError(() => cm.agreementsOf(code, options as never)),
      ),
    );
  });
  it('agreementsBetween and eventsBetween, two arguments', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (a, b) =>
        returnsOrThrowsOwnError(() => cm.agreementsBetween(a as never, b as never)) && returnsOrThrowsOwnError(() => cm.eventsBetween(a as never, b as never)),
      ),
    );
  });
});

describe('laws', () => {
  it('agreementsBetween(a, b) equals agreementsBetween(b, a)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), fc.constantFrom(...countryCodes), (a, b) => {
        expect(cm.agreementsBetween(a, b)).toEqual(cm.agreementsBetween(b, a));
      }),
    );
  });
  it('every agreement between a and b has both as parties, and is among agreementsOf each', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), fc.constantFrom(...countryCodes), (a, b) => {
        for (const agreement of cm.agreementsBetween(a, b)) {
          expect(agreement.parties).toContain(a);
          expect(agreement.parties).toContain(b);
          expect(cm.agreementsOf(a)).toContain(agreement);
        }
      }),
    );
  });
  it('mineralsOf and countriesWith agree: a link one way is a link the other way', () => {
    for (const country of countryCodes) {
      for (const link of cm.mineralsOf(country)) {
        expect(cm.countriesWith(link.mineral)).toContainEqual({ country, relation: link.relation, via: link.via, evidence: link.evidence });
      }
    }
    for (const mineral of mineralIds) {
      for (const link of cm.countriesWith(mineral)) {
        expect(cm.mineralsOf(link.country)).toContainEqual({ mineral, relation: link.relation, via: link.via, evidence: link.evidence });
      }
    }
  });
  it('answers are deeply frozen', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), fc.constantFrom(...mineralIds), (country, mineral) => {
        expect(deeplyFrozen(cm.mineralsOf(country))).toBe(true);
        expect(deeplyFrozen(cm.countriesWith(mineral))).toBe(true);
        expect(deeplyFrozen(cm.agreementsOf(country))).toBe(true);
        expect(deeplyFrozen(cm.partnersOf(country))).toBe(true);
        expect(deeplyFrozen(cm.timeline({ includeUndated: true }))).toBe(true);
      }),
    );
  });
  describe('eventsBetween agrees with a brute-force reading of earliest and latest, in both modes', () => {
    const day = (min: string, max: string) =>
      fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    /** The answer by brute force: every timeline entry, filtered by its own earliest–latest span. */
    const bruteForce = (catalog: { timeline: () => readonly cm.TimelineEntry[] }, from: string, to: string, mode: cm.BetweenMode) =>
      catalog.timeline().filter((e) => {
        const { earliest, latest } = e.date!;
        return mode === 'within' ? from <= earliest && latest <= to : earliest <= to && latest >= from;
      });
    const synthetic = createCatalog({ records: syntheticRecords({ agreements: 400, seed: 7 }).records }) as unknown as typeof cm.catalog;
    for (const [name, catalog, range] of [
      ['the embedded dataset', cm.catalog, day('1990-01-01', '2025-12-31')],
      ['a synthetic catalog of 400 agreements', synthetic, day('1750-01-01', '1752-03-01')],
    ] as const) {
      it(`${name}: overlaps and within match the brute force, and within ⊆ overlaps`, () => {
        fc.assert(
          fc.property(range, range, (x, y) => {
            const [from, to] = x <= y ? [x, y] : [y, x];
            const overlaps = catalog.eventsBetween(from, to);
            const within = catalog.eventsBetween(from, to, { mode: 'within' });
            expect(overlaps).toEqual(bruteForce(catalog, from, to, 'overlaps'));
            expect(within).toEqual(bruteForce(catalog, from, to, 'within'));
            expect(within.every((e) => overlaps.includes(e))).toBe(true);
          }),
        );
      });
    }
    it('a synthetic range holds something, so the law is not checked on empty answers only', () => {
      expect(synthetic.eventsBetween('1750-01-01', '1750-12-31', { mode: 'within' }).length).toBeGreaterThan(50);
    });
  });
  it('timeline never places an event before one the text says it follows, nor after one it precedes', () => {
    const order = new Map(cm.timeline().map((e, i) => [e.id, i]));
    let pairs = 0;
    for (const event of Object.values(cm.events)) {
      for (const earlier of event.after) {
        if (!order.has(event.id) || !order.has(earlier)) continue;
        pairs++;
        expect(order.get(earlier)!, `${earlier} before ${event.id}`).toBeLessThan(order.get(event.id)!);
      }
      for (const later of event.before) {
        if (!order.has(event.id) || !order.has(later)) continue;
        pairs++;
        expect(order.get(event.id)!, `${event.id} before ${later}`).toBeLessThan(order.get(later)!);
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });
  it('timeline is ordered by earliest possible day, then latest, then id', () => {
    const keys = cm.timeline().map((e) => `${e.date!.earliest} ${e.date!.latest} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });
  it('resolveCountry is case-insensitive over codes and names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countryCodes), fc.constantFrom('id', 'alpha3', 'numeric', 'name') as fc.Arbitrary<'id' | 'alpha3' | 'numeric' | 'name'>, fc.boolean(), (code, field, upper) => {
        const name = countries[code][field];
        expect(cm.resolveCountry(upper ? name.toUpperCase() : name.toLowerCase())).toBe(code);
      }),
    );
  });
});

describe('option filters give answers, not just return: each equals filtering the unfiltered answer', () => {
  const topicIds = Object.keys(cm.topics) as cm.TopicId[];
  const relations = fc.subarray([...cm.MINERAL_RELATIONS], { minLength: 1 });
  const types = fc.subarray([...cm.AGREEMENT_TYPES], { minLength: 1 });
  const country = fc.constantFrom(...countryCodes);
  const subject = fc.constantFrom<cm.MineralId | cm.TopicId>(...mineralIds, ...topicIds);

  it('mineralsOf(c, { relation }) is mineralsOf(c) filtered by relation, for one relation or a list', () => {
    fc.assert(
      fc.property(country, relations, (c, keep) => {
        const expected = cm.mineralsOf(c).filter((l) => keep.includes(l.relation));
        expect(cm.mineralsOf(c, { relation: keep })).toEqual(expected);
        if (keep.length === 1) expect(cm.mineralsOf(c, { relation: keep[0] })).toEqual(expected);
      }),
    );
  });
  it('countriesWith(m, { relation }) is countriesWith(m) filtered by relation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...mineralIds), relations, (m, keep) => {
        expect(cm.countriesWith(m, { relation: keep })).toEqual(cm.countriesWith(m).filter((l) => keep.includes(l.relation)));
      }),
    );
  });
  it('agreementsOf, agreementsBetween and agreementsOn with { type } are the unfiltered answer filtered by type', () => {
    fc.assert(
      fc.property(country, country, subject, types, (a, b, s, keep) => {
        const byType = (x: cm.Agreement) => keep.includes(x.type);
        expect(cm.agreementsOf(a, { type: keep })).toEqual(cm.agreementsOf(a).filter(byType));
        expect(cm.agreementsBetween(a, b, { type: keep })).toEqual(cm.agreementsBetween(a, b).filter(byType));
        expect(cm.agreementsOn(s, { type: keep })).toEqual(cm.agreementsOn(s).filter(byType));
        if (keep.length === 1) expect(cm.agreementsOf(a, { type: keep[0] })).toEqual(cm.agreementsOf(a).filter(byType));
      }),
    );
  });
  it('the laws are not checked on empty answers only: a filter keeps some and drops some', () => {
    expect(cm.mineralsOf('KZ', { relation: 'reserves' }).length).toBeGreaterThan(0);
    expect(cm.mineralsOf('KZ', { relation: 'reserves' }).length).toBeLessThan(cm.mineralsOf('KZ').length);
    expect(cm.agreementsOf('KZ', { type: 'mou' }).length).toBeGreaterThan(0);
    expect(cm.agreementsOf('KZ', { type: 'mou' }).length).toBeLessThan(cm.agreementsOf('KZ').length);
  });
  it('an empty filter is rejected, naming the option, rather than silently matching nothing', () => {
    const calls: [string, () => unknown][] = [
      ['relation', () => cm.mineralsOf('KZ', { relation: [] })],
      ['relation', () => cm.countriesWith('lithium', { relation: [] })],
      ['type', () => cm.agreementsOf('KZ', { type: [] })],
      ['type', () => cm.agreementsBetween('KR', 'KZ', { type: [] })],
      ['type', () => cm.agreementsOn('lithium', { type: [] })],
    ];
    for (const [option, call] of calls) {
      expect(call).toThrow(cm.InvalidArgumentError);
      expect(call).toThrow(new RegExp(`^Invalid ${option} \\[\\]: an empty list would match nothing`));
    }
  });
});
