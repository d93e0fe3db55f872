import { createRoute } from '@hono/zod-openapi';
import { type ApiDeps, found, newRouter } from '../router.ts';
import { errorResponses, jsonContent } from '../schemas.ts';
import {
  ArticleListQuerySchema,
  ArticlePageSchema,
  ArticleParamsSchema,
  ArticleQuerySchema,
  ArticleSchema,
} from './schema.ts';

const listArticlesRoute = createRoute({
  method: 'get',
  path: '/articles',
  tags: ['articles'],
  summary: 'List articles, in ingest order or most recent first',
  request: { query: ArticleListQuerySchema },
  responses: { 200: jsonContent(ArticlePageSchema, 'A page of articles'), 400: errorResponses[400] },
});

const getArticleRoute = createRoute({
  method: 'get',
  path: '/articles/{id}',
  tags: ['articles'],
  summary: 'One article with its text, metadata and extracted facts',
  request: { params: ArticleParamsSchema, query: ArticleQuerySchema },
  responses: {
    200: jsonContent(ArticleSchema, 'The article (latest revision unless `revision` is given)'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

export function articleRoutes(deps: ApiDeps) {
  return newRouter()
    .openapi(listArticlesRoute, async (c) => {
      const { limit, offset, lang, order } = c.req.valid('query');
      const page = await (await deps.store()).listArticles({ limit, offset, language: lang, order });
      return c.json(page, 200);
    })
    .openapi(getArticleRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { revision } = c.req.valid('query');
      const article = found(await (await deps.store()).getArticle(id, revision), `article ${id}`);
      return c.json(article, 200);
    });
}
