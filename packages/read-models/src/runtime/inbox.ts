import type { JsMsg } from '@nats-io/jetstream';

/**
 * The messages a partition consumer has received and not yet taken, checked for gaps. JetStream
 * numbers every delivery of a consumer (redeliveries too), so a missing number means a delivery
 * never arrived, e.g. lost with a connection: the server will redeliver it after its ack wait,
 * behind later ones. Applying those later ones first would break per-stream order, so at a gap the
 * inbox stops accepting and the worker starts a new consumer from its checkpoint (the check
 * nats.js's ordered consumers make, with explicit acks kept).
 */
export class Inbox {
  private queue: JsMsg[] = [];
  private nextDelivery = 1;
  private brokenBecause: string | null = null;
  private missingSeenAt: number | null = null;
  private wake: (() => void) | null = null;

  push(msg: JsMsg): void {
    if (this.brokenBecause !== null) return;
    const delivery = msg.info.deliverySequence;
    if (delivery !== this.nextDelivery) {
      this.break(`delivery ${delivery} arrived where ${this.nextDelivery} was due`);
      return;
    }
    this.nextDelivery += 1;
    this.queue.push(msg);
    this.notify();
  }

  /** Takes no more messages; those already queued (all before the gap) can still be taken. */
  break(reason: string): void {
    this.brokenBecause ??= reason;
    this.notify();
  }

  /**
   * Compares the server's count of deliveries with those that arrived. Deliveries that never
   * arrive at the tail of a partition (another client pulling from the consumer, a lost
   * connection) have no later delivery to reveal the gap, and would wait out the ack wait; seen on
   * two idle checks in a row with nothing arriving between, they break the inbox like a gap.
   */
  checkDelivered(deliveredByServer: number): void {
    const received = this.nextDelivery - 1;
    if (deliveredByServer <= received || this.queue.length > 0) {
      this.missingSeenAt = null;
      return;
    }
    if (this.missingSeenAt === received) {
      this.break(`deliveries ${received + 1} to ${deliveredByServer} never arrived`);
      return;
    }
    this.missingSeenAt = received;
  }

  get broken(): string | null {
    return this.brokenBecause;
  }

  get size(): number {
    return this.queue.length;
  }

  /** The queued messages, e.g. to tell the server they are still being worked on. */
  get waiting(): readonly JsMsg[] {
    return this.queue;
  }

  /** Up to `max` messages; waits up to `waitMs` for the first one. */
  async take(max: number, waitMs: number): Promise<JsMsg[]> {
    if (this.queue.length === 0 && this.brokenBecause === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
    return this.queue.splice(0, max);
  }

  /** Ends a wait in progress (the worker is stopping). */
  interrupt(): void {
    this.notify();
  }

  private notify(): void {
    this.wake?.();
  }
}
