import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createWorld, type World } from './world';

const workerDir = fileURLToPath(new URL('../../../worker', import.meta.url));

/**
 * Runs the shop's own demo-data seed (apps/worker/src/demo-data) against a spec's database, as the
 * start script does: the catalog, the shoppers and orders in every state, all through commands.
 */
export async function seedDemoData(databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/demo-data/seed-demo.ts'], {
    cwd: workerDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`The demo data seed failed (${code}):\n${output}`);
}

/** A world holding the demo data, with the relay and the projectors reading it. */
export async function createDemoWorld(logDir: string): Promise<World> {
  const world = await createWorld(logDir);
  try {
    await seedDemoData(world.databaseUrl);
    await world.startWorker('relay');
    await world.startWorker('projectors');
    return world;
  } catch (error) {
    await world.dispose();
    throw error;
  }
}
