/** The name of each category of the fixed vocabulary (lib/features/vocabulary.ts). */
import type { Lang } from '../../features/types';
import type { Category } from '../../features/vocabulary';
import { defineMessages } from './define';

const categoryMessages = defineMessages<Category>({
  en: {
    tracing: 'Tracing',
    networking: 'Networking',
    xdp: 'XDP',
    af_xdp: 'AF_XDP',
    security: 'Security',
    memory: 'Memory',
    cgroup: 'cgroup',
    verifier: 'Verifier',
    libbpf: 'libbpf',
    tooling: 'Tooling',
    drivers: 'Drivers',
    btf: 'BTF',
    testing: 'Testing',
  },
  zh: {
    tracing: '跟踪',
    networking: '网络',
    xdp: 'XDP',
    af_xdp: 'AF_XDP',
    security: '安全',
    memory: '内存',
    cgroup: 'cgroup',
    verifier: '校验器',
    libbpf: 'libbpf',
    tooling: '工具',
    drivers: '驱动',
    btf: 'BTF',
    testing: '测试',
  },
});

export function categoryLabel(category: Category, lang: Lang): string {
  return categoryMessages[lang][category];
}
