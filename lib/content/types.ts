import type { FeatureRecord, Lang } from '../features/types';
import type { ExplainerFrontmatter, IssueFrontmatter } from './schema';
import type { ContentProblem } from './problems';

/** One language of one issue. */
export interface IssueDoc {
  number: number;
  lang: Lang;
  /** Path relative to the content directory's parent, as problems print it. */
  file: string;
  frontmatter: IssueFrontmatter;
  /** The mdx-bundler output: server-side rendering only. */
  code: string;
  /** Feature ids in document order. */
  featureIds: string[];
  /** Slugs of the explainers shown in place (<DidYouKnow>), in document order. */
  didYouKnow: string[];
  isOriginal: boolean;
}

export interface ExplainerDoc {
  slug: string;
  lang: Lang;
  file: string;
  frontmatter: ExplainerFrontmatter;
  code: string;
  /** What a reader sees, as plain text (made in the MDX pass): for search. */
  text: string;
  isOriginal: boolean;
}

export interface Content {
  issues: IssueDoc[];
  explainers: ExplainerDoc[];
  records: FeatureRecord[];
  problems: ContentProblem[];
}
