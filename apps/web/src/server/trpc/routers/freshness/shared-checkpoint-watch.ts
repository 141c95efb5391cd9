import 'server-only';
import { logger } from '../../../logger';
import { services } from '../../../services';
import { createCheckpointWatch, type CheckpointWatch } from './checkpoint-watch';

// Kept on globalThis so that `next dev` hot reloads reuse the watch instead of starting another.
const holder = globalThis as typeof globalThis & { shopCheckpointWatch?: CheckpointWatch };

/** The server process's one checkpoint watch, shared by every open checkpoint stream. */
export function sharedCheckpointWatch(): CheckpointWatch {
  return (holder.shopCheckpointWatch ??= createCheckpointWatch(services().prisma, {
    logger: logger.child({ component: 'checkpoint-watch' }),
  }));
}
