/** Passages of the article, and lists it gives, that records of more than one kind use. */

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
