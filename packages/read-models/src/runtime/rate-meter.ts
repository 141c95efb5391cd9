/** Events per second over the last `windowMs`, from counts recorded as they happen. */
export class RateMeter {
  private samples: { at: number; count: number }[] = [];

  constructor(
    private readonly windowMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  record(count: number): void {
    if (count <= 0) return;
    this.samples.push({ at: this.now(), count });
    this.prune();
  }

  /** Over the whole window once it has run that long, so a short burst is not read as a high rate. */
  perSecond(): number {
    this.prune();
    const total = this.samples.reduce((sum, sample) => sum + sample.count, 0);
    return total === 0 ? 0 : (total * 1_000) / this.windowMs;
  }

  private prune(): void {
    const horizon = this.now() - this.windowMs;
    while (this.samples.length > 0 && (this.samples[0]?.at ?? 0) <= horizon) this.samples.shift();
  }
}
