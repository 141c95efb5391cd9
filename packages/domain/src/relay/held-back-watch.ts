import type pg from 'pg';
import type { Logger } from 'pino';
import { findXminHolder, type XminHolder } from './xmin-holder';

/** How often to ask pg_stat_activity while events wait: the relay re-polls every 50 ms. */
const inspectEveryMs = 1_000;
/** A transaction younger than this is an append in flight, not a stall. */
const warnAfterMs = 1_000;
const warnEveryMs = 10_000;

export interface HeldBack {
  readonly heldBackEvents: boolean;
  readonly heldBackBy: XminHolder | null;
}

/**
 * Names the transaction that keeps committed events from the relay. pg_snapshot_xmin spans the
 * whole server, so one forgotten transaction in any database stalls the relay without an error:
 * this makes the stall visible in health() and in a (rate-limited) warning.
 */
export class HeldBackWatch {
  private heldBack: HeldBack = { heldBackEvents: false, heldBackBy: null };
  private inspectedAt = Number.NEGATIVE_INFINITY;
  private warnedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
  ) {}

  get current(): HeldBack {
    return this.heldBack;
  }

  async observe(heldBackEvents: boolean): Promise<void> {
    if (!heldBackEvents) {
      this.clear();
      return;
    }
    const now = Date.now();
    if (now - this.inspectedAt < inspectEveryMs) return;
    this.inspectedAt = now;
    let heldBackBy: XminHolder | null = null;
    try {
      heldBackBy = await findXminHolder(this.pool);
    } catch (error) {
      this.log.warn({ err: error }, 'could not find the transaction holding events back');
    }
    this.heldBack = { heldBackEvents, heldBackBy };
    if (
      heldBackBy &&
      heldBackBy.transactionAgeMs >= warnAfterMs &&
      now - this.warnedAt >= warnEveryMs
    ) {
      this.warnedAt = now;
      this.log.warn(
        { heldBackBy },
        `events held back by transaction of backend ${heldBackBy.pid} ` +
          `(database ${heldBackBy.database ?? '-'}, application ${JSON.stringify(heldBackBy.applicationName)}, ` +
          `${heldBackBy.state ?? 'unknown state'}, open ${heldBackBy.transactionAgeMs} ms): ` +
          'the relay publishes nothing newer until it ends',
      );
    }
  }

  clear(): void {
    this.heldBack = { heldBackEvents: false, heldBackBy: null };
    this.inspectedAt = Number.NEGATIVE_INFINITY;
  }
}
