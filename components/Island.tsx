import type { ComponentProps, ComponentType } from 'react';
import { ISLANDS, type IslandName } from './islands';

/**
 * One island in a server-rendered page: the component, rendered here as usual, inside a box that
 * takes no room (`display: contents`) and carries its name, with its props as a JSON data block
 * (not run, so no CSP hash) from which the islands bundle mounts it where Next's runtime is left
 * out (components/islands.ts).
 */
export function Island<N extends IslandName>({ name, props }: { name: N; props: ComponentProps<(typeof ISLANDS)[N]> }) {
  const Component = ISLANDS[name] as ComponentType<object>;
  // `<` escaped: the JSON can hold no `</script>`.
  const json = JSON.stringify(props).replace(/</g, '\\u003c');
  return (
    <div className="contents" data-island={name}>
      <script type="application/json" dangerouslySetInnerHTML={{ __html: json }} />
      <Component {...(props as object)} />
    </div>
  );
}
