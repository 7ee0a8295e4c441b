/**
 * Search vocabulary the content does not spell out. Pure data.
 *
 * - Synonyms: a Chinese reader types 忙轮询 where the digest kept the English "busy-polling", and
 *   an English reader types "ringbuf" for "ring buffer". Each set lists equivalent phrases; a query
 *   containing one also searches the others (query-side, so the index stays small).
 * - Keywords: words a catalog entry is known by that neither its name nor the digest contains
 *   (bpf_bprm_opts_set exists to set the secureexec bit, BPF_F_BPRM_SECUREEXEC). Indexed with the
 *   entry and with every feature that names it.
 */

export const SYNONYMS: readonly (readonly string[])[] = [
  ['忙轮询', 'busy poll', 'busy polling', 'busy_poll'],
  ['安全模块', 'security module', 'lsm'],
  ['内存', 'memory'],
  ['内存统计', 'memory accounting', 'memcg'],
  ['环形缓冲区', 'ring buffer', 'ringbuf'],
  ['性能缓冲区', 'perf buffer', 'perf_buffer', 'perfbuf'],
  ['帮助函数', 'helper', 'helpers'],
  ['校验器', '验证器', 'verifier'],
  ['跟踪', '追踪', 'tracing', 'trace'],
  ['跟踪点', 'tracepoint', 'tracepoints'],
  ['探针', 'probe', 'hook'],
  ['内核模块', 'kernel module', 'kernel modules'],
  ['映射', 'map', 'maps'],
  ['套接字', 'socket', 'sockets'],
  ['网卡', '驱动', 'driver', 'drivers'],
  ['迭代器', 'iterator', 'iterators'],
  ['时间戳', 'timestamp'],
  ['哈希', 'hash'],
  ['文件描述符', 'file descriptor', 'fd'],
  ['类型信息', 'type information', 'btf'],
  ['一次编译', 'compile once', 'co-re', 'core'],
  ['重定向', 'redirect'],
  ['自测', '自测试', 'selftest', 'selftests'],
  ['即时编译', 'jit'],
  ['环境变量', 'environment variable', 'environment variables'],
  ['控制组', 'cgroup', 'cgroups'],
  ['程序类型', 'program type', 'prog type'],
  ['映射类型', 'map type'],
  ['挂载类型', '挂载点', 'attach type', 'attach point'],
  ['内核函数', 'kfunc', 'kfuncs'],
];

const KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  bpf_bprm_opts_set: ['secureexec', 'BPF_F_BPRM_SECUREEXEC', 'AT_SECURE'],
  bpf_ima_inode_hash: ['integrity measurement', '完整性度量'],
  bpf_ima_file_hash: ['integrity measurement', '完整性度量'],
  bpf_ktime_get_coarse_ns: ['CLOCK_MONOTONIC_COARSE'],
  bpf_ktime_get_ns: ['CLOCK_MONOTONIC'],
  bpf_ktime_get_boot_ns: ['CLOCK_BOOTTIME'],
  bpf_ktime_get_tai_ns: ['CLOCK_TAI'],
  bpf_get_current_pid_tgid: ['pid', 'tgid', '进程号'],
  bpf_trace_printk: ['printk', 'trace_pipe', '调试输出'],
  bpf_redirect: ['XDP_REDIRECT'],
  bpf_redirect_map: ['XDP_REDIRECT'],
  BPF_MAP_TYPE_RINGBUF: ['ring buffer', '环形缓冲区'],
  BPF_MAP_TYPE_PERF_EVENT_ARRAY: ['perf buffer', '性能缓冲区'],
  BPF_PROG_TYPE_LSM: ['Linux Security Module', '安全模块'],
};

export function keywordsFor(name: string): readonly string[] {
  return KEYWORDS[name] ?? [];
}
