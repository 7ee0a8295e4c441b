import type { CatalogKind } from '@/lib/catalog/types';

/**
 * Where an "on this host" badge goes: an empty element in the static HTML that the HostBadges
 * island fills (a portal) when the probe answers. Empty, it takes no room: `contents` by default,
 * or `empty:hidden` in the given class.
 */
export function HostBadgeSlot({ kind, id, className = 'contents' }: { kind: 'feature' | CatalogKind; id: string; className?: string }) {
  return <span data-host-badge={kind} data-id={id} className={className} />;
}
