/** Every authored record, by kind. `scripts/generate-data.ts` turns these into `src/generated/`. */
import type { Draft } from './authoring.js';
import { agreements } from './records/agreements.js';
import { countries, organizations, people, places, regions } from './records/entities.js';
import { events } from './records/events.js';
import { minerals, resources, topics } from './records/minerals.js';
import { figures, initiatives, statements } from './records/statements.js';

export const drafts: readonly Draft[] = [
  ...countries,
  ...regions,
  ...places,
  ...people,
  ...organizations,
  ...minerals,
  ...topics,
  ...resources,
  ...agreements,
  ...events,
  ...statements,
  ...figures,
  ...initiatives,
];
