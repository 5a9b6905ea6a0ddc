/**
 * `show <id>` exactly: the whole output for a record of every kind (fields in order, aligned, each value's basis and
 * quotes, the inferred values' reasons, claims, the evidence with or without a source per quote, a source's text),
 * in colour and plain; how the id may be typed; `--lang` on records without a name; the help text; and `fieldText`
 * and `titleOf` on values the shipped data does not hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldText, titleOf } from '../src/cli/commands/show.js';
import { type CliIo } from '../src/cli/run.js';
import { get, type AnyRecord } from '../src/index.js';
import { runCli, type CliResult } from './cli-harness.js';

const cli = (args: string[], env: CliIo['env'] = {}): CliResult => runCli(args, { version: '0.0.0-test', env });

/** The KBS excerpt as shipped, read from disk: `show` prints it last, without its final line break. */
const KBS_TEXT = readFileSync(new URL('../data/sources/2024-06-12-kbs-world-kr-kz-mous.txt', import.meta.url), 'utf8').trimEnd();

/** The whole plain output of `show <id>`, for a record of every kind and the shapes its values take. */
const SHOWN: Record<string, string> = {
  'KZ': `country KZ
Kazakhstan

name          Kazakhstan  ‹stated #1›
officialName  —
alpha2        KZ  ‹standard›
alpha3        KAZ  ‹standard›
numeric       398  ‹standard›
historical    false  ‹standard›
aliases       (none)
demonyms      Kazakh  ‹stated #0›
wikidata      Q232  ‹standard›
note          —

Evidence: 2 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [321–349] "the Kazakh capital of Astana"
  #1 [879–927] "Kazakhstan, a major oil and natural gas producer"
`,
  'UZ': `country UZ
Uzbekistan

name          Uzbekistan  ‹stated #0›
officialName  —
alpha2        UZ  ‹standard›
alpha3        UZB  ‹standard›
numeric       860  ‹standard›
historical    false  ‹standard›
aliases       (none)
demonyms      (none)
wikidata      Q265  ‹standard›
note          —

Evidence: 1 quote in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2357–2384] "Turkmenistan and Uzbekistan"
`,
  'central-asia': `region central-asia
Central Asia

name        Central Asia  ‹stated #0 #1›
m49         143  ‹standard›
m49Members  KZ, KG, TJ, TM, UZ  ‹standard›
wikidata    —
note        Members are the UN M49 list, not the text: Kyrgyzstan and Tajikistan are not named in the article.

Evidence: 2 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2215–2265] "Central Asia’s resources and development potential"
  #1 [2313–2337] "Yoon’s Central Asia trip"
`,
  'seoul': `place seoul
Seoul

name       Seoul  ‹stated #0 #1›
country    KR  ‹standard›
capitalOf  —
standsFor  KR  ‹inferred #2›
           why: "Seoul’s" initiative, in an article about South Korea’s president: the capital’s name used for the South Korean government.
wikidata   Q8684  ‹standard›
note       Used in the text for the South Korean government.

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2107–2151] "Seoul’s “K-Silk Road Cooperation” initiative"
  #1 [2718–2762] "Seoul’s “K-Silk Road Cooperation Initiative”"
  #2 [2107–2209] "Seoul’s “K-Silk Road Cooperation” initiative centered on linking South Korea’s innovative capabilities"
`,
  'yoon-suk-yeol': `person yoon-suk-yeol
Yoon Suk Yeol

name        Yoon Suk Yeol  ‹stated #0›
familyName  Yoon  ‹stated #0 #1›
office      title: President, country: KR, asOf: 2024-06-12  ‹title: stated #0; country: inferred #2; asOf: derived as-of-publication #3›
            why (country): The text calls him "President" without a country; that he is South Korea’s follows from the headline and his state visit to Kazakhstan.
wikidata    —
note        The text calls him "President"; that he is South Korea’s follows from the headline and his state visit to Kazakhstan. Wikidata id left out: not in the checked reference list.

Evidence: 4 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [82–105] "President Yoon Suk Yeol"
  #1 [3372–3404] "Yoon’s state visit to Kazakhstan"
  #2 [0–65] "S. Korea, Kazakhstan sign critical minerals partnership agreement"
  #3 [67–80] "June 12, 2024"
`,
  'kr-financial-institutions': `organization kr-financial-institutions
financial institutions of South Korea

name      financial institutions of South Korea  ‹inferred›
          why: A label: South Korea’s half of "financial institutions of the two countries".
named     false  ‹inferred›
          why: The text names no specific body, only a group.
type      financial-institutions  ‹stated #0›
country   KR  ‹derived the-two-countries #0 #1›
industry  finance  ‹inferred›
          why: "financial institutions": read as the finance industry.
note      The text names neither the institutions nor how many there are.

Evidence: 2 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [1769–1826] "financial institutions of the two countries signed an MOU"
  #1 [0–65] "S. Korea, Kazakhstan sign critical minerals partnership agreement"
`,
  'rare-earth-metals': `mineral rare-earth-metals
rare-earth metals

name          rare-earth metals  ‹stated #0›
category      element-group  ‹standard›
symbol        —
atomicNumber  —
elements      Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu  ‹standard›
aliases       (none)
wikidata      —
note          The 17 rare-earth elements: scandium, yttrium and the lanthanides (La–Lu).

Evidence: 1 quote in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [879–1003] "Kazakhstan, a major oil and natural gas producer, holds a large reserve of uranium, chromium, titanium and rare earth metals"
`,
  'ai': `topic ai
AI

name  AI  ‹stated #0›
note  Artificial intelligence; the text writes "AI".

Evidence: 1 quote in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [3677–3789] "cooperation in infrastructure, industry, finance, energy, environment, automotive, aerospace, AI and electronics"
`,
  'kz-uranium-reserves': `resource kz-uranium-reserves
KZ: reserves of uranium (large)

country   KZ  ‹stated #0›
mineral   uranium  ‹stated #0›
relation  reserves  ‹stated #0›
extent    large  ‹stated #0›
note      —

Evidence: 1 quote in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [879–1003] "Kazakhstan, a major oil and natural gas producer, holds a large reserve of uranium, chromium, titanium and rare earth metals"
`,
  'kr-kz-energy-cooperation-deals': `agreement kr-kz-energy-cooperation-deals
cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants

name        cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants  ‹stated #0›
type        deal  ‹stated #0›
count       at least 2  ‹derived plural-at-least-two #1›
parties     KR, KZ  ‹derived the-two-countries #2 #3›
signedBy    —
agreedBy    yoon-suk-yeol, kassym-jomart-tokayev  ‹derived the-two-countries #2 #3›
reportedBy  —
subjects    (none)
topics      energy, low-emission-power-generation, renewable-energy, power-plant-modernization  ‹stated #0›
stages      (none)
minerals    (none)
date        2024-06-12 (day precision)  ‹inferred #4›
            why: Reported in the account of the Astana summit, with no date, place or occasion of its own: read as reached at the summit. The summit’s day in Astana is 2024-06-12 (see the summit’s claims: the seed’s "Tuesday" is the US day).
place       astana  ‹inferred #5›
            why: Reported in the account of the Astana summit, with no date, place or occasion of its own: read as reached at the summit.
event       astana-summit  ‹inferred #5›
            why: Reported in the account of the Astana summit, with no date, place or occasion of its own: read as reached at the summit.
cameo       057 Sign formal agreement  ‹standard›
plover      SUPPORT  ‹standard›
note        "cooperation deals" gives no count: at least two. Who signed them is not said.

Evidence: 6 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [1506–1689] "The two leaders also agreed to cooperate in the energy sector by signing cooperation deals on low-emission power generation, renewable energy and the modernization of old power plants"
  #1 [1568–1596] "by signing cooperation deals"
  #2 [1506–1533] "The two leaders also agreed"
  #3 [0–65] "S. Korea, Kazakhstan sign critical minerals partnership agreement"
  #4 [149–163] "agreed Tuesday"
  #5 [278–349] "The agreement came at summit talks held in the Kazakh capital of Astana"
`,
  'kr-kz-critical-minerals-supply-chain-mou': `agreement kr-kz-critical-minerals-supply-chain-mou
MOU on critical minerals supply chain partnership

name        MOU on critical minerals supply chain partnership  ‹stated #3›
type        mou  ‹stated #3›
count       1  ‹stated #3 #4›
parties     KR, KZ  ‹stated #0 #1 #2 #4›
signedBy    KR, KZ  ‹derived the-two-countries #5 #0›
agreedBy    yoon-suk-yeol, kassym-jomart-tokayev  ‹stated #1›
reportedBy  —
subjects    korean-companies  ‹inferred #4›
            why: The sentence on "the agreements" as a whole gives Korean companies priority; read as covering this MOU.
topics      critical-minerals-supply-chain  ‹stated #3›
stages      exploration, development, mining, refining, commercialization, final-use  ‹stated #1 #3 #4›
            why: mining and refining come from the sentence on "the agreements" as a whole.
minerals    critical-minerals  ‹stated #0 #1 #3 #4›
date        2024-06-12 (day precision)  ‹derived local-date-of-event #8 #9 #10 #11›
            why: Agreed and signed at the summit. The summit took place in Astana (UTC+5). Both reports from Seoul (UTC+9, ahead of Astana) give Wednesday 2024-06-12; the seed’s "Tuesday" is read in its US publisher’s time zone, 9 to 12 hours behind Astana, where much of an Astana Wednesday is still Tuesday. The local day wins.
            claim: 2024-06-11 (day precision) from 2024-06-12-kr-kz-critical-minerals ‹derived weekday-before-publication›
            claim: 2024-06-12 (day precision) from 2024-06-12-kbs-world-kr-kz-mous ‹derived weekday-on-or-before-publication›
            claim: 2024-06-12 (day precision) from 2024-06-11-chosun-yoon-arrives-in-astana ‹derived day-of-publication-month›
place       astana  ‹stated #2 #8›
event       astana-summit  ‹stated #2 #8›
cameo       057 Sign formal agreement  ‹standard›
plover      SUPPORT  ‹standard›
note        The leaders "agreed"; "the two sides signed": no signer is named.

Evidence: 12 quotes [start–end], end excluded
  #0 2024-06-12-kr-kz-critical-minerals [0–65] "S. Korea, Kazakhstan sign critical minerals partnership agreement"
  #1 2024-06-12-kr-kz-critical-minerals [82–275] "President Yoon Suk Yeol and Kazakh President Kassym-Jomart Tokayev agreed Tuesday to collaborate on the supply chain for critical minerals, from exploration and development to commercialization"
  #2 2024-06-12-kr-kz-critical-minerals [278–349] "The agreement came at summit talks held in the Kazakh capital of Astana"
  #3 2024-06-12-kr-kz-critical-minerals [433–668] "During the talks, the two sides signed a memorandum of understanding (MOU) on critical minerals supply chain partnership to pave the way for comprehensive cooperation ranging from joint exploration to the final use of critical minerals"
  #4 2024-06-12-kr-kz-critical-minerals [1273–1503] "The agreements are aimed at developing a partnership covering the entire cycle of exploration, mining and refining of key minerals, including lithium, and giving Korean companies priority in developing economically viable minerals"
  #5 2024-06-12-kr-kz-critical-minerals [451–501] "the two sides signed a memorandum of understanding"
  #6 2024-06-12-kr-kz-critical-minerals [149–163] "agreed Tuesday"
  #7 2024-06-12-kr-kz-critical-minerals [67–80] "June 12, 2024"
  #8 2024-06-12-kbs-world-kr-kz-mous [177–277] "disclosed the agreement in a joint press announcement held after their summit in Astana on Wednesday"
  #9 2024-06-12-kbs-world-kr-kz-mous [75–103] "Written: 2024-06-12 17:34:52"
  #10 2024-06-11-chosun-yoon-arrives-in-astana [184–213] "윤 대통령은 12일 토카예프 대통령과 정상회담을 하고"
  #11 2024-06-11-chosun-yoon-arrives-in-astana [46–64] "2024. 6. 11. 23:14"
`,
  'yoon-state-visit-to-kazakhstan': `event yoon-state-visit-to-kazakhstan
Yoon’s state visit to Kazakhstan

name        Yoon’s state visit to Kazakhstan  ‹stated #0›
type        state-visit  ‹stated #0›
status      occurred  ‹inferred #3›
            why: Its summit is reported as held; whether the visit had ended by publication is not stated.
statusAsOf  2024-06-12  ‹derived as-of-publication #2›
date        2024-06 (month precision, 2024-06-11 to 2024-06-13)  ‹derived day-of-publication-month #4 #5 #6›
            why: Arrived in Astana on the 11th, local time; to stay until the 13th ("2박3일", two nights and three days): the last day is a schedule announced on the 11th.
place       —
actors      yoon-suk-yeol  ‹stated #0 #1›
recipients  KZ  ‹stated #0›
subjects    (none)
topics      (none)
partOf      yoon-central-asia-trip  ‹inferred #1›
            why: The Central Asia trip "also includes" Turkmenistan and Uzbekistan: read as including this visit to Kazakhstan.
after       (none)
before      (none)
outcome     —
cameo       042 Make a visit  ‹standard›
plover      CONSULT (mode: visit)  ‹standard›
note        Its first and last days are not stated.

Evidence: 7 quotes [start–end], end excluded
  #0 2024-06-12-kr-kz-critical-minerals [3372–3404] "Yoon’s state visit to Kazakhstan"
  #1 2024-06-12-kr-kz-critical-minerals [2313–2384] "Yoon’s Central Asia trip that also includes Turkmenistan and Uzbekistan"
  #2 2024-06-12-kr-kz-critical-minerals [67–80] "June 12, 2024"
  #3 2024-06-12-kr-kz-critical-minerals [278–349] "The agreement came at summit talks held in the Kazakh capital of Astana"
  #4 2024-06-11-chosun-yoon-arrives-in-astana [83–133] "윤석열 대통령은 11일(현지 시각) 두 번째 순방국인 카자흐스탄의 수도 아스타나에 도착했다"
  #5 2024-06-11-chosun-yoon-arrives-in-astana [136–176] "윤 대통령은 오는 13일까지 2박3일 일정으로 국빈 방문 일정을 소화한다"
  #6 2024-06-11-chosun-yoon-arrives-in-astana [46–64] "2024. 6. 11. 23:14"
`,
  'yoon-on-the-supply-chain': `statement yoon-on-the-supply-chain
Yoon Suk Yeol, quoted

speaker   yoon-suk-yeol  ‹stated #0›
mode      direct  ‹derived quotation-marks #1›
text      The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology  ‹stated #0›
occasion  joint-press-conference  ‹stated #0›
date      2024-06-12 (day precision)  ‹derived date-of-occasion #2›
subjects  KR, KZ, critical-minerals  ‹stated #0›
topics    critical-minerals-supply-chain  ‹stated #0›
cameo     —
note      —

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [672–876] "The two countries agreed to strengthen the critical mineral supply chain by combining Kazakhstan’s abundant mineral resources with South Korea’s advanced technology,” Yoon said in a joint press conference"
  #1 [817–848] "advanced technology,” Yoon said"
  #2 [839–876] "Yoon said in a joint press conference"
`,
  'yoon-on-the-k-silk-road': `statement yoon-on-the-k-silk-road
Yoon Suk Yeol, reported

speaker   yoon-suk-yeol  ‹stated #0›
mode      reported  ‹derived reporting-verb #1›
text      he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit  ‹stated #0›
occasion  —
date      2024-06 (month precision, 2024-06-11 to 2024-06-12)  ‹inferred #2›
          why: Said during the state visit, which began on 2024-06-11 (Chosun Ilbo), and reported on 2024-06-12; the day and occasion are not stated.
subjects  k-silk-road-cooperation-initiative, south-korea-central-asia-summit-plan, central-asia  ‹stated #0›
topics    (none)
cameo     —
note      The occasion is not stated.

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2695–2835] "Yoon said he explained Seoul’s “K-Silk Road Cooperation Initiative” with Central Asia and the plan to hold a South Korea-Central Asia summit"
  #1 [2695–2717] "Yoon said he explained"
  #2 [67–80] "June 12, 2024"
`,
  'korean-companies-in-kazakhstan': `figure korean-companies-in-kazakhstan
Korean companies operating in Kazakhstan

label       Korean companies operating in Kazakhstan  ‹inferred›
            why: A descriptive label: the text gives the figure no name of its own.
type        count  ‹derived kind-of-number #1›
value       700  ‹stated #0 #1›
comparator  gt  ‹stated #0 #1›
unit        companies  ‹stated #0 #1›
items       (none)
about       korean-companies, KZ  ‹stated #0 #1›
reportedBy  kassym-jomart-tokayev  ‹stated #2›
note        Tokayev’s figure, and a lower bound: more than 700, not 700. The exact count is not given.

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [3541–3612] "More than 700 Korean companies are successfully operating in Kazakhstan"
  #1 [3541–3571] "More than 700 Korean companies"
  #2 [3615–3643] "Tokayev said in the briefing"
`,
  'south-korea-central-asia-summit-plan': `initiative south-korea-central-asia-summit-plan
Plan to hold a South Korea–Central Asia summit

name         Plan to hold a South Korea–Central Asia summit  ‹stated #0›
type         plan  ‹stated #0›
owner        KR  ‹inferred #2›
             why: Whose plan is read from "Seoul’s" initiative in the same sentence.
region       central-asia  ‹stated #0›
aim          —
supporters   kassym-jomart-tokayev  ‹stated #1›
announcedAt  —
events       south-korea-central-asia-summit  ‹stated #0›
note         Whose plan is read from "Seoul’s" initiative in the same sentence; no date is given.

Evidence: 3 quotes in 2024-06-12-kr-kz-critical-minerals [start–end], end excluded
  #0 [2785–2835] "the plan to hold a South Korea-Central Asia summit"
  #1 [2841–2897] "Tokayev expressed his full support for these initiatives"
  #2 [2695–2725] "Yoon said he explained Seoul’s"
`,
  '2024-06-12-kbs-world-kr-kz-mous': `source 2024-06-12-kbs-world-kr-kz-mous
South Korea and Kazakhstan Sign MOUs to Boost Cooperation on Key Minerals

title      South Korea and Kazakhstan Sign MOUs to Boost Cooperation on Key Minerals  ‹stated #0›
published  2024-06-12 (day precision)  ‹stated #1›
language   en  ‹inferred›
           why: The passages are in English.
publisher  KBS World  ‹inferred›
           why: Known from outside the text: the site it is published at (world.kbs.co.kr), KBS’s international service.
url        http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186024  ‹inferred›
           why: Known from outside the text: the address of the published page, read in a stored copy.
timeZone   Asia/Seoul  ‹inferred›
           why: Known from outside the text: KBS is in Seoul, and its "Written" times are Korea Standard Time (UTC+9), four hours ahead of Astana (UTC+5).
retrieved  2026-11-28  ‹inferred›
           why: The day the passages were read from a stored copy of the page.
excerpt    true  ‹inferred›
           why: Only the passages the data cites, verbatim, in the original language; a line “[…]” (ours) marks what is left out.
rights     KBS World (Korean Broadcasting System) holds the rights. One sentence, the headline and the dateline are quoted verbatim for verification; the article is not shipped.  ‹inferred›
           why: A news article is its publisher’s; the package quotes it for verification only.
sha256     2529d6e5aad848dfcd478cf13a71f50880e6cc3875df80647b5892c563956ae5  ‹derived sha256-of-text›
note       The English service of KBS, the Korean public broadcaster. Cited for the day of the summit and the press announcement after it ("on Wednesday", written 2024-06-12), read in Seoul time. The German service (Seq_Code=100704) carries the same report ("am Mittwoch in Astana") without a time of writing, so the English page is the one cited. Only the passages the data cites, verbatim, in the original language; a line “[…]” (ours) marks what is left out.
text       279 characters, below

Evidence: 2 quotes in 2024-06-12-kbs-world-kr-kz-mous [start–end], end excluded
  #0 [0–73] "South Korea and Kazakhstan Sign MOUs to Boost Cooperation on Key Minerals"
  #1 [75–103] "Written: 2024-06-12 17:34:52"

Text

${KBS_TEXT}
`,
};

describe('show <id>, whole output', () => {
  it.each(Object.entries(SHOWN))('%s', (id, expected) => {
    expect(cli(['show', id])).toEqual({ code: 0, stdout: expected, stderr: '' });
  });
});

describe('show <id> in colour', () => {
  const dim = (text: string) => `\u001B[2m${text}\u001B[22m`;
  const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
  const cyan = (text: string) => `\u001B[36m${text}\u001B[39m`;

  it('dims the kind, the field names, a null value and the quote positions; the id is cyan, the heading bold', () => {
    const expected = [
      `${dim('country')} ${cyan('KZ')}`,
      bold('Kazakhstan'),
      '',
      `${dim('name        ')}  Kazakhstan  ‹stated #1›`,
      `${dim('officialName')}  ${dim('—')}`,
      `${dim('alpha2      ')}  KZ  ‹standard›`,
      `${dim('alpha3      ')}  KAZ  ‹standard›`,
      `${dim('numeric     ')}  398  ‹standard›`,
      `${dim('historical  ')}  false  ‹standard›`,
      `${dim('aliases     ')}  (none)`,
      `${dim('demonyms    ')}  Kazakh  ‹stated #0›`,
      `${dim('wikidata    ')}  Q232  ‹standard›`,
      `${dim('note        ')}  ${dim('—')}`,
      '',
      `${bold('Evidence: 2 quotes in 2024-06-12-kr-kz-critical-minerals')} ${dim('[start–end], end excluded')}`,
      `  ${dim('#0 [321–349]')} "the Kazakh capital of Astana"`,
      `  ${dim('#1 [879–927]')} "Kazakhstan, a major oil and natural gas producer"`,
      '',
    ].join('\n');
    expect(cli(['show', 'KZ'], { FORCE_COLOR: '1' })).toEqual({ code: 0, stdout: expected, stderr: '' });
  });
});

describe('show <id>: how the record may be named', () => {
  it('takes an id in other case when it fits one id only', () => {
    expect(cli(['show', 'KR-KZ-LITHIUM-MOU'])).toEqual(cli(['show', 'kr-kz-lithium-mou']));
    expect(cli(['show', 'kz']).stdout).toBe(SHOWN['KZ']);
    expect(cli(['show', 'Yoon-On-The-Supply-Chain']).stdout).toBe(SHOWN['yoon-on-the-supply-chain']);
  });

  it('exits 1 on a country name that fits two countries, naming both, and prints nothing else', () => {
    expect(cli(['show', 'korea'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: Ambiguous country "korea": it could be "KP" (North Korea) or "KR" (South Korea). Use the code.\n',
    });
  });
});

describe('show <id> --lang', () => {
  it('heads a record without a name (statement, figure, source) with its usual title; nothing else changes', () => {
    for (const id of ['yoon-on-the-supply-chain', 'korean-companies-in-kazakhstan', '2024-06-12-kbs-world-kr-kz-mous']) {
      expect(cli(['show', id, '--lang', 'ko'])).toEqual({ code: 0, stdout: SHOWN[id], stderr: '' });
    }
  });

  it('heads a named record with its name in that language; the fields stay as the data has them', () => {
    const lines = SHOWN['KZ']!.split('\n');
    lines[1] = '카자흐스탄';
    expect(cli(['show', 'KZ', '--lang', 'ko'])).toEqual({ code: 0, stdout: lines.join('\n'), stderr: '' });
  });
});

describe('show --help', () => {
  it('is listed in the global help with its arguments and its one-line summary', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^  show <id> +a record with its quotes and their offsets$/m);
  });

  it('prints the usage, the description, the argument, the options and the examples', () => {
    expect(cli(['show', '--help'])).toEqual({
      code: 0,
      stderr: '',
      stdout: `Usage: critical-minerals show <id> [options]

A record of any kind with all its fields, then each evidence quote with its offsets: source.text.slice(start, end) is the quote. A source shows its whole text at the end.

Arguments:
  <id>  a record id (kr-kz-lithium-mou, lithium, KZ); a country may also be given by name

Options:
      --lang LOCALE  names in this language (ko, de-CH): countries and M49 regions from Intl, the rest in English as the sources state them
      --json         print the answer as JSON, for machines
  -h, --help         show this help

Examples:
  critical-minerals show kr-kz-critical-minerals-supply-chain-mou
  critical-minerals show kazakhstan --json
  critical-minerals show KZ --lang ko
`,
    });
  });
});

describe('fieldText on every shape a field value may take', () => {
  it.each<[string, unknown, string]>([
    ['null', null, '—'],
    ['undefined', undefined, '—'],
    ['a string', 'KZ', 'KZ'],
    ['a number', 398, '398'],
    ['a number JSON cannot write', Number.POSITIVE_INFINITY, 'Infinity'],
    ['NaN', Number.NaN, 'NaN'],
    ['a boolean', false, 'false'],
    ['an empty list', [], '(none)'],
    ['a list, each item as a field', ['KR', null, 3], 'KR, —, 3'],
    ['a whole month', { value: '2024-06', precision: 'month', earliest: '2024-06-01', latest: '2024-06-30' }, '2024-06 (month precision)'],
    ['a month known to start later', { value: '2024-06', precision: 'month', earliest: '2024-06-11', latest: '2024-06-30' }, '2024-06 (month precision, 2024-06-11 to 2024-06-30)'],
    ['a month known to end earlier', { value: '2024-06', precision: 'month', earliest: '2024-06-01', latest: '2024-06-12' }, '2024-06 (month precision, 2024-06-01 to 2024-06-12)'],
    ['a day', { value: '2024-06-12', precision: 'day', earliest: '2024-06-12', latest: '2024-06-12' }, '2024-06-12 (day precision)'],
    ['a value and a precision that is no date', { value: 'soon', precision: 'day', earliest: null, latest: null }, 'soon (day precision)'],
    ['a string value without a precision', { value: 'x', note: 'y' }, 'value: x, note: y'],
    ['an exact count', { value: 1, comparator: 'eq' }, '1'],
    ['a count of more than', { value: 700, comparator: 'gt' }, 'more than 700'],
    ['a count of at least', { value: 2, comparator: 'gte' }, 'at least 2'],
    ['a count with a comparator it has no words for', { value: 3, comparator: 'lte' }, '3'],
    ['a comparator on a value that is no number', { value: 'many', comparator: 'gt' }, 'value: many, comparator: gt'],
    ['a CAMEO code', { code: '057', label: 'Sign formal agreement' }, '057 Sign formal agreement'],
    ['a code without a label', { code: '057' }, 'code: 057'],
    ['a label without a code', { label: 'Sign formal agreement' }, 'label: Sign formal agreement'],
    ['a PLOVER category without a mode', { category: 'SUPPORT', mode: null }, 'SUPPORT'],
    ['a PLOVER category with a mode', { category: 'CONSULT', mode: 'visit' }, 'CONSULT (mode: visit)'],
    ['a category and no mode at all', { category: 'CONSULT' }, 'category: CONSULT'],
    ['a mode and no category', { mode: 'visit' }, 'mode: visit'],
    ['any other object, its parts in order', { title: 'President', country: 'KR', asOf: null, aliases: [] }, 'title: President, country: KR, asOf: —, aliases: (none)'],
  ])('%s', (_, value, expected) => {
    expect(fieldText(value)).toBe(expected);
  });
});

describe('titleOf', () => {
  it('heads a resource with the text’s word for its extent, and without one when the text gives none', () => {
    const resource = get('kz-uranium-reserves');
    expect(titleOf(resource)).toBe('KZ: reserves of uranium (large)');
    expect(titleOf({ ...resource, extent: null } as AnyRecord)).toBe('KZ: reserves of uranium');
  });
});
