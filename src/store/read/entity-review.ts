import type { Kysely } from 'kysely';
import type { Language } from '../../analyze/types.ts';
import { spanSnippet } from '../codec.ts';
import { checkEntityId } from '../limits.ts';
import type { Database } from '../schema.ts';
import type { EntityEdit, EntityEditAction, EntityReview, MentionGroup } from '../types.ts';
import { auditEntryOf, auditRows } from './audit-log.ts';
import { getEntity } from './entities.ts';

const MAX_GROUPS = 500;
const MAX_HISTORY = 100;

/**
 * An entity as an editor reviews it: what its page shows, every group of its live mentions (same
 * text in one article, what an unlink or a split chooses), the edits that apply to it now (its
 * own and those merged or split into it) and its audit history. Null when readers cannot see it.
 */
export async function entityReview(db: Kysely<Database>, id: string): Promise<EntityReview | null> {
  checkEntityId(id, 'id');
  const entity = await getEntity(db, id);
  if (!entity) return null;
  const [mentions, edits, history] = await Promise.all([
    db
      .selectFrom('mentions')
      .innerJoin('articles', 'articles.id', 'mentions.article_id')
      .select([
        'mentions.article_id',
        'mentions.revision',
        'mentions.start_pos',
        'mentions.end_pos',
        'mentions.text',
        'articles.title',
        'articles.language',
      ])
      .where('mentions.entity_id', '=', id)
      .orderBy('mentions.article_id')
      .orderBy('mentions.start_pos')
      .limit(5000)
      .execute(),
    db
      .selectFrom('entity_edits')
      .innerJoin('editors', 'editors.id', 'entity_edits.editor_id')
      .select([
        'entity_edits.id',
        'entity_edits.action',
        'entity_edits.entity_id',
        'entity_edits.target_id',
        'entity_edits.note',
        'entity_edits.created_at',
        'editors.name',
      ])
      .where((eb) => eb.or([eb('entity_edits.entity_id', '=', id), eb('entity_edits.target_id', '=', id)]))
      .where('entity_edits.undone_at', 'is', null)
      .orderBy('entity_edits.id')
      .execute(),
    auditRows(db)
      .where('audit_log.fact_type', '=', 'entity')
      .where((eb) =>
        eb.or([
          eb('audit_log.fact_key', '=', id),
          eb(
            'audit_log.edit_id',
            'in',
            eb.selectFrom('entity_edits as e').select('e.id').where('e.target_id', '=', id),
          ),
        ]),
      )
      .orderBy('audit_log.id', 'desc')
      .limit(MAX_HISTORY)
      .execute(),
  ]);
  const groups = new Map<string, MentionGroup & { revision: number; start: number; end: number }>();
  for (const m of mentions) {
    const key = `${m.article_id}\u0000${m.text}`;
    const seen = groups.get(key);
    if (seen) seen.count++;
    else if (groups.size < MAX_GROUPS) {
      groups.set(key, {
        articleId: m.article_id,
        title: m.title,
        language: m.language as Language,
        text: m.text,
        count: 1,
        snippet: '',
        revision: m.revision,
        start: m.start_pos,
        end: m.end_pos,
      });
    }
  }
  const articles = [...new Set([...groups.values()].map((g) => g.articleId))];
  const texts = new Map<string, string>();
  if (articles.length) {
    const rows = await db
      .selectFrom('revisions')
      .innerJoin('articles', (j) =>
        j
          .onRef('articles.id', '=', 'revisions.article_id')
          .onRef('articles.current_revision', '=', 'revisions.revision'),
      )
      .select(['revisions.article_id', 'revisions.text'])
      .where('revisions.article_id', 'in', articles)
      .execute();
    for (const r of rows) texts.set(String(r.article_id), r.text);
  }
  return {
    entity,
    mentionGroups: [...groups.values()].map(({ revision: _r, start, end, ...g }) => ({
      ...g,
      snippet: spanSnippet(texts.get(String(g.articleId)) ?? '', start, end),
    })),
    edits: edits.map(
      (e): EntityEdit => ({
        id: e.id,
        action: e.action as EntityEditAction,
        entityId: e.entity_id,
        target: e.target_id,
        editor: e.name,
        note: e.note,
        at: e.created_at,
      }),
    ),
    history: history.map(auditEntryOf),
  };
}
