/**
 * Imports the fact data (ebpf-docs + bcc) into data/catalog.json, with the license texts next to it.
 * The transformation itself is lib/catalog/import.ts; this file only reads, validates and writes.
 *
 *   npx tsx scripts/import-catalog.ts [--data DIR] [--out FILE] [--config-gates FILE] [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import type { z } from 'zod';
import { UNFINISHED_PROGRAM_TYPES } from '../lib/catalog/helper-programs';
import { importCatalog, reportCatalog } from '../lib/catalog/import';
import {
  bccFeaturesSchema,
  configGatesSchema,
  featureVersionsSchema,
  helpersFunctionsSchema,
  kfuncsSchema,
} from '../lib/catalog/source-schemas';
import type { CatalogSource } from '../lib/catalog/types';
import { parseCommandLine } from './command-line';

const USAGE =
  'usage: npx tsx scripts/import-catalog.ts [--data DIR] [--out FILE] [--config-gates FILE] [--verbose]\n' +
  '  --data DIR   the fact data (default: ../shared/data from the repo root)\n' +
  '  --out FILE   the catalog to write (default: data/catalog.json); license texts go to licenses/ beside it\n' +
  '  --config-gates FILE  the program/map type config gates (default: data/config-gates.yaml)\n' +
  '  --verbose    also list the disagreements and the entries only one source has';

const REPO_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

// The YAML files carry no provenance of their own; this is what ../shared/data/README.md states
// for the snapshot. Update it together with the data.
const EBPF_DOCS = {
  repo: 'isovalent/ebpf-docs',
  commit: '18ec5e93ea4b15ae7a145f8351013a421d431cbb',
  license: 'BSD-2-Clause',
  files: ['feature-versions.yaml', 'helpers-functions.yaml', 'kfuncs.yaml'],
};

/** A problem with an input file: reported as one line naming the file, exit status 1. */
class InputError extends Error {}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

function parseText(file: string, text: string): unknown {
  try {
    if (file.endsWith('.json')) return JSON.parse(text);
    // failsafe: every scalar stays a string, so `version: 6.10` is not read as the number 6.1.
    return YAML.parse(text, { schema: 'failsafe' });
  } catch (err) {
    throw new InputError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
  }
}

function readInput<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const result = schema.safeParse(parseText(file, readText(file)));
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`)
      .join('; ');
    throw new InputError(`${file}: unexpected structure: ${issues}`);
  }
  return result.data;
}

function bccNotice(source: { repo: string; path: string; commit: string }): string {
  return `The bcc data in catalog.json (helpers, program types, map types and kernel features, with
the kernel version and commit that introduced them) is derived from ${source.path} in
https://github.com/${source.repo}, commit ${source.commit}:
https://github.com/${source.repo}/blob/${source.commit}/${source.path}

Copyright the bcc authors. Licensed under the Apache License, Version 2.0 (the "License"); you may
not use this file except in compliance with the License. You may obtain a copy of the License at

    https://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software distributed under the License
is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
implied. See the License for the specific language governing permissions and limitations under the
License.

Changes: the table was converted to JSON, helper names normalised (BPF_FUNC_xxx() -> bpf_xxx) and
merged with the ebpf-docs data by scripts/import-catalog.ts; see data/README.md.
`;
}

/** Writes through a temporary file so an interrupted run never leaves a half-written catalog. */
function writeFile(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Repository-relative, `/`-separated: the form catalog.json records. */
function repoPath(file: string): string {
  return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}

function run(argv: string[]): number {
  const args = parseCommandLine('import-catalog', USAGE, argv, {
    data: { type: 'string' },
    out: { type: 'string' },
    'config-gates': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (typeof args === 'number') return args;

  const dataDir = args.data ? path.resolve(args.data) : path.resolve(REPO_ROOT, '../shared/data');
  const out = args.out ? path.resolve(args.out) : path.join(REPO_ROOT, 'data/catalog.json');
  const inData = (rel: string) => path.join(dataDir, rel);

  const featureVersions = readInput(inData('ebpf-docs/feature-versions.yaml'), featureVersionsSchema);
  const helpersFunctionsFile = inData('ebpf-docs/helpers-functions.yaml');
  const helpersFunctions = readInput(helpersFunctionsFile, helpersFunctionsSchema);
  // The program types whose lists the data calls unfinished are named by a quote of its TODO comment.
  const helpersFunctionsText = readText(helpersFunctionsFile);
  const staleNotes = Object.entries(UNFINISHED_PROGRAM_TYPES).filter(([, quote]) => !helpersFunctionsText.includes(quote));
  const kfuncs = readInput(inData('ebpf-docs/kfuncs.yaml'), kfuncsSchema);
  const bcc = readInput(inData('ebpf-kernel-features.json'), bccFeaturesSchema);
  const ebpfDocsLicense = readText(inData('ebpf-docs/LICENSE.BSD-2-Clause'));
  // Hand-kept beside the catalog it feeds (not a snapshot of another project's data).
  const configGates = readInput(
    args['config-gates'] ? path.resolve(args['config-gates']) : path.join(REPO_ROOT, 'data/config-gates.yaml'),
    configGatesSchema,
  );

  const licensesDir = path.join(path.dirname(out), 'licenses');
  const ebpfDocsLicenseFile = path.join(licensesDir, 'ebpf-docs-BSD-2-Clause.txt');
  const bccLicenseFile = path.join(licensesDir, 'bcc-Apache-2.0.txt');
  const sources: CatalogSource[] = [
    ...EBPF_DOCS.files.map((f) => ({
      name: 'ebpf-docs',
      repo: EBPF_DOCS.repo,
      path: `data/${f}`,
      commit: EBPF_DOCS.commit,
      license: EBPF_DOCS.license,
      licenseFile: repoPath(ebpfDocsLicenseFile),
    })),
    { name: 'bcc', ...bcc.source, licenseFile: repoPath(bccLicenseFile) },
  ];

  // Helper ids from libbpf-dev's bpf_helper_defs.h (npm run import-prototypes): the merge order of helpers.
  const prototypesFile = path.join(REPO_ROOT, 'data/helper-prototypes.json');
  const helperIds = fs.existsSync(prototypesFile)
    ? Object.fromEntries(
        Object.entries((JSON.parse(readText(prototypesFile)) as { helpers: Record<string, { id: number }> }).helpers).map(([name, h]) => [
          name,
          h.id,
        ]),
      )
    : undefined;
  if (!helperIds) console.error('warning: data/helper-prototypes.json is missing: helper versions are not checked against their order');
  // The program, map and attach type enums' order, from kernel BTF (npm run import-prototypes).
  const enumOrderFile = path.join(REPO_ROOT, 'data/enum-order.json');
  const enumOrder = fs.existsSync(enumOrderFile)
    ? (JSON.parse(readText(enumOrderFile)) as { enums: NonNullable<Parameters<typeof importCatalog>[0]['enumOrder']> }).enums
    : undefined;
  const { catalog, warnings } = importCatalog({
    featureVersions,
    helpersFunctions,
    kfuncs,
    bcc,
    configGates,
    helperIds,
    enumOrder,
    sources,
  });

  writeFile(ebpfDocsLicenseFile, ebpfDocsLicense);
  writeFile(bccLicenseFile, bccNotice(bcc.source));
  writeFile(out, `${JSON.stringify(catalog, null, 2)}\n`);

  for (const [type, quote] of staleNotes)
    warnings.push(`helpers-functions: the note on ${type} ("${quote}") is no longer in the file; check UNFINISHED_PROGRAM_TYPES`);
  for (const w of warnings) console.error(`warning: ${w}`);
  const report = reportCatalog(catalog);
  if (args.verbose) {
    for (const d of report.disagreements) console.log(`disagreement: ${d}`);
    for (const o of report.oneSource) console.log(`one source: ${o}`);
  }
  console.log(`${report.summary} → ${repoPath(out)}`);
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof InputError)) throw err;
  console.error(`import-catalog: ${err.message}`);
  process.exitCode = 1;
}
