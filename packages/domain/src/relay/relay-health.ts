import type { XminHolder } from './xmin-holder';

/** `active` publishes; `standby` waits for the lock another relay of its name holds. */
export type RelayStatus = 'active' | 'standby' | 'stopped';

/** What the relay knows now, without a query: cheap enough for every health probe. */
export interface RelayHealth {
  readonly status: RelayStatus;
  /** `"<transactionId>:<globalPosition>"` published up to; null until first read. */
  readonly checkpoint: string | null;
  readonly lastPublishedAt: Date | null;
  /** Events this instance had acked by JetStream since it was created (repeats included). */
  readonly eventsPublished: number;
  /** The open transaction that keeps committed events from being published, if any. */
  readonly heldBackBy: XminHolder | null;
  /** Committed events wait behind an older transaction still in flight somewhere on the server. */
  readonly heldBackEvents: boolean;
}
