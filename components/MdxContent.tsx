import 'server-only';
import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps, ReactNode } from 'react';

type Components = ComponentProps<ReturnType<typeof getMDXComponent>>['components'];

/**
 * Renders compiled MDX on the server. The compiled code is evaluated here only; the browser
 * receives HTML, never the code (so the CSP needs no 'unsafe-eval').
 */
export function MdxContent({ code, components }: { code: string; components?: Components }): ReactNode {
  const Component = getMDXComponent(code);
  return <Component components={components} />;
}
