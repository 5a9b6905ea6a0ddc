/** Type tests: run by vitest's typecheck mode in `npm test`. */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  agreementsBetween,
  countries,
  get,
  mineralsOf,
  resolveCountry,
  statementsBy,
  timeline,
  type Agreement,
  type AnyIds,
  type CountryCode,
  type Country,
  type Event,
  type MineralId,
  type Mineral,
} from '../src/index.js';
import type * as T from '../src/types.js';
import type { RecordOf } from '../src/catalog.js';
import type { RecordKind } from '../src/vocabulary.js';
import { AnyRecordSchema, RecordSchemas } from '../src/schema/index.js';
import { createCatalog } from '../src/create-catalog.js';

type DeepReadonly<X> = X extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : X extends object
    ? { readonly [K in keyof X]: DeepReadonly<X[K]> }
    : X;
type Out<K extends keyof typeof RecordSchemas> = DeepReadonly<z.output<(typeof RecordSchemas)[K]>>;

describe('the hand-written types equal z.output of the schemas (with string ids)', () => {
  it('every kind', () => {
    expectTypeOf<Out<'source'>>().toEqualTypeOf<T.Source<AnyIds>>();
    expectTypeOf<Out<'country'>>().toEqualTypeOf<T.Country<AnyIds>>();
    expectTypeOf<Out<'region'>>().toEqualTypeOf<T.Region<AnyIds>>();
    expectTypeOf<Out<'place'>>().toEqualTypeOf<T.Place<AnyIds>>();
    expectTypeOf<Out<'person'>>().toEqualTypeOf<T.Person<AnyIds>>();
    expectTypeOf<Out<'organization'>>().toEqualTypeOf<T.Organization<AnyIds>>();
    expectTypeOf<Out<'mineral'>>().toEqualTypeOf<T.Mineral<AnyIds>>();
    expectTypeOf<Out<'topic'>>().toEqualTypeOf<T.Topic<AnyIds>>();
    expectTypeOf<Out<'resource'>>().toEqualTypeOf<T.Resource<AnyIds>>();
    expectTypeOf<Out<'agreement'>>().toEqualTypeOf<T.Agreement<AnyIds>>();
    expectTypeOf<Out<'event'>>().toEqualTypeOf<T.Event<AnyIds>>();
    expectTypeOf<Out<'statement'>>().toEqualTypeOf<T.Statement<AnyIds>>();
    expectTypeOf<Out<'figure'>>().toEqualTypeOf<T.Figure<AnyIds>>();
    expectTypeOf<Out<'initiative'>>().toEqualTypeOf<T.Initiative<AnyIds>>();
  });
});

describe('literal id unions come from the data', () => {
  it('CountryCode is exactly the eight codes', () => {
    expectTypeOf<CountryCode>().toEqualTypeOf<'KR' | 'KZ' | 'UZ' | 'TM' | 'KP' | 'US' | 'VN' | 'SU'>();
  });
  it('typed constants are keyed by the unions', () => {
    expectTypeOf(countries.KZ).toEqualTypeOf<Country>();
    expectTypeOf<keyof typeof countries>().toEqualTypeOf<CountryCode>();
    // @ts-expect-error: there is no country XX
    void countries.XX;
  });
  it('a typo in an id does not compile', () => {
    // @ts-expect-error: 'XX' is not a CountryCode
    expectTypeOf(mineralsOf).toBeCallableWith('XX');
    // @ts-expect-error: 'Kazakhstan' is a name, not a CountryCode (use resolveCountry)
    expectTypeOf(agreementsBetween).toBeCallableWith('KR', 'Kazakhstan');
    // @ts-expect-error: 'lithum' is not a PersonId
    expectTypeOf(statementsBy).toBeCallableWith('lithum');
    // @ts-expect-error: 'reserve' is not a relation
    expectTypeOf(mineralsOf).toBeCallableWith('KZ', { relation: 'reserve' });
    expectTypeOf(mineralsOf).toBeCallableWith('KZ', { relation: ['reserves', 'production'] });
  });
});

describe('return types are precise', () => {
  it('agreementsBetween returns agreements whose parties are CountryCodes', () => {
    expectTypeOf(agreementsBetween('KR', 'KZ')).toEqualTypeOf<readonly Agreement[]>();
    expectTypeOf(agreementsBetween('KR', 'KZ')[0]!.parties).toEqualTypeOf<readonly CountryCode[]>();
  });
  it('mineralsOf links name MineralIds', () => {
    expectTypeOf(mineralsOf('KZ')[0]!.mineral).toEqualTypeOf<MineralId>();
  });
  it('get is typed by the id it is given', () => {
    expectTypeOf(get('KZ')).toEqualTypeOf<Country>();
    expectTypeOf(get('lithium')).toEqualTypeOf<Mineral>();
    expectTypeOf(get('astana-summit')).toEqualTypeOf<Event>();
    expectTypeOf(get('kr-kz-lithium-mou')).toEqualTypeOf<Agreement>();
  });
  it('resolveCountry returns a CountryCode', () => {
    expectTypeOf(resolveCountry('Kazakhstan')).toEqualTypeOf<CountryCode>();
  });
  it('timeline entries are events or agreements', () => {
    expectTypeOf(timeline()[0]!).toEqualTypeOf<Event | Agreement>();
  });
  it('a catalog of your own data takes plain string ids', () => {
    const mine = createCatalog({ records: [] });
    expectTypeOf(mine.mineralsOf).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(mine.agreementsOf('XA')).toEqualTypeOf<readonly Agreement<AnyIds>[]>();
  });
});

describe('the registry of kinds drives the per-kind types', () => {
  it('RecordTypes has one entry per registry kind', () => {
    expectTypeOf<keyof T.RecordTypes>().toEqualTypeOf<RecordKind>();
    expectTypeOf<keyof T.IdSpace>().toEqualTypeOf<RecordKind>();
  });
  it('RecordOf resolves the ids of each kind to that kind’s record type', () => {
    type Resolved = { [K in RecordKind]: RecordOf<T.Ids, T.Ids[K]> };
    expectTypeOf<Resolved>().toEqualTypeOf<{ [K in RecordKind]: T.RecordTypes[K] }>();
    expectTypeOf<RecordOf<T.Ids, 'yoon-suk-yeol'>>().toEqualTypeOf<T.Person>();
    expectTypeOf<RecordOf<T.Ids, 'KZ' | 'lithium'>>().toEqualTypeOf<T.Country | T.Mineral>();
  });
  it('RecordOf gives any record for a plain string or an unknown id', () => {
    expectTypeOf<RecordOf<AnyIds, string>>().toEqualTypeOf<T.AnyRecord<AnyIds>>();
    expectTypeOf<RecordOf<T.Ids, 'no-such-id'>>().toEqualTypeOf<T.AnyRecord>();
  });
  it('Dataset has one map per kind, under its dataset key', () => {
    expectTypeOf<T.Dataset['people']>().toEqualTypeOf<Readonly<Record<T.Ids['person'], T.Person>>>();
    expectTypeOf<keyof T.Dataset>().toEqualTypeOf<(typeof import('../src/kinds.js').KIND_REGISTRY)[number]['key']>();
  });
  it('AnyRecordSchema, built from the registry, outputs any record', () => {
    expectTypeOf<DeepReadonly<z.output<typeof AnyRecordSchema>>>().toEqualTypeOf<T.AnyRecord<AnyIds>>();
  });
});
