/**
 * Turning what a person types into ids: country names through the library's `resolveCountry`, mineral
 * names and symbols by exact match, and comma lists for filters.
 *
 * @module
 */
import { countries, get, minerals, nameOf, people, resolveCountry, topics } from '../../index.js';
import type { AgreementOptions, CountryCode, LinkOptions, MineralId, NamedId, PersonId, TopicId } from '../../index.js';
import type { OptionSpec } from '../command.js';

/** The code of a country given by code or name ("kazakhstan", "S. Korea", "KAZ", "398"). Throws the library's errors. */
export function countryArg(input: string): CountryCode {
  return resolveCountry(input);
}

/** The `--lang` option of the commands that print names. */
export const LANG_OPTION: OptionSpec = {
  name: 'lang',
  value: 'LOCALE',
  description: 'names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them',
};

/** The `--lang` value, checked (a locale the runtime does not know is the library's InvalidArgumentError). */
export function langOption(value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  nameOf('KZ', { locale: value });
  return value;
}

/**
 * A record's name for the terminal: with `--lang`, the library's `nameOf` in that language (which checks the
 * locale); without it, the record's own name.
 */
export function nameIn(id: NamedId, lang: string | undefined): string {
  if (lang !== undefined) return nameOf(id, { locale: lang }).name;
  return (get(id) as { readonly name: string }).name;
}

/** `Kazakhstan (KZ)`, or with `--lang ko` `카자흐스탄 (KZ)`. */
export function countryLabel(code: CountryCode, lang?: string): string {
  return `${lang === undefined ? countries[code].name : nameIn(code, lang)} (${code})`;
}

/**
 * The mineral id typed, or the one mineral whose id, name, alias or element symbol matches it ignoring case
 * ("Lithium", "Li"). Anything else goes to the library as typed, whose error suggests the nearest.
 */
export function mineralArg(input: string): MineralId {
  if (Object.hasOwn(minerals, input)) return input as MineralId;
  const key = input.trim().toLowerCase();
  const found = Object.values(minerals).filter((m) =>
    [m.id, m.name, ...m.aliases, ...(m.symbol ? [m.symbol] : [])].some((name) => name.toLowerCase() === key),
  );
  return found.length === 1 ? found[0]!.id : (input as MineralId);
}

/**
 * The person id typed, or the one person whose id, full name or family name matches it ignoring case ("Tokayev",
 * "yoon suk yeol"). Anything else goes to the library as typed, whose error suggests the nearest.
 */
export function personArg(input: string): PersonId {
  if (Object.hasOwn(people, input)) return input as PersonId;
  const key = input.trim().toLowerCase();
  const found = Object.values(people).filter((p) => [p.id, p.name, p.familyName].some((name) => name.toLowerCase() === key));
  return found.length === 1 ? found[0]!.id : (input as PersonId);
}

/** A topic id, or a topic's name ignoring case ("Renewable energy"); else a mineral as {@link mineralArg} reads it. */
export function mineralOrTopicArg(input: string): MineralId | TopicId {
  if (Object.hasOwn(topics, input)) return input as TopicId;
  const key = input.trim().toLowerCase();
  const found = Object.values(topics).filter((t) => t.id === key || t.name.toLowerCase() === key);
  return found.length === 1 ? found[0]!.id : mineralArg(input);
}

/** A comma-separated option value as a list (`mou,deal`), or `undefined` where the option is absent. */
export function listOption(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The `--relation` option of `minerals` and `countries-with`. */
export const RELATION_OPTION: OptionSpec = {
  name: 'relation',
  value: 'R',
  description: 'keep only reserves, production or agreement (comma-separated for several)',
};

/** The link options `--relation` asks for (the library checks the values and names a bad one). */
export function linkOptions(value: string | boolean | undefined): LinkOptions {
  const relation = listOption(value);
  return (relation === undefined ? {} : { relation }) as LinkOptions;
}

/** The `--type` option of `agreements` and `agreements-on`. */
export const TYPE_OPTION: OptionSpec = {
  name: 'type',
  value: 'T',
  description: 'keep only mou, deal or agreement-in-principle (comma-separated for several)',
};

/** The agreement options `--type` asks for (the library checks the values and names a bad one). */
export function agreementOptions(value: string | boolean | undefined): AgreementOptions {
  const type = listOption(value);
  return (type === undefined ? {} : { type }) as AgreementOptions;
}
