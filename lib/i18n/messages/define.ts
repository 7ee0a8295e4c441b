import type { Lang } from '../../features/types';

/** One area's strings, in each language. */
type MessageNamespace<K extends string> = Record<Lang, Record<K, string>>;

/** One language's strings of a namespace: `Messages<typeof probeMessages>`. */
export type Messages<N extends MessageNamespace<string>> = N[Lang];

/**
 * Declares a namespace. The keys are the English ones; the Chinese must give exactly those (a
 * missing or extra key is a type error), so no string exists in one language only.
 */
export function defineMessages<const K extends string>(messages: {
  en: Record<K, string>;
  zh: NoInfer<Record<K, string>>;
}): MessageNamespace<K> {
  return messages;
}
