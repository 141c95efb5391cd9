/**
 * A wake-up call for a loop that sleeps between rounds. A call that arrives while the loop is busy
 * is kept for its next sleep, so a NOTIFY received during a drain is never lost.
 */
export class Wakeup {
  private pending = false;
  private wake: (() => void) | undefined;

  notify(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }

  /** Resolves on the next (or a pending) wake-up call, or after `timeoutMs`. */
  sleep(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.wake = done;
    });
  }
}
