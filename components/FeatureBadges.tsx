import type { FeatureRecord, Lang } from '@/lib/features/types';
import { formatLanding } from '@/lib/features/landing';
import { categoryLabel } from '@/lib/i18n/messages/categories';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/site';
import { Chip } from './Chip';

/** Kernel version, categories and helpers of a feature, as chips; helpers link to their pages. */
export function FeatureBadges({
  record,
  lang,
  t,
  helperLinks,
}: {
  record: FeatureRecord;
  lang: Lang;
  t: Dictionary;
  helperLinks: Set<string>;
}) {
  return (
    <ul className="not-prose flex flex-wrap items-center gap-1.5" aria-label={t.categories}>
      <li>
        <Chip tone="kernel" href={record.kernel ? `${paths.home(lang)}#v${record.kernel}` : undefined}>
          {formatLanding(record.landing)}
        </Chip>
      </li>
      {record.categories.map((c) => (
        <li key={c}>
          <Chip tone="category">{categoryLabel(c, lang)}</Chip>
        </li>
      ))}
      {record.helpers.map((h) => (
        <li key={h}>
          <Chip tone="helper" href={helperLinks.has(h) ? paths.helper(lang, h) : undefined}>
            {h}
          </Chip>
        </li>
      ))}
    </ul>
  );
}
