/** What the article says about the events it mentions. */
import type { Dataset } from '../../src/types.js';
import { fact, type Expect } from './check.js';

const LEADERS = ['yoon-suk-yeol', 'kassym-jomart-tokayev'];
const AS_OF = '2024-06-12';
const day = (d: string) => ({ value: d, precision: 'day', earliest: d, latest: d });
const year = (y: string) => ({ value: y, precision: 'year', earliest: `${y}-01-01`, latest: `${y}-12-31` });
const VISIT_TO_PUBLICATION = { value: '2024-06', precision: 'month', earliest: '2024-06-11', latest: AS_OF };
const CONSULT = { cameo: { code: '040', label: 'Consult' }, plover: { category: 'CONSULT', mode: null } };
const VISIT = { cameo: { code: '042', label: 'Make a visit' }, plover: { category: 'CONSULT', mode: 'visit' } };
const NO_CODE = { cameo: null, plover: null };

/** The event's fields that say who, whom, what about and how it relates to other events. */
function roles(data: Dataset, id: string, expect: Expect, expected: Record<string, unknown>) {
  const e = data.events[id as keyof Dataset['events']];
  const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, (e as unknown as Record<string, unknown> | undefined)?.[k]]));
  expect.equal(id, actual, expected);
}

export const eventFacts = [
  fact('events', 'the article mentions fourteen events', (data, expect) => {
    expect.sameItems('events', Object.keys(data.events), [
      'astana-summit', 'yoon-state-visit-to-kazakhstan', 'joint-press-conference', 'tokayev-briefing', 'yoon-central-asia-trip',
      'k-silk-road-announcement', 'south-korea-central-asia-summit', 'kazakhstan-independence', 'soviet-nuclear-test-site-closure',
      'kazakhstan-nuclear-arsenal-dismantlement', 'north-korea-nuclear-tests', 'north-korea-last-nuclear-test', 'hanoi-summit-2019',
      'us-north-korea-nuclear-negotiations',
    ]);
  }),
  fact('events', 'every event without a CAMEO code says why', (data, expect) => {
    for (const e of Object.values(data.events)) if (e.cameo === null) expect.equal(`${e.id} note mentions CAMEO`, /CAMEO/.test(e.note ?? ''), true);
  }),
  fact('events', 'every event’s status is as of the publication date, 2024-06-12', (data, expect) => {
    for (const e of Object.values(data.events)) {
      expect.equal(`${e.id} statusAsOf`, e.statusAsOf, AS_OF);
      expect.basis(e, 'statusAsOf', 'derived', 'as-of-publication');
    }
  }),

  fact('events', 'the Astana summit took place on Wednesday 2024-06-12 in Astana (KBS, the Chosun Ilbo); the seed’s "Tuesday" is the US day', (data, expect) => {
    roles(data, 'astana-summit', expect, {
      name: 'South Korea–Kazakhstan summit in Astana', type: 'summit', status: 'occurred', date: day('2024-06-12'), place: 'astana',
    });
    expect.basis(data.events['astana-summit'], 'date', 'derived', 'local-date-of-event');
  }),
  fact('events', 'the summit’s actors are Yoon and Tokayev; it was part of Yoon’s state visit and is coded CAMEO 040 "Consult"', (data, expect) => {
    const e = data.events['astana-summit'];
    roles(data, 'astana-summit', expect, { actors: LEADERS, recipients: [], partOf: 'yoon-state-visit-to-kazakhstan', after: [], before: [], outcome: null });
    expect.equal('codes', { cameo: e?.cameo, plover: e?.plover }, CONSULT);
  }),
  fact('events', 'the summit discussed the K-Silk Road initiative, North Korea and the Korean Peninsula, the strategic partnership and the minerals supply chain', (data, expect) => {
    roles(data, 'astana-summit', expect, {
      subjects: ['k-silk-road-cooperation-initiative', 'KP', 'korean-peninsula'],
      topics: ['strategic-partnership', 'critical-minerals-supply-chain', 'korean-peninsula-security', 'nuclear-and-missile-programs'],
    });
  }),

  fact('events', 'Yoon’s state visit to Kazakhstan ran from the 11th (arrival) to the 13th (as scheduled), part of his Central Asia trip; CAMEO 042 "Make a visit"', (data, expect) => {
    const e = data.events['yoon-state-visit-to-kazakhstan'];
    roles(data, 'yoon-state-visit-to-kazakhstan', expect, {
      name: 'Yoon’s state visit to Kazakhstan', type: 'state-visit', status: 'occurred', date: { value: '2024-06', precision: 'month', earliest: '2024-06-11', latest: '2024-06-13' }, place: null,
      actors: ['yoon-suk-yeol'], recipients: ['KZ'], subjects: [], topics: [], partOf: 'yoon-central-asia-trip', after: [], before: [], outcome: null,
    });
    expect.basis(e, 'date', 'derived', 'day-of-publication-month');
    expect.equal('codes', { cameo: e?.cameo, plover: e?.plover }, VISIT);
  }),
  fact('events', 'the joint press conference came after the summit, on Wednesday 2024-06-12 (KBS), Yoon with Tokayev read as the other speaker; no CAMEO code fits', (data, expect) => {
    const e = data.events['joint-press-conference'];
    roles(data, 'joint-press-conference', expect, {
      name: 'Yoon and Tokayev’s joint press conference', type: 'press-conference', status: 'occurred',
      date: day('2024-06-12'), place: null,
      actors: LEADERS, recipients: [], subjects: [], topics: [], partOf: 'yoon-state-visit-to-kazakhstan', after: ['astana-summit'], before: [], outcome: null,
      ...NO_CODE,
    });
    expect.basis(e, 'actors', 'inferred');
    expect.basis(e, 'after', 'stated');
    expect.basis(e, 'date', 'derived', 'weekday-on-or-before-publication');
  }),
  fact('events', 'Tokayev spoke at a briefing during the state visit, from its first day to publication; no CAMEO code fits', (data, expect) => {
    roles(data, 'tokayev-briefing', expect, {
      name: 'The briefing at which Tokayev spoke', type: 'briefing', status: 'occurred', date: VISIT_TO_PUBLICATION, place: null,
      actors: ['kassym-jomart-tokayev'], recipients: [], subjects: [], topics: [], partOf: 'yoon-state-visit-to-kazakhstan', after: [], before: [], outcome: null,
      ...NO_CODE,
    });
  }),
  fact('events', 'Yoon’s Central Asia trip, under way at publication in June 2024, takes in Turkmenistan, Kazakhstan and Uzbekistan', (data, expect) => {
    const e = data.events['yoon-central-asia-trip'];
    roles(data, 'yoon-central-asia-trip', expect, {
      name: 'Yoon’s Central Asia trip', type: 'trip', status: 'ongoing',
      date: { value: '2024-06', precision: 'month', earliest: '2024-06-01', latest: '2024-06-30' }, place: null,
      actors: ['yoon-suk-yeol'], subjects: ['central-asia'], topics: [], partOf: null, after: [], before: [], outcome: null,
    });
    expect.sameItems('recipients', e?.recipients, ['TM', 'KZ', 'UZ']);
    expect.basis(e, 'status', 'inferred');
    expect.equal('codes', { cameo: e?.cameo, plover: e?.plover }, VISIT);
  }),
  fact('events', 'South Korea announced the K-Silk Road strategy for Central Asia before the trip, on a day not given; CAMEO 030, PLOVER AGREE', (data, expect) => {
    roles(data, 'k-silk-road-announcement', expect, {
      name: 'Announcement of the K-Silk Road regional strategy', type: 'announcement', status: 'occurred', date: null, place: null,
      actors: ['KR'], recipients: [], subjects: ['k-silk-road-cooperation-initiative', 'central-asia'], topics: [], partOf: null,
      after: [], before: ['yoon-central-asia-trip'], outcome: null,
      cameo: { code: '030', label: 'Express intent to cooperate' }, plover: { category: 'AGREE', mode: null },
    });
    expect.basis(data.events['k-silk-road-announcement'], 'actors', 'inferred');
  }),
  fact('events', 'South Korea plans a South Korea–Central Asia summit, with no date or place; CAMEO 040 "Consult"', (data, expect) => {
    roles(data, 'south-korea-central-asia-summit', expect, {
      name: 'South Korea–Central Asia summit (planned)', type: 'summit', status: 'planned', date: null, place: null,
      actors: ['KR'], recipients: [], subjects: ['central-asia'], topics: [], partOf: null, after: [], before: [], outcome: null,
      ...CONSULT,
    });
    expect.basis(data.events['south-korea-central-asia-summit'], 'status', 'stated');
  }),

  fact('events', 'Kazakhstan gained independence (from the Soviet Union, by context) in 1991', (data, expect) => {
    roles(data, 'kazakhstan-independence', expect, {
      name: 'Kazakhstan gains independence', type: 'independence', status: 'occurred', date: year('1991'), place: null,
      actors: ['KZ'], recipients: [], subjects: ['SU'], topics: [], partOf: null, after: [], before: [], outcome: null, ...NO_CODE,
    });
    expect.basis(data.events['kazakhstan-independence'], 'date', 'stated');
    expect.basis(data.events['kazakhstan-independence'], 'subjects', 'inferred');
  }),
  fact('events', 'Kazakhstan closed the former Soviet Union’s nuclear testing site, on a date not given', (data, expect) => {
    roles(data, 'soviet-nuclear-test-site-closure', expect, {
      name: 'Kazakhstan closes the former Soviet nuclear testing site', type: 'site-closure', status: 'occurred', date: null, place: null,
      actors: ['KZ'], recipients: [], subjects: ['SU'], topics: ['denuclearization'], partOf: null, after: [], before: [], outcome: null, ...NO_CODE,
    });
  }),
  fact('events', 'Kazakhstan dismantled the world’s fourth-largest nuclear arsenal after gaining independence', (data, expect) => {
    roles(data, 'kazakhstan-nuclear-arsenal-dismantlement', expect, {
      name: 'Kazakhstan dismantles the world’s fourth-largest nuclear arsenal', type: 'disarmament', status: 'occurred', date: null, place: null,
      actors: ['KZ'], recipients: [], subjects: [], topics: ['denuclearization'], partOf: null, after: ['kazakhstan-independence'], before: [], outcome: null,
      ...NO_CODE,
    });
  }),
  fact('events', 'Pyongyang has staged six nuclear tests, undated as a series', (data, expect) => {
    roles(data, 'north-korea-nuclear-tests', expect, {
      name: 'North Korea’s six nuclear tests', type: 'nuclear-test-series', status: 'occurred', date: null, place: null,
      actors: ['KP'], recipients: [], subjects: [], topics: ['nuclear-and-missile-programs'], partOf: null, after: [], before: [], outcome: null, ...NO_CODE,
    });
  }),
  fact('events', 'North Korea’s last nuclear test was in 2017, the last of the series', (data, expect) => {
    roles(data, 'north-korea-last-nuclear-test', expect, {
      name: 'North Korea’s last nuclear test', type: 'nuclear-test', status: 'occurred', date: year('2017'), place: null,
      actors: ['KP'], recipients: [], subjects: [], topics: ['nuclear-and-missile-programs'], partOf: 'north-korea-nuclear-tests', after: [], before: [], outcome: null,
      ...NO_CODE,
    });
  }),
  fact('events', 'the 2019 Hanoi summit between the United States and North Korea ended without a deal; CAMEO 044, a "third" location', (data, expect) => {
    roles(data, 'hanoi-summit-2019', expect, {
      name: 'United States–North Korea summit in Hanoi', type: 'summit', status: 'occurred', date: year('2019'), place: 'hanoi',
      actors: ['US', 'KP'], recipients: [], subjects: [], topics: ['nuclear-and-missile-programs'], partOf: null, after: [], before: [],
      outcome: 'ended without a deal',
      cameo: { code: '044', label: "Meet at a 'third' location" }, plover: { category: 'CONSULT', mode: 'third-party' },
    });
  }),
  fact('events', 'US–North Korea nuclear negotiations have remained stalled since the Hanoi summit; CAMEO 046 "Engage in negotiation"', (data, expect) => {
    roles(data, 'us-north-korea-nuclear-negotiations', expect, {
      name: 'Nuclear negotiations between the United States and the North', type: 'negotiations', status: 'stalled', date: null, place: null,
      actors: ['US', 'KP'], recipients: [], subjects: [], topics: ['nuclear-and-missile-programs'], partOf: null, after: [], before: [],
      outcome: 'remained stalled since the 2019 Hanoi summit',
      cameo: { code: '046', label: 'Engage in negotiation' }, plover: { category: 'CONSULT', mode: null },
    });
  }),
];
