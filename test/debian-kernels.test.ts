/**
 * The probe on kernels nobody here built: Debian bookworm's 6.1 and 6.12 cloud kernels, from the
 * fixtures scripts/fetch-debian-kernels.ts made (their BTF, their config, and what bpftool read
 * from the same BTF). Every helper, program, map and attach type's verdict is compared with
 * bpftool's reading; program and map types also with the config that builds them; then the
 * program-type answers (lib/verdicts/program-types) on both kernels.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVersionStrings } from '../lib/kernel/version';
import type { HostFacts } from '../lib/host-facts/schema';
import { wantedNames } from '../lib/host-facts/wanted';
import { loadCatalog } from '../lib/server/catalog';
import { collectHostFacts } from '../lib/server/collect/host-facts';
import { parseKernelConfig } from '../lib/server/collect/parse';
import { evaluateAll } from '../lib/verdicts/evaluate';
import { evaluateProgramTypeCalls } from '../lib/verdicts/program-types';
import type { VerdictItem } from '../lib/verdicts/types';
import { bpftoolReading } from '../scripts/fetch-debian-kernels';

const KERNELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/kernels');
const catalog = loadCatalog();
const data = { entries: catalog.entries, programHelpers: catalog.programHelpers ?? {} };

interface Kernel {
  release: string;
  dir: string;
  bpftool: { enums: Record<string, string[]>; kfuncs: string[] };
  config: Record<string, string>;
  btf: Buffer;
  facts: HostFacts;
  verdicts: Map<string, VerdictItem>;
}

const kernels = new Map<string, Kernel>();
const temps: string[] = [];

/** A host tree with the kernel's release, config and BTF, as the probe reads a mounted host. */
async function hostOf(release: string, config: Buffer, btf: Buffer): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `debian-${release}-`));
  temps.push(root);
  const put = async (path: string, content: string | Buffer) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  };
  await put('proc/sys/kernel/osrelease', `${release}\n`);
  await put(`boot/config-${release}`, config);
  await put('sys/kernel/btf/vmlinux', btf);
  await put('etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n');
  return root;
}

beforeAll(async () => {
  for (const release of await readdir(KERNELS_DIR)) {
    const dir = join(KERNELS_DIR, release);
    const btf = brotliDecompressSync(await readFile(join(dir, 'vmlinux.btf.br')));
    const configText = gunzipSync(await readFile(join(dir, 'config.gz')));
    const root = await hostOf(release, configText, btf);
    const facts = await collectHostFacts({
      roots: { root, proc: join(root, 'proc'), sys: join(root, 'sys'), etc: join(root, 'etc') },
      ...wantedNames([], catalog.entries),
    });
    const items = evaluateAll([], catalog.entries, facts);
    kernels.set(release, {
      release,
      dir,
      bpftool: JSON.parse(await readFile(join(dir, 'bpftool.json'), 'utf8')),
      config: parseKernelConfig(configText.toString('utf8')),
      btf,
      facts,
      verdicts: new Map(items.map((i) => [`${i.kind}:${i.id}`, i])),
    });
  }
}, 60_000);
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

const RELEASES = ['6.1.0-47-cloud-amd64', '6.12.117+deb12-cloud-amd64'];
const kernel = (release: string) => {
  const k = kernels.get(release);
  if (!k) throw new Error(`no fixture for ${release} in test/fixtures/kernels (npx tsx scripts/fetch-debian-kernels.ts)`);
  return k;
};

/** The options of a type's config gate that apply to this release, as the data gives them. */
function gateOptions(name: string, release: string): string[] {
  const gate = catalog.entries.find((e) => e.name === name)?.configGate ?? [];
  const mm = release.split('.').slice(0, 2).join('.').replace(/-.*$/, '');
  const variant = gate.find(
    (g) => (!g.since || compareVersionStrings(mm, g.since) >= 0) && (!g.before || compareVersionStrings(mm, g.before) < 0),
  );
  return variant?.options ?? [];
}

describe.each(RELEASES)('Debian %s', (release) => {
  it('the fixture holds that kernel: the BTF the fetch script recorded, read without error', async () => {
    const k = kernel(release);
    const meta = JSON.parse(await readFile(join(k.dir, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ release, btf: { bytes: k.btf.length } });
    expect(k.facts.facts.kernelRelease).toMatchObject({ status: 'ok', value: release });
    expect(k.facts.facts.kernelConfig).toMatchObject({ status: 'ok', source: `/boot/config-${release}` });
    expect(k.facts.facts.btf).toMatchObject({ status: 'ok', value: { present: true, size: k.btf.length } });
  });

  it.runIf(existsSync('/usr/sbin/bpftool') || existsSync('/usr/bin/bpftool'))(
    'bpftool.json is what bpftool reads from that BTF',
    async () => {
      const k = kernel(release);
      const file = join(await mkdtemp(join(tmpdir(), 'btf-')), 'vmlinux.btf');
      temps.push(dirname(file));
      await writeFile(file, k.btf);
      expect(bpftoolReading(file)).toEqual(k.bpftool);
    },
  );

  it('every helper and attach type: supported exactly when bpftool finds it in the BTF enum', () => {
    const k = kernel(release);
    const enumOf = { helper: 'bpf_func_id', 'attach-type': 'bpf_attach_type' } as const;
    for (const kind of ['helper', 'attach-type'] as const) {
      const members = new Set(k.bpftool.enums[enumOf[kind]]);
      for (const e of catalog.entries.filter((x) => x.kind === kind)) {
        const member = 'member' in e.btf ? e.btf.member : e.name;
        const item = k.verdicts.get(`${kind}:${e.name}`)!;
        expect(item.verdict, `${kind} ${e.name}`).toBe(members.has(member) ? 'supported' : 'unsupported');
        expect(item.evidence[0]!.code, `${kind} ${e.name}: decided by BTF`).toMatch(/^btf\.enum_member/);
      }
    }
  });

  it('every program and map type: in bpftool’s enum and its config gate set ⇔ supported', () => {
    const k = kernel(release);
    const enumOf = { 'program-type': 'bpf_prog_type', 'map-type': 'bpf_map_type' } as const;
    const gated: string[] = [];
    for (const kind of ['program-type', 'map-type'] as const) {
      const members = new Set(k.bpftool.enums[enumOf[kind]]);
      for (const e of catalog.entries.filter((x) => x.kind === kind)) {
        const inEnum = members.has(e.name);
        const gateSet = gateOptions(e.name, release).every((o) => k.config[o] !== undefined && k.config[o] !== 'n');
        if (inEnum && !gateSet) gated.push(e.name);
        expect(k.verdicts.get(`${kind}:${e.name}`)!.verdict, `${kind} ${e.name}`).toBe(inEnum && gateSet ? 'supported' : 'unsupported');
      }
    }
    // Where BTF alone (and bpftool's reading of it) would say yes: a cloud kernel has no IR receivers.
    expect(gated).toContain('BPF_PROG_TYPE_LIRC_MODE2');
    const lirc = k.verdicts.get('program-type:BPF_PROG_TYPE_LIRC_MODE2')!;
    expect(lirc.evidence.map((e) => e.code)).toEqual(['btf.enum_member', 'config.not_set', 'kernel.contradicted']);
  });

  it('kfuncs: this kernel does not tag them (pahole before 1.26), so the function decides, as bpftool sees no tags', () => {
    const k = kernel(release);
    expect(k.bpftool.kfuncs).toEqual([]);
    const btf = k.facts.facts.btf.value as { kfuncTagCount: number; functions: string[] };
    expect(btf.kfuncTagCount).toBe(0);
    // bpf_task_acquire landed in 6.2: missing from 6.1's BTF, there in 6.12's.
    const acquire = k.verdicts.get('kfunc:bpf_task_acquire')!;
    if (release.startsWith('6.1.'))
      expect(acquire).toMatchObject({ verdict: 'unsupported', evidence: [{ code: 'btf.function_missing' }, { code: 'kernel.below' }] });
    else expect(acquire).toMatchObject({ verdict: 'supported', evidence: [{ code: 'btf.function' }, { code: 'kernel.at_least' }] });
  });
});

describe('program-type answers on the Debian kernels', () => {
  const verdictOf = (release: string, type: string, helper: string) =>
    evaluateProgramTypeCalls(type, data, kernel(release).facts)!.helpers.find((h) => h.name === helper)!;

  it('a `since` in the data flips between the kernels: XDP may call bpf_get_current_pid_tgid from 6.10 on', () => {
    const old = verdictOf('6.1.0-47-cloud-amd64', 'BPF_PROG_TYPE_XDP', 'bpf_get_current_pid_tgid');
    expect(old.verdict).toBe('unsupported');
    expect(old.evidence.map((e) => e.code)).toContain('calls.since_unmet');
    expect(verdictOf('6.12.117+deb12-cloud-amd64', 'BPF_PROG_TYPE_XDP', 'bpf_get_current_pid_tgid').verdict).toBe('supported');
  });

  it('a helper newer than the kernel is not callable from any type; a type the kernel lacks calls nothing', () => {
    // bpf_cgrp_storage_get is 6.2: in neither… of the 6.1 BTF enum.
    expect(verdictOf('6.1.0-47-cloud-amd64', 'BPF_PROG_TYPE_TRACING', 'bpf_cgrp_storage_get').verdict).toBe('unsupported');
    const netfilter = evaluateProgramTypeCalls('BPF_PROG_TYPE_NETFILTER', data, kernel('6.1.0-47-cloud-amd64').facts)!;
    expect(netfilter.verdict).toBe('unsupported');
    expect(new Set(netfilter.helpers.map((h) => h.verdict))).toEqual(new Set(['unsupported']));
    expect(evaluateProgramTypeCalls('BPF_PROG_TYPE_NETFILTER', data, kernel('6.12.117+deb12-cloud-amd64').facts)!.verdict).toBe(
      'supported',
    );
  });

  it('on both: kprobes call bpf_get_stackid, not bpf_spin_lock (excluded); LIRC_MODE2 calls nothing (config gate)', () => {
    for (const release of RELEASES) {
      expect(verdictOf(release, 'BPF_PROG_TYPE_KPROBE', 'bpf_get_stackid').verdict, release).toBe('supported');
      expect(verdictOf(release, 'BPF_PROG_TYPE_KPROBE', 'bpf_spin_lock').verdict, release).toBe('unsupported');
      const lirc = evaluateProgramTypeCalls('BPF_PROG_TYPE_LIRC_MODE2', data, kernel(release).facts)!;
      expect(
        lirc.helpers.filter((h) => h.verdict !== 'unsupported').map((h) => h.name),
        release,
      ).toEqual([]);
    }
  });
});

it('the fixtures stay compact (brotli BTF, gzip config): under 1.5 MB a kernel', async () => {
  for (const release of RELEASES) {
    const dir = join(KERNELS_DIR, release);
    let total = 0;
    for (const f of await readdir(dir)) total += (await readFile(join(dir, f))).length;
    expect(total, release).toBeLessThan(1.5 * 1024 * 1024);
  }
});
