/** Sleeps that a stop can cut short. */
export class Sleeper {
  private readonly wakers = new Set<() => void>();
  private stopped = false;

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Resolves after `ms`, or at once when stopped; true if the sleep ran its course. */
  sleep(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve(!this.stopped);
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  stop(): void {
    this.stopped = true;
    for (const wake of [...this.wakers]) wake();
  }
}
