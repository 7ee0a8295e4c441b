/** zod schemas for content frontmatter: the one place they are defined. */
import { z } from 'zod';
import { kernelVersionSchema } from '../kernel/version-schema';

const lang = z.enum(['zh', 'en']);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as "YYYY-MM-DD" (quoted)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL' });

export const issueFrontmatterSchema = z.strictObject({
  issue: z.number().int().positive(),
  lang,
  title: z.string().min(1),
  summary: z.string().min(1),
  date: isoDate,
  period: z.strictObject({
    month: z.string().regex(/^\d{4}-\d{2}$/, 'expected "YYYY-MM"'),
    kernel: kernelVersionSchema,
    label: z.string().min(1),
  }),
  source: z.strictObject({
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: httpsUrl,
    license: z.string().min(1),
    licenseUrl: httpsUrl,
  }),
  explainers: z.array(slug).default([]),
  translationOf: lang.optional(),
});
export type IssueFrontmatter = z.infer<typeof issueFrontmatterSchema>;

export const explainerFrontmatterSchema = z.strictObject({
  slug,
  lang,
  title: z.string().min(1),
  summary: z.string().min(1),
  related: z.array(slug).default([]),
  translationOf: lang.optional(),
});
export type ExplainerFrontmatter = z.infer<typeof explainerFrontmatterSchema>;
