import type { JetStreamManager } from '@nats-io/jetstream';
import { fromWire, type LogPosition } from '@shop/domain';
import { positionOf } from './fresh-items';

/**
 * The log position of the last message in the JetStream stream, shared by a runtime's workers and
 * read at most once per `ttlMs`. The relay publishes in log order, so every event at or below it is
 * already in the stream: an idle partition whose consumer has nothing pending has applied all of
 * its events up to there and may move its checkpoint to it (see PartitionWorker.markCaughtUp).
 */
export class StreamTail {
  private cached: { at: number; tail: Promise<LogPosition | null> } | null = null;

  constructor(
    private readonly jsm: JetStreamManager,
    private readonly streamName: string,
    private readonly ttlMs: number,
  ) {}

  read(): Promise<LogPosition | null> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < this.ttlMs) return this.cached.tail;
    const tail = this.fetch().catch(() => null);
    this.cached = { at: now, tail };
    return tail;
  }

  private async fetch(): Promise<LogPosition | null> {
    const { state } = await this.jsm.streams.info(this.streamName);
    if (state.messages === 0) return null;
    const message = await this.jsm.streams.getMessage(this.streamName, { seq: state.last_seq });
    if (!message) return null;
    try {
      return positionOf(fromWire(message.string()));
    } catch {
      return null;
    }
  }
}
