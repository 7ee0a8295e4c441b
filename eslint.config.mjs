// ESLint (flat config): Next's rules (core web vitals + TypeScript), Prettier's formatting left to
// Prettier, and one rule of the house: a client component ('use client') never imports Node
// built-ins or server modules (lib/server/**, 'server-only'), so nothing server-side ships to the browser.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const SERVER_IMPORT = /^(node:|server-only$|@\/lib\/server(\/|$)|(\.\.?\/)+(lib\/)?server(\/|$))/;

/** @type {import('eslint').Rule.RuleModule} */
const noServerImportsInClient = {
  meta: {
    type: 'problem',
    docs: { description: "no Node built-ins or server modules in a 'use client' module" },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
    if (!isClient) return {};
    const check = (node, source) => {
      if (typeof source === 'string' && SERVER_IMPORT.test(source)) {
        context.report({ node, message: `'use client' module imports "${source}": server-only code must not reach the browser` });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

const config = [
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'next-env.d.ts',
      'public/**',
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    plugins: { house: { rules: { 'no-server-imports-in-client': noServerImportsInClient } } },
    rules: {
      'house/no-server-imports-in-client': 'error',
      // Links are plain <a> on purpose (no prefetching, nothing to hydrate per link: README, Performance);
      // this rule is about the pages router, which the site does not use.
      '@next/next/no-html-link-for-pages': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests build deliberately malformed inputs (host facts with a field of the wrong type).
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
export default config;
