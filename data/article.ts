/** Passages of the article, and lists it gives, that records of more than one kind use. */

/** Kazakhstan's reserves: evidence for the minerals and for the reserve records. */
export const KZ_RESERVES = 'holds a large reserve of uranium, chromium, titanium and rare earth metals';
/** Kazakhstan's production: evidence for oil and natural gas and for the production records. */
export const KZ_PRODUCTION = 'Kazakhstan, a major oil and natural gas producer';
/** The sectors Tokayev lists (topic ids): the topics of his statement and the items of the figure counting them. */
export const TOKAYEV_SECTORS = ['infrastructure', 'industry', 'finance', 'energy', 'environment', 'automotive', 'aerospace', 'ai', 'electronics'];
