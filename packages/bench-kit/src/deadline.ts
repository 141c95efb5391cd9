/**
 * A check to call between steps: throws once `ms` have passed since it was made, so that a stall
 * on a shared server (a lock, a transaction holding the xmin horizon back) cannot hang a bench.
 */
export function deadlineCheck(ms: number, hint: string): () => void {
  const endsAt = Date.now() + ms;
  return () => {
    if (Date.now() > endsAt) throw new Error(`Benchmark ran out of time: ${hint}`);
  };
}

/** True until `ms` have passed since it was made: for work that may stop early, as further rounds. */
export function timeBox(ms: number): () => boolean {
  const endsAt = Date.now() + ms;
  return () => Date.now() < endsAt;
}

/** Runs `work` and says how long it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}
