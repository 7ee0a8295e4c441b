// Serving the current build for the scripts that measure it (page-weight, bench:lighthouse,
// bench:load): a free loopback port, scripts/start.mjs on it (which builds first when the build is
// stale), and a wait until the first page answers.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** A free port on loopback: a fixed one may be taken by another server. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(String(port)));
    });
  });
}

/** Resolves once `url` answers 2xx; rejects after `ms`. */
export async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server at ${url} did not start within ${Math.round(ms / 1000)} s`);
}

/**
 * Serves the build on 127.0.0.1 (PORT when set, else a free port) and waits for /en. A build,
 * when one is needed, counts against `startMs` (default 15 min). `stop()` ends the server.
 */
export async function serveBuild({ startMs = 900_000 } = {}) {
  const port = process.env.PORT ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  // Its own process group: stopping it stops a build it may be running and the server it started.
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: port, HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const exited = new Promise((_, reject) =>
    server.once('exit', (code, signal) => reject(new Error(`scripts/start.mjs exited (${signal ?? `code ${code}`}) before serving`))),
  );
  try {
    await Promise.race([waitFor(`${base}/en`, startMs), exited]);
  } catch (error) {
    stop();
    throw error;
  }
  exited.catch(() => {}); // a later exit is the caller's stop()
  return { base, pid: server.pid, stop };
}
