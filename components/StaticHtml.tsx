import 'server-only';
import type { ReactNode } from 'react';
import { putStaticPart } from '@/lib/html/static-parts';
import { StaticPart } from './StaticPart';

/**
 * A static part of a page: its children are rendered to HTML once, and are not repeated in the
 * flight data nor hydrated (lib/html/static-parts.ts). Children must be server-renderable without
 * a request (plain components, no client components: use an island placeholder such as
 * HostBadgeSlot) — they are rendered in the HTML pass.
 */
export function StaticHtml({ children, className }: { children: ReactNode; className?: string }) {
  return <StaticPart partKey={putStaticPart(children)} className={className} />;
}
