/**
 * Fetches Debian kernel packages and writes compact fixtures of them for the probe's tests
 * (test/fixtures/kernels/<release>/): the kernel's BTF (the .BTF section of the decompressed
 * vmlinuz, brotli-compressed), its config (gzip), and what bpftool reads from that same BTF (the
 * probe's six enums and the kfuncs tagged bpf_kfunc) to compare the probe with. The tests need
 * none of the tools or the network; this script does: apt-get, dpkg-deb, objcopy, bpftool, and the
 * decompressor of the image (gzip, xz, zstd or lz4).
 *
 *   npx tsx scripts/fetch-debian-kernels.ts                 # newest signed 6.1 and 6.12 cloud-amd64 kernels
 *   npx tsx scripts/fetch-debian-kernels.ts --deb FILE …    # already downloaded packages
 *   npx tsx scripts/fetch-debian-kernels.ts --series 6.1 --series 6.12
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BTF_ENUMS } from '../lib/host-facts/schema';

const OUT = path.resolve(fileURLToPath(new URL('../test/fixtures/kernels', import.meta.url)));
const USAGE = 'usage: npx tsx scripts/fetch-debian-kernels.ts [--series X.Y]… [--deb FILE]…';

const run = (cmd: string, args: string[], options: { cwd?: string; input?: Buffer } = {}) =>
  execFileSync(cmd, args, { cwd: options.cwd, input: options.input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** Signed cloud kernels of a series, newest first: linux-image-6.1.0-47-cloud-amd64, linux-image-6.12.117+deb12-cloud-amd64. */
function candidates(series: string): string[] {
  const escaped = series.replace('.', '\\.');
  const out = run('apt-cache', ['search', '--names-only', `^linux-image-${escaped}[.][0-9][-+.a-z0-9]*-cloud-amd64$`]).toString();
  const names = out
    .split('\n')
    .map((l) => l.split(' ')[0]!)
    .filter((n) => n && !n.endsWith('-dbg') && !n.endsWith('-unsigned'));
  const key = (n: string) => (n.match(/\d+/g) ?? []).map(Number);
  return names.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  });
}

function download(series: string, dir: string): string {
  for (const name of candidates(series)) {
    try {
      run('apt-get', ['download', name], { cwd: dir });
      const deb = fs.readdirSync(dir).find((f) => f.startsWith(`${name}_`) && f.endsWith('.deb'));
      if (deb) return path.join(dir, deb);
    } catch {
      // not downloadable (an old ABI whose files are gone): try the next
    }
  }
  throw new Error(`no downloadable linux-image-${series}.*-cloud-amd64 package (run apt-get update?)`);
}

/** Magic bytes of the compressors a bzImage payload can use, and the command that undoes each. */
const PAYLOADS: { name: string; magic: number[]; cmd: string[] }[] = [
  { name: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd], cmd: ['zstd', '-dc'] },
  { name: 'lz4', magic: [0x02, 0x21, 0x4c, 0x18], cmd: ['lz4', '-dc'] },
  { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], cmd: ['xz', '-dc'] },
  { name: 'gzip', magic: [0x1f, 0x8b, 0x08], cmd: ['gzip', '-dc'] },
];

/** The ELF vmlinux inside a bzImage: each compressed stream found by its magic, tried until one yields an ELF. */
function extractVmlinux(vmlinuz: Buffer): Buffer {
  for (const { name, magic, cmd } of PAYLOADS) {
    for (let at = vmlinuz.indexOf(Buffer.from(magic)); at >= 0; at = vmlinuz.indexOf(Buffer.from(magic), at + 1)) {
      let out: Buffer;
      try {
        out = run(cmd[0]!, cmd.slice(1), { input: vmlinuz.subarray(at) });
      } catch (error) {
        // Trailing data after the stream makes some tools complain; take what they wrote.
        out = (error as { stdout?: Buffer }).stdout ?? Buffer.alloc(0);
      }
      if (out.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) {
        console.log(`  payload: ${name} at byte ${at}, ${out.length} bytes of ELF`);
        return out;
      }
    }
  }
  throw new Error('no gzip/xz/zstd/lz4 payload in the image decompresses to an ELF vmlinux');
}

/** What bpftool reads from a BTF file: the members of the probe's enums, and the FUNCs tagged bpf_kfunc. */
export function bpftoolReading(btfFile: string) {
  const raw = run('bpftool', ['btf', 'dump', 'file', btfFile, 'format', 'raw']).toString();
  const enums: Record<string, string[]> = {};
  const funcs = new Map<string, string>();
  const tagged: string[] = [];
  let current: string[] | null = null;
  for (const line of raw.split('\n')) {
    const type = /^\[(\d+)\] (\w+) '([^']*)'(.*)$/.exec(line);
    if (type) {
      const [, id, kind, name, rest] = type;
      current = null;
      if ((kind === 'ENUM' || kind === 'ENUM64') && (BTF_ENUMS as readonly string[]).includes(name!)) current = enums[name!] ??= [];
      else if (kind === 'FUNC') funcs.set(id!, name!);
      else if (kind === 'DECL_TAG' && name === 'bpf_kfunc' && / component_idx=-1/.test(rest!))
        tagged.push(/type_id=(\d+)/.exec(rest!)![1]!);
      continue;
    }
    const member = /^\s+'([^']+)' val=/.exec(line);
    if (member && current) current.push(member[1]!);
  }
  return { enums, kfuncs: [...new Set(tagged.map((id) => funcs.get(id)).filter((n) => n !== undefined))].sort() };
}

function fixtureOf(deb: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'debian-kernel-'));
  try {
    const info = run('dpkg-deb', ['-f', deb, 'Package', 'Version']).toString();
    const pkg = /^Package: (.+)$/m.exec(info)![1]!.trim();
    const version = /^Version: (.+)$/m.exec(info)![1]!.trim();
    console.log(`${pkg} ${version}`);
    run('dpkg-deb', ['-x', deb, work]);
    const boot = path.join(work, 'boot');
    const image = fs.readdirSync(boot).find((f) => f.startsWith('vmlinuz-'))!;
    const release = image.slice('vmlinuz-'.length);
    const vmlinux = path.join(work, 'vmlinux');
    fs.writeFileSync(vmlinux, extractVmlinux(fs.readFileSync(path.join(boot, image))));
    const btfFile = path.join(work, 'vmlinux.btf');
    run('objcopy', ['-O', 'binary', '--only-section=.BTF', vmlinux, btfFile]);
    const btf = fs.readFileSync(btfFile);
    if (btf.length < 1024 || btf.readUInt16LE(0) !== 0xeb9f)
      throw new Error(`${image}: no .BTF section (built without CONFIG_DEBUG_INFO_BTF?)`);
    const dir = path.join(OUT, release);
    fs.mkdirSync(dir, { recursive: true });
    const brotli = brotliCompressSync(btf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: btf.length },
    });
    fs.writeFileSync(path.join(dir, 'vmlinux.btf.br'), brotli);
    fs.writeFileSync(path.join(dir, 'config.gz'), gzipSync(fs.readFileSync(path.join(boot, `config-${release}`)), { level: 9 }));
    fs.writeFileSync(path.join(dir, 'bpftool.json'), `${JSON.stringify(bpftoolReading(btfFile), null, 1)}\n`);
    const meta = {
      package: pkg,
      version,
      release,
      source: 'Debian bookworm (apt-get download), made by scripts/fetch-debian-kernels.ts',
      btf: { bytes: btf.length, sha256: createHash('sha256').update(btf).digest('hex') },
      bpftool: run('bpftool', ['version']).toString().split('\n')[0],
    };
    fs.writeFileSync(path.join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
    console.log(`  → ${path.relative(process.cwd(), dir)}: BTF ${btf.length} bytes (${brotli.length} brotli)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { series: { type: 'string', multiple: true }, deb: { type: 'string', multiple: true } },
    }).values;
  } catch (err) {
    console.error(`fetch-debian-kernels: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const debs = args.deb ?? [];
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'debian-debs-'));
  try {
    if (debs.length === 0) for (const series of args.series ?? ['6.1', '6.12']) debs.push(download(series, downloads));
    for (const deb of debs) fixtureOf(path.resolve(deb));
  } finally {
    fs.rmSync(downloads, { recursive: true, force: true });
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
