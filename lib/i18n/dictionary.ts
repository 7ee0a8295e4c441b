/**
 * Every interface string, in both languages, assembled from one namespace per area
 * (lib/i18n/messages/). Server components take the whole dictionary and read `t.key`; a client
 * island takes only its namespace (probe-labels.ts, lib/search/labels.ts, the compare page's host
 * labels), so the browser never gets the rest. A zh page shows no English interface words; the
 * e2e check compares rendered pages against this dictionary.
 */
import type { Lang } from '../features/types';
import { catalogMessages } from './messages/catalog';
import { commonMessages } from './messages/common';
import { compareMessages } from './messages/compare';
import { fleetMessages } from './messages/fleet';
import { hostReportMessages } from './messages/host-report';
import { probeMessages } from './messages/probe';
import { readingMessages } from './messages/reading';
import { searchMessages } from './messages/search';
import { siteMessages } from './messages/site';
import { timelineMessages } from './messages/timeline';

/** Every namespace the dictionary holds; their keys are distinct (dictionary.test.ts). */
export const NAMESPACES = [
  siteMessages,
  commonMessages,
  readingMessages,
  catalogMessages,
  timelineMessages,
  searchMessages,
  compareMessages,
  hostReportMessages,
  probeMessages,
  fleetMessages,
] as const;

function assemble(lang: Lang) {
  return {
    ...siteMessages[lang],
    ...commonMessages[lang],
    ...readingMessages[lang],
    ...catalogMessages[lang],
    ...timelineMessages[lang],
    ...searchMessages[lang],
    ...compareMessages[lang],
    ...hostReportMessages[lang],
    ...probeMessages[lang],
    ...fleetMessages[lang],
  };
}

export type Dictionary = ReturnType<typeof assemble>;
export type DictionaryKey = keyof Dictionary;

const dictionaries: Record<Lang, Dictionary> = { zh: assemble('zh'), en: assemble('en') };

export function getDictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
