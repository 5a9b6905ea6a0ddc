/** Every fact check, for `test/facts.test.ts` and `npm run mutate:data`. */
import { agreementFacts } from './agreements.js';
import { eventFacts } from './events.js';
import { figureFacts } from './figures.js';
import { initiativeFacts } from './initiatives.js';
import { readingFacts } from './readings.js';
import { referenceFacts } from './reference.js';
import { statementFacts } from './statements.js';

export type { FactCheck } from './check.js';
export const factChecks = [
  ...referenceFacts,
  ...agreementFacts,
  ...eventFacts,
  ...statementFacts,
  ...figureFacts,
  ...initiativeFacts,
  ...readingFacts,
];
