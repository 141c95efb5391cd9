import type pg from 'pg';
import type { Logger } from 'pino';
import { fnv1a32 } from './stream-partition';

export type LeaderRole = 'active' | 'standby';
/** Why the role changed: the lock was taken, another session holds it, or its connection died. */
export type RoleChange = 'lock-taken' | 'held-elsewhere' | 'connection-lost';

export interface LeaderLockOptions {
  /** Relays of one name exclude each other; relays of different names run side by side. */
  readonly relayName: string;
  /** How often a standby tries to take the lock. */
  readonly pollMs: number;
  /** Called on every change of role, and once with the first outcome. */
  readonly onRole: (role: LeaderRole, why: RoleChange) => void;
  readonly logger: Logger;
}

// The two-int form keeps these keys apart from single-bigint advisory locks taken by anyone else.
const lockNamespace = fnv1a32('shop:outbox-relay') | 0;
const tryLockSql = 'SELECT pg_try_advisory_lock($1::int, $2::int) AS locked';

/**
 * A Postgres session-level advisory lock, held on a dedicated connection for as long as that
 * connection lives: the server releases it the moment the session ends (stop, crash, or a killed
 * connection), and a standby polling for it takes over. Correctness never rests on the lock alone:
 * a relay that has lost it may finish a batch, and JetStream drops those repeats by Nats-Msg-Id.
 */
export class LeaderLock {
  private readonly key: [number, number];
  private client: pg.Client | undefined;
  private heldOn: pg.Client | undefined;
  private role: LeaderRole | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt: Promise<void> = Promise.resolve();
  private stopped = false;
  private lostAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LeaderLockOptions) {
    this.key = [lockNamespace, fnv1a32(options.relayName) | 0];
  }

  get held(): boolean {
    return this.heldOn !== undefined && this.heldOn === this.client;
  }

  /**
   * A connection is up: try to take the lock on it, then every `pollMs`. Right after losing the
   * lock it first leaves a standby (which has been polling all along) two polls to take over.
   */
  attach(client: pg.Client): void {
    this.client = client;
    this.heldOn = undefined;
    const handover = this.lostAt + 2 * this.options.pollMs - Date.now();
    this.schedule(Math.max(0, handover));
  }

  /** The connection is gone, and the lock with it. */
  detach(): void {
    clearTimeout(this.timer);
    this.client = undefined;
    this.heldOn = undefined;
    // At stop the connection ends on purpose: that is no change of role worth reporting.
    if (this.role !== 'active' || this.stopped) return;
    this.lostAt = Date.now();
    this.changeRole('standby', 'connection-lost');
  }

  /** Stops polling; the lock itself goes when the caller ends the connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.attempt;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.attempt = this.tryTake();
    }, delayMs);
  }

  private async tryTake(): Promise<void> {
    const client = this.client;
    if (!client || this.held) return;
    try {
      const { rows } = await client.query<{ locked: boolean }>(tryLockSql, this.key);
      // A connection replaced meanwhile took the lock into its grave; a new one gets its own try.
      if (client !== this.client || this.stopped) return;
      if (rows[0]?.locked) {
        this.heldOn = client;
        this.changeRole('active', 'lock-taken');
        return;
      }
      if (this.role === undefined) this.changeRole('standby', 'held-elsewhere');
    } catch (error) {
      if (client !== this.client) return;
      this.options.logger.warn({ err: error }, 'could not ask for the relay lock');
    }
    this.schedule(this.options.pollMs);
  }

  private changeRole(role: LeaderRole, why: RoleChange): void {
    this.role = role;
    this.options.onRole(role, why);
  }
}
