/** The attribution an issue carries wherever it is shown (page, feed): the post, its link, its license. Pure. */
import type { Dictionary } from '../i18n/dictionary';
import { format } from '../i18n/format';
import type { IssueDoc } from './types';

export interface Attribution {
  /** "Adapted from “eBPF Updates #2” (ebpf.io), licensed CC BY 4.0." */
  sentence: string;
  /** That the words are the site's own. */
  adaptation: string;
  url: string;
  license: string;
  licenseUrl: string;
}

export function issueAttribution(issue: IssueDoc, t: Dictionary): Attribution {
  const { source } = issue.frontmatter;
  return {
    sentence: format(t.translationOf, { source: `“${source.title}”`, publisher: source.publisher, license: source.license }),
    adaptation: t.originalDigest,
    url: source.url,
    license: source.license,
    licenseUrl: source.licenseUrl,
  };
}
