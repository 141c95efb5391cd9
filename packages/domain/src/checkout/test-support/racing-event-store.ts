import type { EventStore } from '../../event-store/port';

/**
 * The real store, except that the first `readers` reads of each stream wait for one another: all
 * attempts decide on the same state of the cart, then of the order, so all but one must meet a
 * conflict on each stream.
 */
export class RacingEventStore implements EventStore {
  readonly conflicts: Record<string, number> = {};
  private readonly gates = new Map<
    string,
    { reads: number; open: () => void; opened: Promise<void> }
  >();

  constructor(
    private readonly inner: EventStore,
    private readonly readers: number,
  ) {}

  async readStream(...args: Parameters<EventStore['readStream']>) {
    const history = await this.inner.readStream(...args);
    const gate = this.gateFor(args[0]);
    gate.reads += 1;
    if (gate.reads === this.readers) gate.open();
    if (gate.reads <= this.readers) await gate.opened;
    return history;
  }

  async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
    const result = await this.inner.appendToStream(...args);
    if (!result.ok) this.conflicts[args[0]] = (this.conflicts[args[0]] ?? 0) + 1;
    return result;
  }

  private gateFor(streamId: string) {
    let gate = this.gates.get(streamId);
    if (!gate) {
      let open: () => void = () => undefined;
      const opened = new Promise<void>((resolve) => (open = resolve));
      gate = { reads: 0, open, opened };
      this.gates.set(streamId, gate);
    }
    return gate;
  }
}
