import { type CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import type { TextQuery } from '../dialect.ts';
import type { Database } from '../schema.ts';
import type { IndexArticle, SearchFields } from '../search-index/fields.ts';
import { type ParsedQuery, type QueryTerm, toTsPhrase, toTsQuery } from '../text.ts';

/**
 * Year tokens (`y2009`, `tc20`, …) sit in the text vector itself, marked with `#` so that no
 * query word can spell one (the analyser's tokens are letters and digits only). Words, entities
 * and years are then one tsquery over one GIN index: the index intersects them itself, where a
 * second vector left the planner to fetch and test every text of the year (`0021_years_in_doc`).
 */
const YEAR_MARK = '#';

/** The marked year lexemes of an article's space-separated year tokens. */
function yearLexemes(years: string): string[] {
  return years ? years.split(' ').map((y) => `${YEAR_MARK}${y}`) : [];
}

/**
 * Neighbouring tokens as one lexeme (`nuclear test`), within the title and within the body as
 * FTS5 sees its columns. A phrase query is then an index match on its pairs: testing `<->`
 * instead reads the positions of every text that has both words, thousands on a portal.
 * The space keeps pairs apart from words (tokens have no spaces).
 */
export function pairLexemes(...fields: string[]): string[] {
  const pairs = new Set<string>();
  for (const field of fields) {
    const tokens = field ? field.split(' ') : [];
    for (let i = 1; i < tokens.length; i++) pairs.add(`${tokens[i - 1]} ${tokens[i]}`);
  }
  return [...pairs];
}

/**
 * Fields whose tokens PostgreSQL's `simple` configuration keeps whole and unchanged: lower-case
 * Latin and Cyrillic letters and digits (Cyrillic without U+0482–U+0489, a sign and combining
 * marks), unless digits, `e` and a digit open a token: the parser reads that as a number in
 * scientific notation and splits the rest off (`1e5x` gives `1e5` and `x`; `1980intern`, `12e`,
 * `a1e5` stay whole). Fields with other tokens (other scripts, marks) go through `to_tsvector`.
 * One scan of each field, not a test per token: this runs for every save.
 */
const WHOLE_TOKENS = /^[0-9a-z\u0430-\u0481\u048a-\u04ff ]*$/;
const SCIENTIFIC = /(?:^| )[0-9]+e[0-9]/;
/** The last position a tsvector keeps exactly (MAXENTRYPOS − 1) and the most positions of one lexeme it keeps. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 255;
/** Longest token taken as is: far below the 2 047-byte lexeme limit at four bytes a character. */
const MAX_TOKEN = 500;

/**
 * The text vector `postgresIndexWrites` stores, as a tsvector literal made here: what
 * `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
 * || setweight(to_tsvector('simple', entities), 'D') || array_to_tsvector(years)` gives (`||`
 * numbers the right side's positions after the left side's last), without PostgreSQL parsing
 * the text again: its parser took about three times as long as reading the literal. Null when
 * a token, a position or a repeat count is outside what the literal is known to reproduce
 * (`WHOLE_TOKENS`, `MAX_POSITION`, `MAX_POSITIONS`): `to_tsvector` then.
 */
export function docVectorLiteral(fields: SearchFields): string | null {
  const lexemes = new Map<string, { at: string; n: number }>();
  let position = 0;
  for (const [text, weight] of [
    [fields.title, 'A'],
    [fields.body, 'B'],
    [fields.entities, ''],
  ] as const) {
    if (!text) continue;
    if (!WHOLE_TOKENS.test(text) || SCIENTIFIC.test(text)) return null;
    for (const token of text.split(' ')) {
      if (!token) continue;
      if (token.length > MAX_TOKEN || ++position > MAX_POSITION) return null;
      const seen = lexemes.get(token);
      if (!seen) lexemes.set(token, { at: `${position}${weight}`, n: 1 });
      else if (seen.n === MAX_POSITIONS) return null;
      else {
        seen.at += `,${position}${weight}`;
        seen.n++;
      }
    }
  }
  let literal = '';
  for (const [lexeme, { at }] of lexemes) literal += `${lexeme}:${at} `;
  // Year lexemes carry no position (`array_to_tsvector`); the mark keeps them apart from words.
  for (const year of yearLexemes(fields.years)) literal += `'${year}' `;
  return literal.trimEnd();
}

/** The text vector of `docVectorLiteral` as the SQL that makes it, the literal where there is one. */
function docVector(fields: SearchFields): RawBuilder<unknown> {
  const literal = docVectorLiteral(fields);
  if (literal !== null) return sql`${literal}::tsvector`;
  return sql`setweight(to_tsvector('simple', ${fields.title}), 'A') || setweight(to_tsvector('simple', ${fields.body}), 'B')
        || setweight(to_tsvector('simple', ${fields.entities}), 'D')
        || array_to_tsvector(${yearLexemes(fields.years)}::text[])`;
}

export function postgresIndexWrites(conn: Kysely<Database>, articleId: number, fields: SearchFields): CompiledQuery[] {
  // Title lexemes get weight A, body B, the tokens of mentioned entities D; ts_rank's default
  // weights make A count most. Year lexemes carry no position, so they never change a rank or a
  // phrase. Pairs live in their own column with its own GIN index (`0031_pairs_index`), never
  // read to rank, and carry the year lexemes too, so a phrase with years is one index scan.
  // Pairs go as one newline-separated text (tokens are letters and digits only): as a `text[]`
  // literal of hundreds of quoted elements they cost Node and PostgreSQL about 0.3 ms more each
  // per article to write and parse.
  const years = yearLexemes(fields.years);
  return [
    sql`INSERT INTO article_search (article_id, doc, pairs)
    VALUES (${articleId}, ${docVector(fields)},
      array_to_tsvector(string_to_array(${[...pairLexemes(fields.title, fields.body), ...years].join('\n')}, E'\n')))
    ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc, pairs = excluded.pairs`.compile(conn),
  ];
}

export const indexPostgresArticle: IndexArticle = async (conn, articleId, fields) => {
  for (const write of postgresIndexWrites(conn, articleId, fields)) await conn.executeQuery(write);
};

/**
 * After an ingest run: merges the GIN index's pending entries into its main tree (every query
 * otherwise reads the whole pending list, and the next insert that finds it full pays for the
 * merge) and, when a good part of the table changed since the planner last looked, refreshes its
 * statistics: a load from empty leaves them far off (it then expects a few hundred matches where
 * there are thousands, and picks plans accordingly).
 */
export async function compactPostgresSearch(db: Kysely<Database>): Promise<boolean> {
  const merged = await sql<{
    pages: unknown;
  }>`SELECT gin_clean_pending_list('article_search_words'::regclass)
      + gin_clean_pending_list('article_search_pairs'::regclass) AS pages`.execute(db);
  const { rows } = await sql<{
    changed: unknown;
    live: unknown;
  }>`SELECT n_mod_since_analyze AS changed, n_live_tup AS live
    FROM pg_stat_user_tables WHERE relname = 'article_search'`.execute(db);
  const changed = Number(rows[0]?.changed ?? 0);
  const stale = changed > 0 && changed >= STALE_STATISTICS * Number(rows[0]?.live ?? 0);
  // The rank table's vectors need no statistics (it is only joined by key): its ids only.
  if (stale) await sql`ANALYZE article_search, article_rank (article_id)`.execute(db);
  return Number(merged.rows[0]?.pages ?? 0) > 0 || stale;
}

/** Share of the search table written since its last ANALYZE above which `compactPostgresSearch` runs one. */
const STALE_STATISTICS = 0.1;

export async function unindexPostgresArticle(conn: Kysely<Database>, articleId: number): Promise<void> {
  await sql`DELETE FROM article_search WHERE article_id = ${articleId}`.execute(conn);
}

/**
 * The text rank: `ts_rank` of the query's words and named entities each on its own (OR'ed),
 * with SQLite's bm25 column weights (title 3, body 1, entity 1; the array is D, C, B, A, at
 * most 1 each). Like bm25 it sums a saturating count per word (each further occurrence adds
 * 1/n² of the first), so the phrase bonus decides between a text that says the words together
 * and one that only repeats them apart. `ts_rank` of the AND'ed query would reward repeats near
 * each other instead, and `ts_rank_cd` (cover density) cost as much again as reading the vector:
 * 5 of the window statement's 10 ms on 20 000 articles.
 */
function rank(vector: string, query: TextQuery): RawBuilder<unknown> {
  return sql`ts_rank('{0.3333, 0, 0.3333, 1}', ${sql.raw(vector)}, to_tsquery('simple', ${rankedLexemes(query)}))`;
}

/** The wanted words of every spelling, and the entities the query names, as one OR'ed tsquery text. */
function rankedLexemes({ parsed, entities }: TextQuery): string {
  const words = parsed.terms.filter((t) => !t.excluded).flatMap((t) => t.alternatives.flat());
  return [...new Set([...words, ...entities])].map(literal).join(' | ');
}

/** A tsquery literal's lexeme: quoted, so spaces and marks stay part of it. */
function literal(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Whether `inner` stands, token by token, somewhere inside `outer`. */
function contains(outer: string[], inner: string[]): boolean {
  for (let at = 0; at + inner.length <= outer.length; at++) {
    if (inner.every((t, i) => outer[at + i] === t)) return true;
  }
  return false;
}

/**
 * A term's spellings without those that contain another of its spellings: a text with
 * `multiethn multi ethnic` has `multiethn`, so `multiethn | multiethn <-> multi <-> ethnic` is
 * `multiethn` (the form every unquoted hyphenated word takes), and no positions need testing.
 */
function spellings(term: QueryTerm): string[][] {
  return term.alternatives.filter(
    (alt, i) => !term.alternatives.some((other, j) => j !== i && other.length < alt.length && contains(alt, other)),
  );
}

/** A tsquery over one of the two indexed columns: `doc` (words, entities, years) or `pairs` (word pairs, years). */
interface ColumnQueries {
  doc: RawBuilder<unknown>[];
  pairs: RawBuilder<unknown>[];
}

/** The spellings of a term as tsqueries, ORed per column: words over `doc`, sequences over `pairs`. */
function spellingQueries(alternatives: string[][]): {
  doc: RawBuilder<unknown> | null;
  pairs: RawBuilder<unknown> | null;
} {
  const words = alternatives
    .filter((alt) => alt.length === 1)
    .map((alt) => sql`to_tsquery('simple', ${literal(alt[0]!)})`);
  // A sequence of words that must stand side by side is matched by its pairs: exact for two
  // words; for longer ones every pair is only a sign, and `positionsTest` settles it on the
  // texts with every pair.
  const sequences = alternatives
    .filter((alt) => alt.length > 1)
    .map((alt) => sql`${pairLexemes(alt.join(' ')).map(literal).join(' & ')}::tsquery`);
  return {
    doc: words.length ? sql`(${sql.join(words, sql` || `)})` : null,
    pairs: sequences.length ? sql`(${sql.join(sequences, sql` || `)})` : null,
  };
}

/** `column @@ (q1 && q2 …)`, or nothing when there is no query for the column. */
function columnMatch(column: 'doc' | 'pairs', queries: RawBuilder<unknown>[]): RawBuilder<unknown>[] {
  return queries.length ? [sql`${sql.raw(column)} @@ (${sql.join(queries, sql` && `)})`] : [];
}

/**
 * What a text must match: every wanted term, or an entity the query names; no excluded term; and
 * one of the query's years when it has any. The same structure as `toTsQuery`, with phrases as
 * pairs, written as conditions on the two GIN-indexed columns (`0031_pairs_index`): each of the
 * two alternatives (the terms, the entities) is one tsquery per column, and the query's years go
 * into the column its positive part is on, so a phrase with years is one scan of the pairs index
 * and words with years one of the words index. Exact (the GIN indexes answer it without reading
 * a vector) unless a spelling has three words or more: then `positionsTest` must hold too.
 */
function matchCondition({ parsed, entities, years }: TextQuery): RawBuilder<unknown> | null {
  const wanted = parsed.terms.filter((t) => !t.excluded);
  if (!wanted.length) return null;
  const terms: ColumnQueries & { either: RawBuilder<unknown>[] } = { doc: [], pairs: [], either: [] };
  for (const term of wanted) {
    const { doc, pairs } = spellingQueries(spellings(term));
    if (doc && pairs) terms.either.push(sql`(doc @@ ${doc} OR pairs @@ ${pairs})`);
    else if (doc) terms.doc.push(doc);
    else if (pairs) terms.pairs.push(pairs);
  }
  const alternatives: (ColumnQueries & { either: RawBuilder<unknown>[] })[] = [terms];
  if (entities.length)
    alternatives.push({ doc: [sql`${entities.map(literal).join(' | ')}::tsquery`], pairs: [], either: [] });
  // Excluded terms, as far as the index can tell exactly: their spellings of one or two words
  // (a text with every pair of a longer one may still lack it, so those are left to `positionsTest`).
  const excluded = parsed.terms
    .filter((t) => t.excluded)
    .map((t) => spellingQueries(spellings(t).filter((alt) => alt.length <= 2)));
  // Literals, not to_tsquery: the parser would drop the year mark.
  const yearQuery = years ? sql`${years.map((y) => literal(`${YEAR_MARK}${y}`)).join(' | ')}::tsquery` : null;
  const conditions = alternatives.map((alt) => {
    if (yearQuery) (alt.pairs.length && !alt.doc.length ? alt.pairs : alt.doc).push(yearQuery);
    for (const { doc, pairs } of excluded) {
      if (doc) alt.doc.push(sql`!!${doc}`);
      if (pairs) alt.pairs.push(sql`!!${pairs}`);
    }
    const parts = [...columnMatch('doc', alt.doc), ...columnMatch('pairs', alt.pairs), ...alt.either];
    return sql`(${sql.join(parts, sql` AND `)})`;
  });
  return conditions.length === 1 ? conditions[0]! : sql`(${sql.join(conditions, sql` OR `)})`;
}

/**
 * `AND` the query's positions test on the vector alone, when a spelling has three words or more
 * (a quoted phrase, or a hyphenated word in one): read only for the texts the index let through,
 * and only the vector (testing it on `doc || pairs`, as a recheck of 0021's index did, copied both for each). The
 * vector is `article_rank`'s copy (the statement's rows are `article_search`'s): there the vectors
 * lie side by side, where `article_search`'s own sit between word-pair chunks (the bench's four
 * such phrases at 100 000 articles, load 6: mean 96.6 → 55.2 ms, the slowest 399 → 212 ms).
 */
function positionsTest({ parsed, entities }: TextQuery): RawBuilder<unknown> {
  if (!parsed.terms.some((t) => spellings(t).some((alt) => alt.length > 2))) return sql``;
  return sql` AND (SELECT r.doc FROM article_rank r WHERE r.article_id = article_search.article_id)
    @@ to_tsquery('simple', ${toTsQuery(parsed, entities)})`;
}

export function postgresTextMatches(query: TextQuery): RawBuilder<unknown> | null {
  const match = matchCondition(query);
  if (!match) return null;
  return sql`SELECT article_id FROM article_search WHERE ${match}${positionsTest(query)}`;
}

export function postgresRankedMatches(query: TextQuery, minId: number, maxId: number): RawBuilder<unknown> | null {
  const match = matchCondition(query);
  if (!match) return null;
  return sql`SELECT article_id, ${rank('doc', query)} AS score FROM article_search
    WHERE ${match}${positionsTest(query)} AND article_id >= ${minId} AND article_id <= ${maxId}`;
}

export function postgresNewestRanked(
  query: TextQuery,
  filter: (id: RawBuilder<unknown>) => RawBuilder<unknown>,
  size: number,
): RawBuilder<unknown> | null {
  const match = matchCondition(query);
  if (!match) return null;
  const phrase = toTsPhrase(query.parsed);
  // One statement does the whole window: the count of every match rides on the scan that finds
  // them (the window needs that scan anyway), and only the `size` newest vectors are read in full
  // (ranked outside the limit), each tested for the phrase on the way. Each is read once:
  // `(ARRAY[doc])[1]` in its own (unflattened) level gives rank and phrase test one detoasted
  // copy, where naming `doc` in both read it twice (and `doc || ''` rebuilds it, slower still).
  if (!phrase) {
    return sql`SELECT article_id, ${rank('doc', query)} AS score, NULL AS together, total
      FROM (${newestMatches(match, query, filter, size)}) AS newest`;
  }
  return sql`SELECT article_id, ${rank('vector', query)} AS score,
      vector @@ to_tsquery('simple', ${phrase}) AS together, total
    FROM (SELECT article_id, (ARRAY[doc])[1] AS vector, total
      FROM (${newestMatches(match, query, filter, size)}) AS newest OFFSET 0) AS read`;
}

/**
 * The `size` newest matches that pass `filter`, with their vectors (unread) and the count of all.
 * One pass over the matches counts them and collects their ids; only the `size` newest rows are
 * then looked up again by key. `count(*) OVER ()` with `ORDER BY … LIMIT` spooled every match's
 * row into a tuple store and sorted them: 70 000 rows for a common word at 100 000 articles. The
 * ids are sorted ascending and the last `size` taken: the bitmap scan yields them in row order,
 * which is nearly id order, so the sort is nearly a check (descending, it sorted every id). The
 * order of the rows does not matter: the window is ranked (ties by id) after. Their vectors come
 * from `article_rank` (`0032_rank_vectors`), where they lie side by side: in `article_search`'s
 * TOAST each sits between word-pair chunks that no search reads.
 */
function newestMatches(
  match: RawBuilder<unknown>,
  query: TextQuery,
  filter: (id: RawBuilder<unknown>) => RawBuilder<unknown>,
  size: number,
): RawBuilder<unknown> {
  return sql`SELECT s.article_id, s.doc, m.total
    FROM (SELECT total, ids[greatest(1, total - ${size} + 1):total] AS ids
      FROM (SELECT count(*)::int AS total, array_agg(article_id ORDER BY article_id) AS ids
        FROM article_search
        WHERE ${match}${positionsTest(query)} AND ${filter(sql`article_search.article_id`)}) AS found) AS m
    JOIN article_rank s ON s.article_id = ANY (m.ids)`;
}

export function postgresPhraseMatches(parsed: ParsedQuery, ids: number[]): RawBuilder<unknown> | null {
  const phrase = toTsPhrase(parsed);
  if (!phrase) return null;
  // The listed rows only: a phrase test reads each vector's positions.
  return sql`SELECT article_id FROM article_search
    WHERE article_id IN (${sql.join(ids)}) AND doc @@ to_tsquery('simple', ${phrase})`;
}
