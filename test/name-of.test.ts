/**
 * `nameOf`: names in the reader's language. ICU data differs between runtimes, so these tests assert properties
 * of the names (script, not the code, not Russia), never a runtime's exact wording.
 */
import { describe, expect, it } from 'vitest';
import { countries, dataset, InvalidArgumentError, nameOf, people, minerals, regions, UnknownIdError, type NamedId } from '../src/index.js';

const HANGUL = /\p{Script=Hangul}/u;

describe('countries and regions, named by Intl.DisplayNames', () => {
  it('Kazakhstan in Korean is written in Hangul', () => {
    const kz = nameOf('KZ', { locale: 'ko' });
    expect(kz.name).toMatch(HANGUL);
    expect(kz).toMatchObject({ locale: 'ko', from: 'intl', fallback: false });
  });

  it('every current country has a name in English, German, Korean and Japanese that is not its code', () => {
    for (const country of Object.values(countries).filter((c) => !c.historical)) {
      for (const locale of ['en', 'de', 'ko', 'ja']) {
        const name = nameOf(country.id, { locale });
        expect(name.name.trim(), `${country.id} in ${locale}`).not.toBe('');
        expect(name.name).not.toBe(country.id);
        expect(name).toMatchObject({ from: 'intl', fallback: false, locale });
      }
    }
  });

  it('Central Asia is named through its M49 code, in Hangul in Korean', () => {
    expect(regions['central-asia'].m49).toBe('143');
    const name = nameOf('central-asia', { locale: 'ko' });
    expect(name.name).toMatch(HANGUL);
    expect(name.from).toBe('intl');
  });

  it('a region without an M49 code (the Korean Peninsula) falls back to its English name, flagged', () => {
    expect(nameOf('korean-peninsula', { locale: 'ko' })).toEqual({ name: regions['korean-peninsula'].name, locale: 'en', from: 'dataset', fallback: true });
  });
});

describe('a historical country is named from the dataset, never by Intl', () => {
  it('SU is the Soviet Union in English, not Russia (Intl maps SU to Russia)', () => {
    const su = nameOf('SU', { locale: 'en' });
    expect(su).toEqual({ name: countries.SU.name, locale: 'en', from: 'dataset', fallback: false });
    expect(su.name).not.toMatch(/Russia/);
  });

  it('SU in Korean is the English name, flagged as a fallback, and not Korean for Russia', () => {
    const su = nameOf('SU', { locale: 'ko' });
    expect(su).toEqual({ name: 'Soviet Union', locale: 'en', from: 'dataset', fallback: true });
    expect(su.name).not.toBe(new Intl.DisplayNames(['ko'], { type: 'region' }).of('SU'));
    expect(su.name).not.toBe(new Intl.DisplayNames(['ko'], { type: 'region' }).of('RU'));
  });
});

describe('people, minerals and other named records: only names a shipped source states', () => {
  it('Yoon Suk Yeol in Korean is his English name, flagged: no source states his name in Hangul', () => {
    expect(nameOf('yoon-suk-yeol', { locale: 'ko' })).toEqual({ name: people['yoon-suk-yeol'].name, locale: 'en', from: 'dataset', fallback: true });
  });

  it('in English or an English variant it is the record’s name, not flagged', () => {
    expect(nameOf('lithium')).toEqual({ name: minerals.lithium.name, locale: 'en', from: 'dataset', fallback: false });
    expect(nameOf('lithium', { locale: 'en-GB' })).toEqual({ name: minerals.lithium.name, locale: 'en-GB', from: 'dataset', fallback: false });
  });

  it('every named record of every kind gets a non-empty, frozen answer', () => {
    const named = Object.values(dataset).flatMap((map) => Object.values(map)).filter((r) => typeof (r as { name?: unknown }).name === 'string');
    expect(named.length).toBeGreaterThan(40);
    for (const record of named) {
      const answer = nameOf(record.id as NamedId, { locale: 'fr' });
      expect(answer.name.trim()).not.toBe('');
      expect(Object.isFrozen(answer)).toBe(true);
    }
  });
});

describe('bad input', () => {
  it('an unknown locale is an InvalidArgumentError naming it', () => {
    for (const locale of ['xx', 'not a locale', '']) {
      const call = () => nameOf('KZ', { locale });
      expect(call).toThrow(InvalidArgumentError);
      expect(call).toThrow(`"${locale}"`);
    }
    expect(() => nameOf('KZ', { locale: 7 as never })).toThrow(/Invalid locale the number 7/);
  });

  it('an unknown option is refused, with the nearest', () => {
    expect(() => nameOf('KZ', { lang: 'ko' } as never)).toThrow(/Unknown option "lang".*locale/);
  });

  it('an unknown id is an UnknownIdError with the nearest ids', () => {
    expect(() => nameOf('Kazakstan' as NamedId)).toThrow(UnknownIdError);
  });

  it('a record without a name (a statement) is an InvalidArgumentError', () => {
    const statement = Object.keys(dataset.statements)[0]!;
    expect(() => nameOf(statement as NamedId)).toThrow(/has no name/);
  });

  it('the errors name the parameter at fault and keep the input as given', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error as InvalidArgumentError;
      }
      throw new Error('did not throw');
    };
    expect(thrown(() => nameOf('KZ', { locale: 'xx' }))).toMatchObject({ parameter: 'locale', input: 'xx' });
    const statement = Object.keys(dataset.statements)[0]!;
    expect(thrown(() => nameOf(statement as NamedId))).toMatchObject({ parameter: 'id', input: statement });
  });
});

describe('a runtime whose Intl.DisplayNames is missing, fails or knows no name', () => {
  /** Runs `f` with `Intl.DisplayNames` replaced, then puts the real one back. */
  function withDisplayNames<T>(replacement: unknown, f: () => T): T {
    const real = Intl.DisplayNames;
    Object.defineProperty(Intl, 'DisplayNames', { value: replacement, configurable: true, writable: true });
    try {
      return f();
    } finally {
      Object.defineProperty(Intl, 'DisplayNames', { value: real, configurable: true, writable: true });
    }
  }
  const englishFallback = { name: 'Kazakhstan', locale: 'en', from: 'dataset', fallback: true };

  it('without Intl.DisplayNames (an old or small runtime), a country gets its English name, flagged', () => {
    expect(withDisplayNames(undefined, () => nameOf('KZ', { locale: 'ko' }))).toEqual(englishFallback);
  });

  it('when Intl.DisplayNames throws (a region code the runtime rejects), the English name, flagged', () => {
    class Throws {
      of(): string {
        throw new RangeError('invalid region');
      }
    }
    expect(withDisplayNames(Throws, () => nameOf('KZ', { locale: 'ko' }))).toEqual(englishFallback);
  });

  it('when Intl answers with the code itself, that is no name: the English name, flagged', () => {
    class EchoesCode {
      of(code: string): string {
        return code;
      }
    }
    expect(withDisplayNames(EchoesCode, () => nameOf('KZ', { locale: 'ko' }))).toEqual(englishFallback);
    expect(withDisplayNames(EchoesCode, () => nameOf('central-asia', { locale: 'en' }))).toEqual({ name: regions['central-asia'].name, locale: 'en', from: 'dataset', fallback: false });
  });

  it('the real Intl is back afterwards', () => {
    expect(nameOf('KZ', { locale: 'ko' }).from).toBe('intl');
  });
});
