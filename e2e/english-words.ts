/** The English interface strings a Chinese page must not show, for the "no English on zh pages" checks. */
import { getDictionary, type Dictionary } from '../lib/i18n/dictionary';

const en = getDictionary('en');
const zh = getDictionary('zh');

/** Names, not words: they stay as they are in Chinese text too. */
export const NAMES = new Set([
  'Linux',
  'kfunc',
  'kfuncs',
  'eBPF',
  'BTF',
  'XDP',
  'AF_XDP',
  'libbpf',
  'CO-RE',
  'LSM',
  'JIT',
  'JSON',
  'CSV',
  'RSS',
  'bpftool',
  'iproute2',
  'cgroup',
]);

/**
 * The fixed words (templates split at their {placeholders}) of every English string that differs
 * from its Chinese one, of the keys chosen, except those `allowed` lets stay (default: NAMES).
 */
export function englishOnlyWords({
  keys = () => true,
  allowed = (s: string) => NAMES.has(s),
}: { keys?: (key: keyof Dictionary) => boolean; allowed?: (s: string) => boolean } = {}): string[] {
  return (Object.keys(en) as (keyof Dictionary)[])
    .filter(keys)
    .filter((key) => en[key] !== zh[key])
    .flatMap((key) => en[key].split(/\{\w+\}/))
    .map((s) => s.trim())
    .filter((s) => /[a-z]{3,}/i.test(s) && s.length >= 4 && !allowed(s));
}
