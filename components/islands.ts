/**
 * The islands: the only interactive parts of the reading pages and the probe page. On a page Next
 * hydrates (search, fleet, a comparison…) they are ordinary client components; on a page served by
 * scripts/serve.mjs without Next's runtime, `components/islands-boot.tsx` (bundled by
 * scripts/build-islands.mjs) mounts each one from the props its `Island` box wrote.
 */
import { CallableHere } from './CallableHere';
import { HostBadges } from './HostBadges';
import { ProbeTabs } from './ProbeTabs';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';
import { TimelineCatalogLists } from './TimelineCatalogLists';

/** By name (components/islands-boot.tsx loads each by the same name). */
export const ISLANDS = { CallableHere, HostBadges, ProbeTabs, SearchBox, ThemeToggle, TimelineCatalogLists };

export type IslandName = keyof typeof ISLANDS;
