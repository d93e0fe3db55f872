/** The kinds of entity Chronicle recognises, in the order the tools list them. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'DOCUMENT', 'WORK'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** The first part of an entity id (`person:abai`, `org:osce`), one per type. */
export const ENTITY_ID_PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  EVENT: 'event',
  DOCUMENT: 'document',
  WORK: 'work',
};
