/**
 * Usage: npx tsx scripts/materialize-host-fixture.ts NAME DIR
 *   NAME: linux-6x | linux-419 | rhel8-418 | container
 * Writes the fixture host root NAME (text from test/fixtures/hosts/NAME, BTF blobs and gzip files
 * made by test/helpers/host-fixtures.ts) to DIR, so a server can probe it:
 *   npx tsx scripts/materialize-host-fixture.ts linux-419 /tmp/host-419
 *   HOST_ROOT=/tmp/host-419 PORT=3001 npm start      # then open /en/probe
 */
import { cp, mkdir, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HOST_FIXTURES, materializeHostFixture, type HostFixtureName } from '../test/helpers/host-fixtures';

const USAGE = `usage: npx tsx scripts/materialize-host-fixture.ts NAME DIR   (NAME: ${HOST_FIXTURES.join(', ')})`;

async function materializeHostFixtureTo(name: HostFixtureName, dir: string): Promise<string> {
  const target = resolve(dir);
  await mkdir(target, { recursive: true });
  if ((await readdir(target)).length > 0) throw new Error(`${target} is not empty`);
  const host = await materializeHostFixture(name);
  try {
    await cp(host.root, target, { recursive: true });
  } finally {
    await host.cleanup();
  }
  return target;
}

const [name, dir] = process.argv.slice(2);
if (!name || !dir || !(HOST_FIXTURES as readonly string[]).includes(name)) {
  console.error(USAGE);
  process.exit(2);
}
materializeHostFixtureTo(name as HostFixtureName, dir).then(
  (target) => console.log(`${name} → ${target}\nserve it: HOST_ROOT=${target} PORT=3001 npm start`),
  (error: unknown) => {
    console.error(`materialize-host-fixture: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
