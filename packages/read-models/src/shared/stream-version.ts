import type { RecordedEvent } from '@shop/domain';

/**
 * Whether a row that reflects its stream up to `version` already includes `event`. Within a stream
 * events arrive in stream-version order, so an event at or below the version is a replay.
 */
export const reflects = (version: number, event: RecordedEvent): boolean =>
  event.streamVersion <= version;
