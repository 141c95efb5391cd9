export * from './port';
export { PostgresEventStore } from './postgres-event-store';
export { PostgresSnapshotStore } from './postgres-snapshot-store';
export { traceparentSchema } from './new-event';
export { withTransaction } from './transaction';
export { AppendNotifier, appendedChannel } from './append-notifier';
