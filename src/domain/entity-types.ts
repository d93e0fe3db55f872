/** The kinds of entity Chronicle recognises, in the order the tools list them. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
