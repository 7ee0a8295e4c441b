'use client';
/**
 * The HTML of a page's static part (lib/html/static-parts.ts). On the server it renders the part
 * kept under `partKey`; in the browser it keeps the HTML the server sent — hydration does not look
 * inside an element with dangerouslySetInnerHTML, and the flight data carries only the key.
 */
import { useEffect, useId, useState } from 'react';
import { takeStaticPart } from '@/lib/html/static-parts';

export function StaticPart({ partKey, className }: { partKey: string; className?: string }) {
  const id = useId();
  // In the browser: the server's HTML, read once from the page (also right when React renders
  // this afresh after a hydration error elsewhere: the old nodes are still in the document).
  const [html] = useState(() => (typeof document === 'undefined' ? null : (document.getElementById(id)?.innerHTML ?? null)));
  if (typeof document === 'undefined') {
    return (
      <div id={id} className={className}>
        {takeStaticPart(partKey)}
      </div>
    );
  }
  return <BrowserPart id={id} className={className} html={html} />;
}

function BrowserPart({ id, className, html }: { id: string; className?: string; html: string | null }) {
  // Not in the page: reached by client-side navigation, which has flight data only. Load it whole.
  useEffect(() => {
    if (html === null) window.location.reload();
  }, [html]);
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}
