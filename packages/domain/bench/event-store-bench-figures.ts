import type { Measured } from './event-store-bench-clients';
import type { LoadTimes } from './event-store-bench-load';
import { median } from '@shop/bench-kit';

export type Measurement =
  | 'raw1'
  | 'append1'
  | 'command1'
  | 'commandCached1'
  | 'commandShared1'
  | 'raw8'
  | 'append8'
  | 'command8'
  | 'commandCached8'
  | 'commandShared8'
  | 'notified8'
  | 'rawBatch1'
  | 'appendBatch1'
  | 'rawBatch8'
  | 'appendBatch8';

export interface Round {
  readonly measured: Readonly<Record<Measurement, Measured>>;
  readonly load: LoadTimes;
}

/** What a figure must reach: a share of its raw baseline, or a rate of its own. */
export type Target = { readonly ratio: number } | { readonly eventsPerSecond: number };

/** A figure: the store's measurement beside its raw baseline, and its target (none: context). */
export interface Comparison {
  readonly label: string;
  /** For the per-round table. */
  readonly short: string;
  readonly clients: number;
  readonly raw: Measurement;
  readonly store: Measurement;
  readonly target?: Target;
}

const figure = (
  [label, short]: [string, string],
  clients: number,
  [raw, store]: [Measurement, Measurement],
  target?: Target,
): Comparison => ({ label, short, clients, raw, store, ...(target && { target }) });

const append: [string, string] = ['append, 1 event per call', 'append'];
const command: [string, string] = ['command (load, decide, append)', 'command'];
const cached: [string, string] = ['command, state cache', 'cached'];
const shared: [string, string] = ['command, 20 old streams per client, 2 caches in turn', 'shared'];
const batch: [string, string] = ['batched append, 100 events per call', 'batch'];
const notify: [string, string] = ['raw INSERT + NOTIFY in its transaction (context)', 'notify'];

export const comparisons: readonly Comparison[] = [
  figure(append, 1, ['raw1', 'append1'], { ratio: 0.7 }),
  figure(append, 8, ['raw8', 'append8'], { ratio: 0.7 }),
  figure(command, 1, ['raw1', 'command1'], { ratio: 0.5 }),
  figure(command, 8, ['raw8', 'command8'], { ratio: 0.5 }),
  figure(cached, 1, ['raw1', 'commandCached1'], { ratio: 0.5 }),
  figure(cached, 8, ['raw8', 'commandCached8'], { ratio: 0.5 }),
  figure(shared, 1, ['raw1', 'commandShared1'], { ratio: 0.5 }),
  figure(shared, 8, ['raw8', 'commandShared8'], { ratio: 0.5 }),
  figure(batch, 1, ['rawBatch1', 'appendBatch1'], { eventsPerSecond: 40_000 }),
  figure(batch, 8, ['rawBatch8', 'appendBatch8'], { eventsPerSecond: 40_000 }),
  // Context, not a target: the raw INSERT again, into a table with the events' NOTIFY trigger.
  figure(notify, 8, ['raw8', 'notified8']),
];

/** The median over rounds of one measurement's figures. */
export const medianMeasured = (rounds: readonly Round[], name: Measurement): Measured => {
  const middle = (pick: (measured: Measured) => number) =>
    median(rounds.map((round) => pick(round.measured[name])));
  return {
    eventsPerSecond: middle((m) => m.eventsPerSecond),
    p50Ms: middle((m) => m.p50Ms),
    p99Ms: middle((m) => m.p99Ms),
    calls: middle((m) => m.calls),
  };
};

/** Each round's store / raw: both measured back to back, so the ratio drifts less than rates do. */
export const ratios = (rounds: readonly Round[], { raw, store }: Comparison): number[] =>
  rounds.map(
    (round) => round.measured[store].eventsPerSecond / round.measured[raw].eventsPerSecond,
  );

/**
 * Each round's raw p50 / store p50: what the rate ratio would be without the stalls (a checkpoint,
 * a slow fsync) that a shared server adds, which move rates and tails but hardly the median call.
 */
export const p50Ratios = (rounds: readonly Round[], { raw, store }: Comparison): number[] =>
  rounds.map((round) => round.measured[raw].p50Ms / round.measured[store].p50Ms);

export const medianLoad = (rounds: readonly Round[]): LoadTimes => {
  const middle = (pick: (load: LoadTimes) => number) =>
    median(rounds.map((round) => pick(round.load)));
  return {
    rawSelectMs: middle((l) => l.rawSelectMs),
    replayMs: middle((l) => l.replayMs),
    snapshotAtHeadMs: middle((l) => l.snapshotAtHeadMs),
    snapshotWorstTailMs: middle((l) => l.snapshotWorstTailMs),
  };
};
