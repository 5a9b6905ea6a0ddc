/** Passages of the article, and lists it gives, that records of more than one kind use; the other sources' claims. */
import { DATELINE, date, type ClaimSpec, type QuoteSpec } from './authoring.js';

/** The headline: it names the article's two countries. */
export const HEADLINE = 'S. Korea, Kazakhstan sign critical minerals partnership agreement';
/** Kazakhstan's reserves: evidence for the minerals and for the reserve records (the sentence names Kazakhstan). */
export const KZ_RESERVES = 'Kazakhstan, a major oil and natural gas producer, holds a large reserve of uranium, chromium, titanium and rare earth metals';
/** Kazakhstan's production: evidence for oil and natural gas and for the production records. */
export const KZ_PRODUCTION = 'Kazakhstan, a major oil and natural gas producer';
/** The sectors Tokayev lists (topic ids): the topics of his statement and the items of the figure counting them. */
export const TOKAYEV_SECTORS = ['infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics'];
/** The sentence that attributes the briefing's words to Tokayev. */
export const TOKAYEV_SAID = 'Tokayev said in the briefing';

/** KBS World's English report of 2024-06-12 (an excerpt source). */
export const KBS = '2024-06-12-kbs-world-kr-kz-mous';
/** The Chosun Ilbo's report of Yoon's arrival, 2024-06-11 23:14 KST (an excerpt source). */
export const CHOSUN = '2024-06-11-chosun-yoon-arrives-in-astana';

const kbs = (quote: string): QuoteSpec => ({ quote, source: KBS });
const chosun = (quote: string): QuoteSpec => ({ quote, source: CHOSUN });

/** The summit's day in Astana (UTC+5): Wednesday 2024-06-12. */
export const SUMMIT_DAY = date('2024-06-12');

/** What KBS says of the press announcement: after the summit, in Astana, on Wednesday (written 2024-06-12, Seoul). */
export const KBS_WEDNESDAY: readonly QuoteSpec[] = [
  kbs('disclosed the agreement in a joint press announcement held after their summit in Astana on Wednesday'),
  kbs('Written: 2024-06-12 17:34:52'),
];

/**
 * The three sources' claims on the day of the summit (and of what was agreed and signed at it): the seed's
 * "Tuesday", read in its US publisher's time zone, against Wednesday and "the 12th" from Seoul.
 */
export const SUMMIT_DAY_CLAIMS: readonly ClaimSpec[] = [
  {
    value: date('2024-06-11'),
    basis: 'derived',
    rule: 'weekday-before-publication',
    quotes: ['agreed Tuesday', DATELINE],
    note: '"Tuesday" read in the publisher’s time zone: a US edition, zone not known, on the other side of the date line from Astana.',
  },
  {
    value: SUMMIT_DAY,
    basis: 'derived',
    rule: 'weekday-on-or-before-publication',
    quotes: KBS_WEDNESDAY,
    note: '"on Wednesday" in a report written Wednesday 2024-06-12 at 17:34 Seoul time (UTC+9), 13:34 in Astana.',
  },
  {
    value: SUMMIT_DAY,
    basis: 'derived',
    rule: 'day-of-publication-month',
    quotes: [chosun('윤 대통령은 12일 토카예프 대통령과 정상회담을 하고'), chosun('2024. 6. 11. 23:14')],
    note: '"12일" (the 12th) in a report of 2024-06-11: the summit as scheduled the night before, not a report after it.',
    gloss: 'President Yoon will hold a summit with President Tokayev on the 12th',
  },
];

/** Why the summit's day is Wednesday 2024-06-12, and the seed's "Tuesday" only a claim. */
export const SUMMIT_DAY_RESOLUTION =
  'The summit took place in Astana (UTC+5). Both reports from Seoul (UTC+9, ahead of Astana) give Wednesday 2024-06-12; the seed’s "Tuesday" is read in its US publisher’s time zone, 9 to 12 hours behind Astana, where much of an Astana Wednesday is still Tuesday. The local day wins.';

/** What the Chosun Ilbo says of the state visit: arrived on the 11th (local time), staying until the 13th. */
export const VISIT_DAYS: readonly QuoteSpec[] = [
  chosun('윤석열 대통령은 11일(현지 시각) 두 번째 순방국인 카자흐스탄의 수도 아스타나에 도착했다'),
  chosun('윤 대통령은 오는 13일까지 2박3일 일정으로 국빈 방문 일정을 소화한다'),
  chosun('2024. 6. 11. 23:14'),
];
