import 'server-only';
import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps, ReactNode } from 'react';

type Components = ComponentProps<ReturnType<typeof getMDXComponent>>['components'];

/**
 * Renders compiled MDX on the server. The compiled code is evaluated here only; the browser
 * receives HTML, never the code (so the CSP needs no 'unsafe-eval').
 */
export function MdxContent({ code, components }: { code: string; components?: Components }): ReactNode {
  // A server component renders once per request and keeps no state: the rule about components made
  // during render (they would lose state on the next render) does not apply here.
  const Component = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
