/**
 * The zod schema of a kernel `X.Y` string (frontmatter, query parameters). Apart from
 * lib/kernel/version.ts so that browser code comparing versions (search, the islands) does not
 * load zod with it (scripts/build-islands.test.ts checks the bundle).
 */
import { z } from 'zod';
import { KERNEL_X_Y } from './version';

export const kernelVersionSchema = z.string().regex(KERNEL_X_Y, 'expected a kernel version "X.Y"');
