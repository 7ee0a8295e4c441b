import type { Category } from '../features/vocabulary';
import type { Lang } from '../features/types';

const LABELS: Record<Category, Record<Lang, string>> = {
  tracing: { en: 'Tracing', zh: '跟踪' },
  networking: { en: 'Networking', zh: '网络' },
  xdp: { en: 'XDP', zh: 'XDP' },
  af_xdp: { en: 'AF_XDP', zh: 'AF_XDP' },
  security: { en: 'Security', zh: '安全' },
  memory: { en: 'Memory', zh: '内存' },
  cgroup: { en: 'cgroup', zh: 'cgroup' },
  verifier: { en: 'Verifier', zh: '校验器' },
  libbpf: { en: 'libbpf', zh: 'libbpf' },
  tooling: { en: 'Tooling', zh: '工具' },
  drivers: { en: 'Drivers', zh: '驱动' },
  btf: { en: 'BTF', zh: 'BTF' },
  testing: { en: 'Testing', zh: '测试' },
};

export function categoryLabel(category: Category, lang: Lang): string {
  return LABELS[category][lang];
}
