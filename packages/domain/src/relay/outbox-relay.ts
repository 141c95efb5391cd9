import { appendedChannel } from '../event-store/append-notifier';
import { setTimeout as delay } from 'node:timers/promises';
import type { PubAck } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import type { RecordedEvent } from '../shared/envelope';
import { formatLogPosition, type LogPosition } from '../shared/log-position';
import { HeldBackWatch } from './held-back-watch';
import { LeaderLock, type LeaderRole, type RoleChange } from './leader-lock';
import { PgListener } from './pg-listener';
import { publishBatch } from './publish-batch';
import { logPublished } from './published-log';
import { drainLog, type Drained } from './relay-drain';
import { RelayCheckpoint } from './relay-checkpoint';
import type { RelayHealth } from './relay-health';
import { relaySettings, type OutboxRelayOptions, type RelaySettings } from './relay-options';
import { Wakeup } from './wakeup';

export type { OutboxRelayOptions } from './relay-options';

/** How soon to look again while committed events wait behind an older transaction. */
const heldBackPollMs = 50;
const firstRetryMs = 200;
const maxRetryMs = 30_000;

/**
 * Tails the events table in commit order and publishes each event to JetStream with
 * Nats-Msg-Id = eventId, then moves its checkpoint. A crash between the two republishes a batch,
 * which JetStream drops as duplicates within the stream's duplicate window. Of the relays sharing
 * a name, the one holding the Postgres advisory lock publishes; the others are hot standbys.
 */
export class OutboxRelay {
  private readonly store: PostgresEventStore;
  private readonly checkpoint: RelayCheckpoint;
  private readonly listener: PgListener;
  private readonly lock: LeaderLock;
  private readonly heldBack: HeldBackWatch;
  private readonly wakeup = new Wakeup();
  private readonly stopping = new AbortController();
  private readonly log: Logger;
  private readonly settings: RelaySettings;
  private loop: Promise<void> | undefined;
  private running = false;
  private previousDrain: Promise<unknown> = Promise.resolve();
  private position: LogPosition | undefined;
  private positionLoadedAt = Number.NEGATIVE_INFINITY;
  private lastPublishedAt: Date | null = null;
  private eventsPublished = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.settings = relaySettings(options);
    const { relayName, lockPollMs } = this.settings;
    this.log = options.logger.child({ relayName });
    this.store = new PostgresEventStore(options.pool, this.log);
    this.checkpoint = new RelayCheckpoint(options.pool, relayName);
    this.heldBack = new HeldBackWatch(options.pool, this.log);
    this.lock = new LeaderLock({
      relayName,
      pollMs: lockPollMs,
      onRole: (role, why) => this.roleChanged(role, why),
      logger: this.log,
    });
    this.listener = new PgListener({
      connectionString: options.listenConnectionString,
      channel: appendedChannel,
      applicationName: `shop-relay:${relayName}`,
      onNotify: () => this.wakeup.notify(),
      onConnected: (client) => this.lock.attach(client),
      onDisconnected: () => this.lock.detach(),
      logger: this.log,
    });
  }

  /** Resolves once the relay listens and its loop runs (active or standing by); rejects if it cannot connect. */
  async start(): Promise<void> {
    if (this.loop) throw new Error('OutboxRelay is already started');
    await this.listener.start();
    this.running = true;
    this.loop = this.run();
    // relayName is already on every line, through the child logger.
    const { batchSize, idlePollMs, lockPollMs, target } = this.settings;
    this.log.info({ batchSize, idlePollMs, lockPollMs, ...target }, 'relay started');
  }

  /** Lets the batches in flight finish and their checkpoint be saved, then releases the lock. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wakeup.notify();
    await this.loop;
    await this.lock.stop();
    await this.listener.stop();
    this.running = false;
    this.heldBack.clear();
    this.log.info('relay stopped');
  }

  health(): RelayHealth {
    const status = !this.running ? 'stopped' : this.lock.held ? 'active' : 'standby';
    const { heldBackEvents, heldBackBy } = this.heldBack.current;
    const active = status === 'active';
    return {
      status,
      checkpoint: this.position ? formatLogPosition(this.position) : null,
      lastPublishedAt: this.lastPublishedAt,
      eventsPublished: this.eventsPublished,
      heldBackBy: active ? heldBackBy : null,
      heldBackEvents: active && heldBackEvents,
    };
  }

  /**
   * Publishes every event visible now; returns how many were acked (duplicates included). For
   * tests and tools: it does not ask for the lock, so it may run beside an active relay.
   */
  async drainOnce(): Promise<number> {
    const { relayed } = await this.drainSerially(() => true);
    return relayed;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      if (!this.lock.held) {
        await this.standBy();
        continue;
      }
      let sleepMs = this.settings.idlePollMs;
      try {
        const { position } = await this.drainSerially(() => this.lock.held);
        failures = 0;
        // Committed events can wait behind an older transaction anywhere on the server, and
        // that transaction's end sends no NOTIFY: look again soon rather than at the next poll.
        const heldBack = await this.store.hasHeldBackEvents(position);
        await this.heldBack.observe(heldBack);
        if (heldBack) sleepMs = Math.min(heldBackPollMs, this.settings.idlePollMs);
      } catch (error) {
        failures += 1;
        const retryInMs = Math.min(maxRetryMs, firstRetryMs * 2 ** (failures - 1));
        this.log.error(
          { err: error, failures, retryInMs },
          'relay failed, retrying from checkpoint',
        );
        await delay(retryInMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
        continue;
      }
      await this.wakeup.sleep(sleepMs);
    }
  }

  /** Sleeps until the lock is won (which wakes the loop); keeps health()'s checkpoint current. */
  private async standBy(): Promise<void> {
    this.heldBack.clear();
    if (Date.now() - this.positionLoadedAt >= this.settings.idlePollMs) {
      this.positionLoadedAt = Date.now();
      this.position = await this.checkpoint.load().catch((error: unknown) => {
        this.log.debug({ err: error }, 'standby could not read the checkpoint');
        return this.position;
      });
    }
    await this.wakeup.sleep(this.settings.idlePollMs);
  }

  private roleChanged(role: LeaderRole, why: RoleChange): void {
    if (role === 'active') {
      this.log.info('relay active: it holds the relay lock and publishes');
    } else if (why === 'connection-lost') {
      this.log.warn('relay standing by: its connection, and with it the relay lock, was lost');
    } else {
      this.log.info('relay standing by: another relay of this name holds the lock');
    }
    this.wakeup.notify();
  }

  /** One drain at a time per relay, whether the loop or a caller of drainOnce asks. */
  private drainSerially(keepGoing: () => boolean): Promise<Drained> {
    const drain = this.previousDrain.then(() => this.drain(keepGoing));
    this.previousDrain = drain.catch(() => undefined);
    return drain;
  }

  private async drain(keepGoing: () => boolean): Promise<Drained> {
    const from = await this.checkpoint.load();
    this.position = from;
    return drainLog(
      {
        batchSize: this.settings.batchSize,
        readAfter: (position, limit) => this.store.readAfter(position, limit),
        publish: (batch, previous) =>
          publishBatch(this.options.jetstream, this.settings.target, batch, previous),
        acked: (events, acks) => this.acked(events, acks),
        keepGoing: () => keepGoing() && !this.stopping.signal.aborted,
      },
      from,
    );
  }

  private async acked(events: readonly RecordedEvent[], acks: readonly PubAck[]): Promise<void> {
    const last = events.at(-1);
    if (!last) return;
    await this.checkpoint.save(last);
    this.position = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    this.eventsPublished += events.length;
    this.lastPublishedAt = new Date();
    logPublished(this.log, events, acks);
  }
}
