/**
 * Imports C prototypes for the catalog's helpers and kfuncs into data/:
 * - helpers from libbpf's bpf_helper_defs.h (Debian's libbpf-dev: /usr/include/bpf), declarations only,
 *   never its description comments → data/helper-prototypes.json, license note in data/licenses/;
 * - kfuncs from kernel BTF (this host's /sys/kernel/btf/vmlinux, or --btf FILE …, newest first):
 *   the shipped list the kfunc pages fall back on when the host serving the site lacks a kfunc
 *   → data/kfunc-prototypes.json.
 *
 *   npx tsx scripts/import-prototypes.ts [--helper-defs FILE] [--btf FILE --btf-label LABEL]…
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './command-line';
import { readBtf } from '../lib/btf';
import { readFunctionPrototypes } from '../lib/btf/prototypes';
import { parseHelperDefs } from '../lib/catalog/helper-prototypes';
import { loadCatalog } from '../lib/server/catalog';

const USAGE =
  'usage: npx tsx scripts/import-prototypes.ts [--helper-defs FILE] [--btf FILE --btf-label LABEL]…\n' +
  '  --helper-defs FILE  libbpf bpf_helper_defs.h (default /usr/include/bpf/bpf_helper_defs.h, Debian libbpf-dev)\n' +
  '  --btf FILE          kernel BTF to read kfunc prototypes from (repeatable, newest first; default /sys/kernel/btf/vmlinux)\n' +
  '  --btf-label LABEL   what each --btf is, for the record (e.g. "Linux 6.18"; default: the file name)';

const REPO_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function packageVersion(name: string): string | null {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8', timeout: 5000 }).trim() || null;
  } catch {
    return null;
  }
}

function write(file: string, text: string) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function run(argv: string[]): number {
  const args = parseCommandLine('import-prototypes', USAGE, argv, {
    'helper-defs': { type: 'string' },
    btf: { type: 'string', multiple: true },
    'btf-label': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (typeof args === 'number') return args;
  const catalog = loadCatalog();

  const defsFile = args['helper-defs'] ?? '/usr/include/bpf/bpf_helper_defs.h';
  let header: string;
  try {
    header = fs.readFileSync(defsFile, 'utf8');
  } catch (err) {
    console.error(
      `import-prototypes: ${defsFile}: cannot read it (${(err as NodeJS.ErrnoException).code}); install libbpf-dev or pass --helper-defs`,
    );
    return 1;
  }
  const parsed = parseHelperDefs(header);
  if (parsed.length === 0) {
    console.error(`import-prototypes: ${defsFile}: no helper declarations found; is it bpf_helper_defs.h?`);
    return 1;
  }
  const helperNames = new Set(catalog.entries.filter((e) => e.kind === 'helper').map((e) => e.name));
  const helpers = Object.fromEntries(
    parsed.filter((p) => helperNames.has(p.name)).map((p) => [p.name, { id: p.id, prototype: p.prototype }]),
  );
  const version = packageVersion('libbpf-dev');
  const helperData = {
    source: {
      package: 'libbpf-dev',
      version,
      file: 'bpf/bpf_helper_defs.h',
      license: 'LGPL-2.1 OR BSD-2-Clause',
      licenseFile: 'data/licenses/libbpf-LGPL-2.1-OR-BSD-2-Clause.txt',
      note: 'Declarations only (return type, name, parameters, helper id); the header’s description comments are not copied.',
    },
    helpers,
  };
  write(path.join(REPO_ROOT, 'data/helper-prototypes.json'), `${JSON.stringify(helperData, null, 2)}\n`);
  write(
    path.join(REPO_ROOT, 'data/licenses/libbpf-LGPL-2.1-OR-BSD-2-Clause.txt'),
    `data/helper-prototypes.json holds the helper declarations (prototypes and helper ids, no description
text) of bpf_helper_defs.h from Debian's libbpf-dev package${version ? ` ${version}` : ''} (libbpf, https://github.com/libbpf/libbpf).

libbpf is dual-licensed: LGPL-2.1 OR BSD-2-Clause (SPDX: LGPL-2.1 OR BSD-2-Clause); the prototypes
are used here under the BSD-2-Clause terms:

Copyright the libbpf authors (see Debian's /usr/share/doc/libbpf-dev/copyright).

Redistribution and use in source and binary forms, with or without modification, are permitted
provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions
   and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials provided
   with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR
IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND
FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR
CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER
IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF
THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`,
  );

  const btfFiles = args.btf?.length ? args.btf : ['/sys/kernel/btf/vmlinux'];
  const labels = args['btf-label'] ?? [];
  const kfuncs = catalog.entries.filter((e) => e.kind === 'kfunc').map((e) => e.name);
  const asked = kfuncs.flatMap((k) => [k, `${k}_impl`]);
  const prototypes: Record<string, { prototype: string; btfName?: string; from: string }> = {};
  const sources: string[] = [];
  for (const [i, file] of btfFiles.entries()) {
    const label = labels[i] ?? path.basename(file);
    const found = readFunctionPrototypes(new Uint8Array(fs.readFileSync(file)), asked);
    sources.push(label);
    for (const name of kfuncs) {
      if (prototypes[name]) continue; // the newest BTF given first wins
      const btfName = found[name] ? name : found[`${name}_impl`] ? `${name}_impl` : null;
      if (btfName) prototypes[name] = { prototype: found[btfName]!, ...(btfName !== name ? { btfName } : {}), from: label };
    }
  }
  // The type enums' order, from the newest BTF given: import-catalog checks versions against it.
  const ORDERED_ENUMS = ['bpf_prog_type', 'bpf_map_type', 'bpf_attach_type'];
  const newest = readBtf(new Uint8Array(fs.readFileSync(btfFiles[0]!)), { enumNames: ORDERED_ENUMS, functions: [] });
  const enumOrder = {
    source: `${labels[0] ?? path.basename(btfFiles[0]!)} (member → position in the enum, which is its value)`,
    enums: Object.fromEntries(ORDERED_ENUMS.map((e) => [e, Object.fromEntries((newest.enums[e] ?? []).map((m, i) => [m, i]))])),
  };
  write(path.join(REPO_ROOT, 'data/enum-order.json'), `${JSON.stringify(enumOrder, null, 2)}\n`);
  const kfuncData = {
    source: { btf: sources, note: 'Read from kernel BTF (FUNC → FUNC_PROTO), type tags left out.' },
    kfuncs: Object.fromEntries(Object.entries(prototypes).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  write(path.join(REPO_ROOT, 'data/kfunc-prototypes.json'), `${JSON.stringify(kfuncData, null, 2)}\n`);
  console.log(
    `import-prototypes: ${Object.keys(helpers).length} of ${helperNames.size} helpers from ${defsFile}; ` +
      `${Object.keys(prototypes).length} of ${kfuncs.length} kfuncs from ${sources.join(', ')}`,
  );
  return 0;
}

process.exitCode = run(process.argv.slice(2));
