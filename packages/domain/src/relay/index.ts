export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export type { RelayHealth, RelayStatus } from './relay-health';
export type { XminHolder } from './xmin-holder';
export { ensureEventStream, type EventStreamOptions } from './event-stream';
export { categorySubjects, eventSubject, partitionSubjects } from './subjects';
export { defaultPartitionCount, fnv1a32, streamPartition } from './stream-partition';
export { correlationIdHeader } from './publish-batch';
export { PgListener, type PgListenerOptions } from './pg-listener';
export { Wakeup } from './wakeup';
