export {
  awaitedWriteOf,
  freshnessStreamUrl,
  type AwaitedWrite,
  type ProjectionName,
} from './awaited-write';
export { PendingNotice, type PendingNoticeProps } from './pending-notice';
export { StaleBanner } from './stale-banner';
export { staleMessage, staleMessages, type BannerAudience } from './stale-messages';
export {
  useAwaitedWrite,
  type AwaitedWriteOptions,
  type AwaitedWriteStatus,
} from './use-awaited-write';
