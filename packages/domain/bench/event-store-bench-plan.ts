import { runClients, summarise, type Measured, type Sample } from './event-store-bench-clients';
import type { Measurement, Round } from './event-store-bench-figures';
import type { Workload, WorkloadName } from './event-store-bench-workloads';

/** A measurement of a round is this many slices, each member of its group taking turns. */
export const slices = 4;
export const sliceMs = 500;
const warmUpMs = 300;

type Step = readonly [Measurement, Workload, number];

/** Measurements taken side by side: each figure with the raw baseline it is compared with. */
export function plan(w: Record<WorkloadName | 'commandShared', Workload>): Step[][] {
  return [
    [
      ['raw1', w.rawInsert, 1],
      ['append1', w.append, 1],
      ['command1', w.command, 1],
      ['commandCached1', w.commandCached, 1],
      ['commandShared1', w.commandShared, 1],
    ],
    [
      ['raw8', w.rawInsert, 8],
      ['append8', w.append, 8],
      ['command8', w.command, 8],
      ['commandCached8', w.commandCached, 8],
      ['commandShared8', w.commandShared, 8],
      ['notified8', w.notifiedInsert, 8],
    ],
    [
      ['rawBatch1', w.rawBatch, 1],
      ['appendBatch1', w.appendBatch, 1],
    ],
    [
      ['rawBatch8', w.rawBatch, 8],
      ['appendBatch8', w.appendBatch, 8],
    ],
  ];
}

/** JIT, connections and caches, for every workload: the first round is not a warm-up. */
export async function warmUp(groups: readonly (readonly Step[])[]): Promise<void> {
  for (const [, workload, clients] of groups.flat()) {
    await runClients(clients, warmUpMs, workload());
  }
}

/*
 * Slices in turn, in alternating order, rather than one long run after the other: on a machine
 * shared with other test runs, a stall of the disk or the CPU lasting a second or two then hits
 * a figure and its baseline alike instead of only one of them.
 */
async function measureGroup(
  group: readonly Step[],
  checkInterrupted: () => void,
): Promise<[Measurement, Measured][]> {
  const samples = new Map<Measurement, Sample[]>(group.map(([name]) => [name, []]));
  for (let slice = 0; slice < slices; slice++) {
    for (const [name, workload, clients] of slice % 2 ? [...group].reverse() : group) {
      checkInterrupted();
      samples.get(name)?.push(await runClients(clients, sliceMs, workload()));
    }
  }
  return group.map(([name]) => [name, summarise(samples.get(name) ?? [])]);
}

export async function measureRound(
  groups: readonly (readonly Step[])[],
  checkInterrupted: () => void,
): Promise<Round['measured']> {
  const measured: [Measurement, Measured][] = [];
  for (const group of groups) measured.push(...(await measureGroup(group, checkInterrupted)));
  return Object.fromEntries(measured) as Round['measured'];
}
