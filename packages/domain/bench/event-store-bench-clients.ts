import { median, percentile } from '@shop/bench-kit';

/** One measurement: throughput over the window and the latency of each call in it. */
export interface Measured {
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly calls: number;
}

/** A client's n-th call; resolves to the number of events it wrote (or read). */
export type Call = (client: number, n: number) => Promise<number>;

/** What one stretch of calls wrote, how long it took and each call's latency in ms. */
export interface Sample {
  readonly events: number;
  readonly elapsedMs: number;
  readonly latencies: readonly number[];
}

/**
 * `clients` concurrent loops, each awaiting its call before the next (one connection's worth of
 * work each), for `durationMs`. A call started before the end is finished and counted, so the
 * rate divides by the time the last one took to end.
 */
export async function runClients(clients: number, durationMs: number, call: Call): Promise<Sample> {
  const latencies: number[] = [];
  let events = 0;
  const started = performance.now();
  const endsAt = started + durationMs;
  const loop = async (client: number) => {
    for (let n = 0; performance.now() < endsAt; n++) {
      const callStarted = performance.now();
      // Not `events += await ...`: that reads `events` before the await and loses the others' calls.
      const written = await call(client, n);
      events += written;
      latencies.push(performance.now() - callStarted);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  return { events, elapsedMs: performance.now() - started, latencies };
}

/** Several stretches of the same measurement taken as one. */
export function summarise(samples: readonly Sample[]): Measured {
  const sum = (pick: (sample: Sample) => number) =>
    samples.reduce((total, sample) => total + pick(sample), 0);
  const latencies = samples.flatMap((sample) => sample.latencies);
  return {
    eventsPerSecond: sum((sample) => sample.events) / (sum((sample) => sample.elapsedMs) / 1_000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    calls: latencies.length,
  };
}

/** The median of `times` runs of `work`, in ms: one-shot timings on a shared machine jump around. */
export async function medianTime(times: number, work: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return median(durations);
}
