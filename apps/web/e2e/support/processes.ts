import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Started {
  readonly name: string;
  readonly child: ChildProcess;
}

/** Spawns a long-running process in its own process group, its output captured in `logDir`. */
export async function start(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string },
): Promise<Started> {
  await mkdir(options.logDir, { recursive: true });
  const log = createWriteStream(path.join(options.logDir, `${name}.log`));
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { name, child };
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

/** SIGTERM to the process group (the worker drains and exits), SIGKILL if it lingers. */
export async function stop({ child }: Started, graceMs = 10_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const group = -child.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const done = await Promise.race([
    exited(child).then(() => true),
    sleep(graceMs).then(() => false),
  ]);
  if (!done) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // Already gone between the check and the kill.
    }
    await exited(child);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No TCP port assigned');
  return address.port;
}

/** Waits until `url` answers below 500, or fails with the process's exit if it died first. */
export async function waitForHttp(
  url: string,
  started: Started,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { exitCode, signalCode } = started.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`${started.name} exited (${exitCode ?? signalCode}) before answering ${url}`);
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
