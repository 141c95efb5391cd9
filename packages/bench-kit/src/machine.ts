import { cpus, loadavg } from 'node:os';

/** The 1, 5 and 15 minute load averages, e.g. `1.20 / 0.95 / 0.80`. */
export const loadAverage = (): string =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');

// Read when a bench imports this module, before it does any work of its own.
const loadAtStart = loadAverage();

/**
 * What a run was measured on, for a results file's header: cores, CPU, Node and the load average
 * when the bench started and now. On a shared machine the load says how far to trust the figures.
 */
export function machineLine(): string {
  const cpu = cpus();
  return [
    `${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
    `load average (1 / 5 / 15 min) ${loadAtStart} at start, ${loadAverage()} at the end`,
    'shared with other test runs (noisy)',
  ].join('; ');
}
