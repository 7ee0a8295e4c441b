/**
 * The probe page's #anchors (a row of the report, e.g. #helper-bpf_map_lookup_elem): browser only.
 * Rows of a collapsed list are made when it opens (RowsWhenOpen), so a list opens itself for the
 * anchor it holds and the row is revealed once it exists.
 */

/** The id the URL's #anchor names ('' for none). */
export function hashId(): string {
  return decodeURIComponent(window.location.hash.slice(1));
}

/** Opens the <details> around the row the URL's #anchor names, scrolls to it and marks it. */
export function revealHashTarget(): void {
  const id = hashId();
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  document.querySelectorAll('[data-probe-target]').forEach((el) => el.removeAttribute('data-probe-target'));
  target.setAttribute('data-probe-target', '');
  target.scrollIntoView({ block: 'start' });
}
