/** The data's conditions on a (program type, helper) pair, in words. Pure. */
import type { HelperCondition } from '../catalog/types';
import { format } from './format';
import type { ProbeLabels } from './probe-labels';

type ConditionLabels = Pick<
  ProbeLabels,
  'condSince' | 'condKconfig' | 'condAttachType' | 'condCap' | 'condSleepable' | 'condTrampoline' | 'condNoLockdown' | 'condOr' | 'condNone'
>;

function oneWay(c: HelperCondition, t: ConditionLabels): string {
  const parts: string[] = [];
  if (c.since) parts.push(format(t.condSince, { v: c.since }));
  if (c.kconfig?.length) parts.push(format(t.condKconfig, { options: c.kconfig.join(', ') }));
  if (c.attachType?.length) parts.push(format(t.condAttachType, { types: c.attachType.join(' / ') }));
  if (c.sleepable) parts.push(t.condSleepable);
  if (c.trampoline) parts.push(t.condTrampoline);
  if (c.noLockdown) parts.push(t.condNoLockdown);
  if (c.cap?.length) parts.push(format(t.condCap, { caps: c.cap.join(' + ') }));
  return parts.join('; ');
}

/** "since Linux 5.19; with CONFIG_NET", several ways joined by "or"; '' when there is nothing to say. */
export function conditionsText(conditions: readonly HelperCondition[], t: ConditionLabels): string {
  const ways = conditions.map((c) => oneWay(c, t)).filter(Boolean);
  if (ways.length === 0) return '';
  if (ways.length < conditions.length) return ''; // one way has no condition at all
  return ways.join(` ${t.condOr} `);
}
