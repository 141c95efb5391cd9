import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { compareLogPositions, type LogPosition } from '@shop/domain';
import type { Logger } from 'pino';
import { LostOwnership, type BatchScope } from './batch-scope';
import {
  markCaughtUp,
  readPartitionCheckpoint,
  type PartitionCheckpoint,
} from './checkpoint-store';
import { decodeMessage } from './decode-message';
import { consumerNameOf, partitionFilter, recreatePartitionConsumer } from './durable-consumer';
import { Inbox } from './inbox';
import { partitionScope } from './partition-scope';
import type { Projection } from './projection';
import { RateMeter } from './rate-meter';
import { doubling } from './retry';
import { laterOf, runBatch } from './run-batch';
import { Sleeper } from './sleeper';
import type { WorkerContext } from './worker-context';

const restartDelayMs = doubling(500, 30_000);

/**
 * Applies one partition of one projection, for as long as this process owns it: a durable pull
 * consumer started right after the checkpoint, batches settled strictly in delivery order, acks
 * after the batch commits. Stops at stop() (after the batch in hand) or when another owner took
 * the partition (its lease is no longer ours).
 */
export class PartitionWorker {
  readonly finished: Promise<void>;
  private readonly sleeper = new Sleeper();
  private readonly meter = new RateMeter();
  private readonly scope: BatchScope;
  private readonly log: Logger;
  private readonly consumerName: string;
  private readonly categories: ReadonlySet<string>;
  private inbox = new Inbox();
  private messages: ConsumerMessages | null = null;
  private inHand: readonly JsMsg[] = [];
  private knownPosition: LogPosition;
  private lastCatchUpAt = 0;
  private ended = false;

  constructor(
    private readonly ctx: WorkerContext,
    readonly projection: Projection,
    readonly partition: number,
    private readonly claimed: PartitionCheckpoint,
  ) {
    this.scope = partitionScope(projection, partition, claimed.lease);
    this.consumerName = consumerNameOf(projection.name, partition);
    this.categories = new Set(projection.categories);
    this.log = ctx.logger.child({ projection: projection.name, partition });
    this.knownPosition = claimed.position;
    this.finished = this.run().finally(() => {
      this.ended = true;
    });
  }

  /** Events per second over the last few seconds. */
  get rate(): number {
    return this.meter.perSecond();
  }

  /** True once the worker has stopped, asked to or not. */
  get done(): boolean {
    return this.ended;
  }

  async stop(): Promise<void> {
    this.sleeper.stop();
    this.inbox.interrupt();
    await this.finished;
  }

  private async run(): Promise<void> {
    const touch = setInterval(() => this.touch(), this.ctx.settings.ackWaitMs / 3);
    let failures = 0;
    try {
      while (!this.sleeper.isStopped) {
        try {
          await this.subscribe();
          await this.drain();
          failures = 0;
        } catch (error) {
          if (error instanceof LostOwnership) {
            this.log.warn({ err: error }, 'partition taken over; stopping');
            return;
          }
          const retryInMs = restartDelayMs(++failures);
          this.log.error({ err: error, retryInMs }, 'partition consumer failed; restarting it');
          await this.sleeper.sleep(retryInMs);
        } finally {
          await this.unsubscribe();
        }
      }
    } finally {
      clearInterval(touch);
    }
  }

  private async subscribe(): Promise<void> {
    const { prisma, jsm, js, streamName, subjectPrefix, settings } = this.ctx;
    // Re-read, not the claim's: a reset restarts from what this worker has committed since.
    const checkpoint = await readPartitionCheckpoint(prisma, this.projection.name, this.partition);
    if (checkpoint?.lease !== this.claimed.lease) throw new LostOwnership('lease moved on');
    const start = await recreatePartitionConsumer(jsm, {
      streamName,
      consumerName: this.consumerName,
      filterSubject: partitionFilter(subjectPrefix, this.projection, this.partition),
      afterSequence: checkpoint.sequence ?? 0,
      ackWaitMs: settings.ackWaitMs,
      maxAckPending: 2 * settings.batchSize,
    });
    if (start.warning) this.log.error({ consumer: this.consumerName }, start.warning);
    const inbox = new Inbox();
    this.inbox = inbox;
    const consumer = await js.consumers.get(streamName, this.consumerName);
    this.messages = await consumer.consume({
      max_messages: settings.batchSize,
      callback: (msg) => inbox.push(msg),
    });
    void this.watch(this.messages, inbox).catch(() => undefined);
    this.log.info(
      { consumer: this.consumerName, startSeq: start.startSequence },
      'partition consumer started',
    );
  }

  private async unsubscribe(): Promise<void> {
    const messages = this.messages;
    this.messages = null;
    await messages?.close().catch(() => undefined);
  }

  private async drain(): Promise<void> {
    const { batchSize, idleWaitMs } = this.ctx.settings;
    while (!this.sleeper.isStopped) {
      const msgs = await this.inbox.take(batchSize, idleWaitMs);
      if (msgs.length > 0) {
        await this.settle(msgs);
        continue;
      }
      if (this.inbox.broken !== null) {
        this.log.warn({ reason: this.inbox.broken }, 'restarting the consumer from the checkpoint');
        return;
      }
      await this.catchUpIfIdle();
    }
  }

  private async settle(msgs: readonly JsMsg[]): Promise<void> {
    this.inHand = msgs;
    try {
      const items = msgs.map((msg) => decodeMessage(msg, this.categories));
      const run = await runBatch(this.ctx.prisma, this.scope, items, {
        retry: this.ctx.settings.retry,
        logger: this.log,
        pause: (ms) => this.sleeper.sleep(ms),
      });
      // Committed: an ack lost now only brings a redelivery, which the checkpoint skips. Acks are
      // cumulative (see recreatePartitionConsumer): the last settled one covers those before it.
      msgs[run.settled - 1]?.ack();
      this.meter.record(run.settled);
      this.knownPosition = laterOf(this.knownPosition, run.lastPosition);
    } finally {
      this.inHand = [];
    }
  }

  /** Keeps JetStream from redelivering what this worker holds while a batch is slow or retried. */
  private touch(): void {
    for (const msg of this.inHand) msg.working();
    for (const msg of this.inbox.waiting) msg.working();
  }

  /**
   * An idle partition's checkpoint would otherwise stay at its last event, holding back anything
   * that reads the lowest checkpoint and making health scan far back. The stream's tail is read
   * before the consumer's state: if nothing is pending or unacknowledged after that, every event
   * of this partition up to the tail (published before it, in log order) has been applied.
   */
  private async catchUpIfIdle(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCatchUpAt < this.ctx.settings.catchUpEveryMs) return;
    this.lastCatchUpAt = now;
    try {
      const tail = await this.ctx.streamTail.read();
      if (!tail || compareLogPositions(tail, this.knownPosition) <= 0) return;
      const info = await this.ctx.jsm.consumers.info(this.ctx.streamName, this.consumerName);
      this.inbox.checkDelivered(info.delivered.consumer_seq);
      if (info.num_pending > 0 || info.num_ack_pending > 0 || this.inbox.size > 0) return;
      await this.ctx.prisma.$transaction(async (tx) => {
        await this.scope.cursor.lock(tx);
        await markCaughtUp(tx, this.projection.name, this.partition, tail);
      });
      this.knownPosition = tail;
    } catch (error) {
      if (error instanceof LostOwnership) throw error;
      this.log.warn({ err: error }, 'could not move the idle checkpoint');
    }
  }

  private async watch(messages: ConsumerMessages, inbox: Inbox): Promise<void> {
    for await (const status of messages.status()) {
      if (status.type === 'consumer_deleted' || status.type === 'consumer_not_found') {
        inbox.break(`JetStream reports ${status.type}`);
      } else if (status.type === 'heartbeats_missed' || status.type === 'no_responders') {
        this.log.warn({ status }, 'consumer trouble');
      }
    }
  }
}
