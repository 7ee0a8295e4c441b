/** Active LSMs and the lockdown mode, from securityfs, with fallbacks for the LSMs. */
import type { Fact, HostFactSet } from '../../host-facts/schema';
import { ok, reasonOf, unknown } from './fact';
import { isPopulatedDir, readHostText, type CollectContext } from './context';
import { READ_LIMITS } from './limits';
import { defaultLsmsFromConfig, parseCmdlineLsm, parseLockdown, parseLsmList } from './parse';

const SECURITYFS = '/sys/kernel/security';
const LSM = '/sys/kernel/security/lsm';
const LOCKDOWN = '/sys/kernel/security/lockdown';
const CMDLINE = '/proc/cmdline';

/** ENOENT under an empty or missing /sys/kernel/security means securityfs is not mounted (containers). */
async function securityReason(ctx: CollectContext, error: unknown): Promise<string> {
  const reason = reasonOf(error);
  if (reason === 'ENOENT' && !(await isPopulatedDir(ctx, SECURITYFS))) return 'securityfs not mounted';
  return reason;
}

/**
 * Active LSMs: securityfs says; else `lsm=` on the command line (what the boot asked for); else,
 * when the command line chooses nothing, CONFIG_LSM's default order (what the kernel then does).
 */
export async function collectLsm(ctx: CollectContext, config: Fact<Record<string, string>>): Promise<HostFactSet['lsm']> {
  let first: string;
  try {
    return ok({ active: parseLsmList(await readHostText(ctx, LSM, READ_LIMITS.small)) }, LSM);
  } catch (error) {
    first = await securityReason(ctx, error);
  }
  let second: string;
  try {
    const chosen = parseCmdlineLsm(await readHostText(ctx, CMDLINE, READ_LIMITS.small));
    if (chosen.lsm) return ok({ active: chosen.lsm }, `${CMDLINE} (lsm=)`, `${LSM}: ${first}`);
    if (chosen.security) {
      second = `security=${chosen.security} on the kernel command line`;
    } else {
      const defaults = config.status === 'ok' ? defaultLsmsFromConfig(config.value) : null;
      if (defaults) {
        return ok({ active: defaults }, `CONFIG_LSM (${config.source})`, `${LSM}: ${first}; no lsm= or security= on ${CMDLINE}`);
      }
      second = `no lsm= on the kernel command line; ${config.status === 'ok' ? 'no CONFIG_LSM' : 'kernel config unknown'}`;
    }
  } catch (error) {
    second = `${CMDLINE}: ${reasonOf(error)}`;
  }
  return unknown(`${LSM}, ${CMDLINE}`, `${first}; ${second}`);
}

export async function collectLockdown(ctx: CollectContext): Promise<Fact<{ current: string; available: string[] }>> {
  try {
    return ok(parseLockdown(await readHostText(ctx, LOCKDOWN, READ_LIMITS.small)), LOCKDOWN);
  } catch (error) {
    return unknown(LOCKDOWN, await securityReason(ctx, error));
  }
}
