/**
 * Search parameters from a URL: strict for /api/search (a bad parameter is a 400 that says which),
 * lenient for the search page (a bad filter is dropped, the page still answers). Pure.
 */
import { z } from 'zod';
import { CATEGORIES } from '../features/vocabulary';
import { kernelVersionSchema } from '../kernel/version-schema';
import { MAX_QUERY_LENGTH } from './query';
import { SEARCH_KINDS, type SearchFilters, type SearchRequest } from './types';

const API_DEFAULT_LIMIT = 20;
const API_MAX_LIMIT = 100;
const PAGE_DEFAULT_LIMIT = 50;
const PAGE_MAX_LIMIT = 500;

/** Characters as a reader counts them (code points), not UTF-16 units: an emoji is one. */
function queryLength(q: string): number {
  return [...q].length;
}

const lang = z.enum(['zh', 'en']);

const searchApiParamsSchema = z.strictObject({
  q: z
    .string({ error: 'q is required' })
    .trim()
    .min(1, 'q is required')
    .refine((q) => queryLength(q) <= MAX_QUERY_LENGTH, `q is longer than ${MAX_QUERY_LENGTH} characters`),
  lang: lang.default('zh'),
  kind: z.enum(SEARCH_KINDS).optional(),
  category: z.enum(CATEGORIES).optional(),
  from: kernelVersionSchema.optional(),
  to: kernelVersionSchema.optional(),
  in: lang.optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, 'limit must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(API_MAX_LIMIT, `limit is at most ${API_MAX_LIMIT}`))
    .optional(),
});

const API_PARAMS = Object.keys(searchApiParamsSchema.shape);

export type ParsedParams = { ok: true; request: SearchRequest } | { ok: false; error: string };

/** /api/search: the first value of each known parameter; unknown parameters are ignored. */
export function parseSearchApiParams(params: URLSearchParams): ParsedParams {
  const raw: Record<string, string> = {};
  for (const key of API_PARAMS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = searchApiParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    return { ok: false, error: where && !issue.message.startsWith(where) ? `${where}: ${issue.message}` : issue.message };
  }
  const { q, lang: l, kind, category, from, to, in: textLang, limit } = parsed.data;
  return { ok: true, request: { q, lang: l, kind, category, from, to, textLang, limit: limit ?? API_DEFAULT_LIMIT } };
}

export interface PageParams {
  q: string;
  filters: SearchFilters;
  limit: number;
  /** Set when the query was refused (too long); the page says so instead of searching. */
  tooLong: boolean;
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const optional = <T>(schema: z.ZodType<T>, v: string): T | undefined => {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
};

/** The search page: what it can use of its query string. */
export function parseSearchPageParams(params: RawParams): PageParams {
  const q = first(params.q).trim();
  const limitRaw = Number(first(params.limit));
  return {
    q,
    tooLong: queryLength(q) > MAX_QUERY_LENGTH,
    limit: Number.isInteger(limitRaw) && limitRaw > 0 ? Math.min(limitRaw, PAGE_MAX_LIMIT) : PAGE_DEFAULT_LIMIT,
    filters: {
      kind: optional(z.enum(SEARCH_KINDS), first(params.kind)),
      category: optional(z.enum(CATEGORIES), first(params.category)),
      from: optional(kernelVersionSchema, first(params.from)),
      to: optional(kernelVersionSchema, first(params.to)),
      textLang: optional(lang, first(params.in)),
    },
  };
}

/** The search page URL for a query and filters (what the no-JS form submits, and the links). */
export function searchQueryString(q: string, filters: SearchFilters = {}, limit?: number): string {
  const params = new URLSearchParams();
  params.set('q', q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.category) params.set('category', filters.category);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.textLang) params.set('in', filters.textLang);
  if (limit) params.set('limit', String(limit));
  return params.toString();
}

/** The search page's path (lib/site.ts holds the other pages'; search keeps its own in lib/search). */
export function searchPagePath(lang: 'zh' | 'en', q?: string, filters?: SearchFilters, limit?: number): string {
  return q === undefined ? `/${lang}/search` : `/${lang}/search?${searchQueryString(q, filters, limit)}`;
}
