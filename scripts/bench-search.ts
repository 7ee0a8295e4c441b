#!/usr/bin/env tsx
// Usage: npm run bench:search [-- --records 10000 --rounds 30 --per-query]
//
// Builds the search index over the shipped content and over the shipped content plus a synthetic
// corpus of N feature records in zh and en (real helper names from the catalog, Chinese and English
// prose), runs a fixed mix of queries and prints build time, index sizes (raw and gzip) and query
// latency (p50, p95). Not a test: nothing fails on the numbers. Targets: p95 ≤ 2 ms per query at
// 10,000 records; the shipped index ≤ 300 kB gzip.
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../lib/server/catalog';
import { createCatalogIndex } from '../lib/catalog/lookup';
import type { CatalogEntry } from '../lib/catalog/types';
import { loadContent } from '../lib/server/content/load-content';
import type { FeatureRecord } from '../lib/features/types';
import { CATEGORIES } from '../lib/features/vocabulary';
import { buildSearchDocs, type SearchContent } from '../lib/search/documents';
import { buildSearchIndexFile, loadSearchIndex, searchIndex, type SearchIndex, type SearchIndexFile } from '../lib/search/engine';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const RECORDS = arg('records', 10_000);
const ROUNDS = arg('rounds', 30);

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Aligned zh/en phrase banks: a record's two languages say the same thing, as in the digest. */
const SUBJECTS: [string, string][] = [
  ['新的帮助函数', 'A new helper'],
  ['校验器', 'The verifier'],
  ['内核模块', 'Kernel modules'],
  ['环形缓冲区', 'The ring buffer'],
  ['套接字选项', 'A socket option'],
  ['跟踪点', 'Tracepoints'],
  ['新的映射类型', 'A new map type'],
  ['新的程序类型', 'A new program type'],
  ['迭代器', 'Iterators'],
  ['网卡驱动', 'The NIC driver'],
  ['控制组', 'Cgroups'],
  ['内存统计', 'Memory accounting'],
  ['安全模块', 'The LSM hook'],
  ['时间戳', 'Timestamps'],
  ['忙轮询模式', 'Busy-polling mode'],
  ['即时编译器', 'The JIT'],
  ['类型信息', 'BTF type information'],
  ['用户态库', 'The userspace library'],
  ['调度器扩展', 'The scheduler extension'],
  ['流量控制', 'Traffic control'],
  ['性能事件', 'Perf events'],
  ['动态指针', 'Dynamic pointers'],
  ['自旋锁', 'Spin locks'],
  ['定时器', 'Timers'],
  ['尾调用', 'Tail calls'],
  ['全局变量', 'Global variables'],
  ['链接对象', 'BPF links'],
  ['函数入口探针', 'fentry programs'],
  ['函数出口探针', 'fexit programs'],
  ['套接字查找', 'Socket lookup'],
  ['隧道元数据', 'Tunnel metadata'],
  ['包重定向', 'Packet redirection'],
  ['哈希表', 'Hash maps'],
  ['数组映射', 'Array maps'],
  ['栈跟踪', 'Stack traces'],
  ['系统调用', 'The bpf() syscall'],
  ['能力检查', 'Capability checks'],
  ['字节码', 'The bytecode'],
];
const PREDICATES: [string, string][] = [
  ['现在支持', 'now supports'],
  ['允许调用', 'may now call'],
  ['改进了', 'improves'],
  ['修复了', 'fixes a bug in'],
  ['新增了', 'adds'],
  ['优化了', 'speeds up'],
  ['扩展了', 'extends'],
  ['简化了', 'simplifies'],
  ['暴露了', 'exposes'],
  ['重构了', 'reworks'],
  ['弃用了', 'deprecates'],
  ['限制了', 'restricts'],
  ['记录了', 'records'],
  ['校验', 'validates'],
  ['缓存了', 'caches'],
  ['统计了', 'accounts for'],
  ['导出了', 'exports'],
  ['保护了', 'protects'],
];
const TAILS: [string, string][] = [
  ['这样可以在高负载下获得更好的性能。', 'which performs better under heavy load.'],
  ['程序可以在更多的挂载点上使用它。', 'so programs can use it from more attach points.'],
  ['用户态工具可以更简单地获取这些信息。', 'making the information easier to read from userspace tools.'],
  ['减少了不必要的拷贝和上下文切换。', 'avoiding needless copies and context switches.'],
  ['这个改动对网络程序和跟踪程序都有帮助。', 'This helps networking and tracing programs alike.'],
  ['校验器因此能够接受更多正确的程序。', 'The verifier therefore accepts more correct programs.'],
  ['可以通过 BTF 判断内核是否支持这个特性。', 'Kernel BTF tells whether a kernel supports it.'],
  ['在容器环境中也可以正确统计资源使用。', 'Resource usage is accounted correctly in containers, too.'],
  ['旧的接口仍然保留,以保持兼容。', 'The old interface stays for compatibility.'],
  ['这需要 CAP_BPF 或 CAP_SYS_ADMIN 权限。', 'This needs CAP_BPF or CAP_SYS_ADMIN.'],
  ['测试套件增加了相应的自测。', 'The test suite gained matching selftests.'],
  ['文档也相应地更新了。', 'The documentation was updated to match.'],
  ['这修复了一个可能导致死锁的问题。', 'This fixes a possible deadlock.'],
  ['该特性默认关闭,需要显式开启。', 'The feature is off by default and must be enabled explicitly.'],
  ['主要用于观测生产环境中的延迟。', 'It is mostly used to observe latency in production.'],
  ['可以与 XDP 程序配合使用。', 'It can be combined with XDP programs.'],
  ['这让 CO-RE 程序的移植更加容易。', 'This makes CO-RE programs easier to port.'],
  ['此前只能通过内核模块实现。', 'Previously this required a kernel module.'],
  ['在大规模部署中节省了大量内存。', 'Large deployments save a lot of memory.'],
  ['对实时系统尤其有用。', 'It is especially useful on real-time systems.'],
];

function syntheticRecords(n: number, catalog: readonly CatalogEntry[]): FeatureRecord[] {
  const rand = prng(0x5eed);
  const index = (length: number) => Math.floor(rand() * length);
  const pick = <T>(list: readonly T[]) => list[index(list.length)];
  const names = catalog.filter((e) => e.kind === 'helper' || e.kind === 'kfunc');
  const apis = catalog.filter((e) => e.kind !== 'helper' && e.kind !== 'kfunc');
  const records: FeatureRecord[] = [];
  for (let i = 0; i < n; i++) {
    const helper = pick(names);
    const api = pick(apis);
    const sentences = 2 + index(4);
    const zh: string[] = [];
    const en: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const [subject, predicate, tail] = [pick(SUBJECTS), pick(PREDICATES), pick(TAILS)];
      const name = s === 0 ? `${helper.name}()` : s === 1 ? api.name : '';
      zh.push(`${subject[0]}${predicate[0]}${name ? ` \`${name}\`` : ''},${tail[0]}`);
      en.push(`${subject[1]} ${predicate[1]}${name ? ` \`${name}\`` : ' it'}, ${tail[1]}`);
    }
    const [titleSubject, titlePredicate] = [pick(SUBJECTS), pick(PREDICATES)];
    records.push({
      id: `synthetic-${i}`,
      issue: 1000 + Math.floor(i / 15),
      order: i % 15,
      landing: { component: 'linux', version: helper.kernel },
      kernel: helper.kernel,
      categories: [pick(CATEGORIES), pick(CATEGORIES)].filter((c, j, all) => all.indexOf(c) === j),
      helpers: [helper.name],
      apis: [api.name],
      explainers: [],
      detect: [],
      text: {
        zh: { title: `${titleSubject[0]}${titlePredicate[0]} ${helper.name}()`, body: zh.join(' ') },
        en: { title: `${titleSubject[1]} ${titlePredicate[1]} ${helper.name}()`, body: en.join(' ') },
      },
    });
  }
  return records;
}

function sizes(file: SearchIndexFile) {
  const json = JSON.stringify(file);
  return { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Documents → index file (tokenizing, postings) → loaded index, timed apart. */
function timeBuild(content: SearchContent, catalog: readonly CatalogEntry[]) {
  const start = performance.now();
  const file = buildSearchIndexFile(buildSearchDocs(content, catalog));
  const built = performance.now();
  const index = loadSearchIndex(file);
  return { file, index, buildMs: built - start, loadMs: performance.now() - built };
}

const QUERIES: Record<string, string[]> = {
  'helper name': [
    'bpf_ima_inode_hash',
    'BPF_FUNC_ima_inode_hash',
    'bpf_ktime_get_coarse_ns',
    'bpf_map_lookup_elem',
    'bpf_sk_storage_get',
    'bpf_task_acquire',
  ],
  prefix: ['ima', 'ima_inode', 'coarse', 'bpf_ktime', 'sk_stor', 'ringbuf', 'xdp_', 'bpf_'],
  chinese: ['忙轮询', '内存', '安全模块', '跟踪', '校验器', '环形缓冲区 性能', '存'],
  english: ['busy pol', 'ringbuf', 'secureexec', 'memory accounting', 'verifier accept', 'tracing helper', 'ring buffer'],
  version: ['5.11', '6.1', '4.18', 'linux 5.8'],
};

function bench(index: SearchIndex, rounds: number) {
  const all = Object.entries(QUERIES).flatMap(([group, qs]) => qs.map((q) => ({ group, q })));
  // Warm-up: let the JIT compile the hot paths and the postings decode before timing.
  for (let r = 0; r < 5; r++) for (const { q } of all) searchIndex(index, { q, lang: r % 2 ? 'en' : 'zh', limit: 20 });
  const times: Record<string, number[]> = {};
  const cpu: number[] = [];
  const perQuery: number[][] = all.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, { group, q }] of all.entries()) {
      const lang = r % 2 ? 'en' : 'zh';
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      searchIndex(index, { q, lang, limit: 20 });
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      (times[group] ??= []).push(wall);
      perQuery[i].push(wall);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const stats = (t: number[]) => {
    const sorted = [...t].sort((a, b) => a - b);
    return { n: t.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
  };
  const rows = Object.entries(times).map(([group, t]) => ({ group, ...stats(t) }));
  if (process.argv.includes('--per-query')) {
    for (const [i, { q }] of all.entries()) {
      const t = perQuery[i];
      console.log(
        `    ${q.padEnd(26)} min ${ms(Math.min(...t))}  p50 ${ms(stats(t).p50)}  max ${ms(stats(t).max)}  ${searchIndex(index, { q, lang: 'zh', limit: 20 }).total} matches`,
      );
    }
  }
  return { rows, ...stats(Object.values(times).flat()), cpu: stats(cpu) };
}

async function main() {
  console.log(
    `bench:search — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0].toFixed(2)}`,
  );
  const catalog = loadCatalog();
  const content = await loadContent(createCatalogIndex(catalog));

  const small = timeBuild(content, catalog.entries);
  const smallSize = sizes(small.file);
  console.log(
    `\nshipped content: ${small.index.n} documents (${content.records.length} features, ${catalog.entries.length} catalog entries, explainers, issues), ${small.file.terms.length} terms`,
  );
  console.log(`  index build      ${ms(small.buildMs)}  (+ load ${ms(small.loadMs)})`);
  console.log(`  index size       ${kB(smallSize.raw)} raw, ${kB(smallSize.gzip)} gzip  (/search-index.json; target ≤ 300 kB gzip)`);
  // Latency on the shipped index first, before the big corpus fills the heap.
  report('shipped content', bench(small.index, ROUNDS));

  const synthetic = syntheticRecords(RECORDS, catalog.entries);
  const big = timeBuild({ ...content, records: [...content.records, ...synthetic] }, catalog.entries);
  const bigSize = sizes(big.file);
  console.log(`\nshipped + ${RECORDS.toLocaleString('en')} synthetic records: ${big.index.n} documents, ${big.file.terms.length} terms`);
  console.log(`  index build      ${ms(big.buildMs)}  (+ load ${ms(big.loadMs)})`);
  console.log(`  index size       ${kB(bigSize.raw)} raw, ${kB(bigSize.gzip)} gzip`);
  report(`${RECORDS.toLocaleString('en')} records`, bench(big.index, ROUNDS), '  (target p95 ≤ 2 ms)');
  const load = os.loadavg()[0];
  console.log(
    `\nload average at the end: ${load.toFixed(2)} on ${os.cpus().length} CPUs${load > os.cpus().length ? ' — the machine was busy: wall-clock latencies include waiting for a CPU' : ''}`,
  );
}

function report(label: string, result: ReturnType<typeof bench>, note = '') {
  console.log(`\nquery latency, ${label} (${result.n} queries after a warm-up, limit 20, zh and en):`);
  for (const row of result.rows)
    console.log(`  ${row.group.padEnd(12)} p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  max ${ms(row.max)}  (n=${row.n})`);
  console.log(`  ${'all'.padEnd(12)} p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  max ${ms(result.max)}${note}`);
  // Wall-clock time includes waiting for a CPU when other processes keep both busy; the CPU time
  // this process spent per query does not (it does include garbage collection threads).
  console.log(`  ${'CPU time'.padEnd(12)} p50 ${ms(result.cpu.p50)}  p95 ${ms(result.cpu.p95)}  max ${ms(result.cpu.max)}`);
}

// Run when executed, not when imported (a profiling script may reuse the corpus).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
