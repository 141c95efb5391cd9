import { compareLogPositions, formatLogPosition, logStart, type LogPosition } from '@shop/domain';
import type { Logger } from 'pino';
import { eventItems } from './batch-item';
import { LostOwnership } from './batch-scope';
import { batchTransactionOptions, describeError } from './db';
import { countLogAfter, readLogAfter } from './event-log';
import { finishRetirement } from './generation-lifecycle';
import type { Projection } from './projection';
import { RateMeter } from './rate-meter';
import { doubling } from './retry';
import { rebuildScope } from './rebuild-scope';
import { failRebuild, type RebuildRow } from './rebuild-store';
import { swapIn } from './rebuild-swap';
import { runBatch } from './run-batch';
import { Sleeper } from './sleeper';
import { isTransientError } from './transient-error';
import type { WorkerContext } from './worker-context';

const recountEveryMs = 2_000;
const waitAfterFailureMs = doubling(200, 30_000);

/**
 * Runs one claimed rebuild: reads the event store (the source of truth, not the broker) in log
 * order into the new generation, batch by batch with the runtime's usual retries and dead letters,
 * and swaps it in once it has caught up. Resumes from its own checkpoint after a restart.
 */
export class RebuildTask {
  readonly finished: Promise<void>;
  private readonly sleeper = new Sleeper();
  private readonly meter = new RateMeter();
  private readonly log: Logger;
  private done: number;
  private total: number;
  private countedAt = 0;
  private ended = false;

  constructor(
    private readonly ctx: WorkerContext,
    private readonly projection: Projection,
    private readonly rebuild: RebuildRow & { generation: number },
  ) {
    this.log = ctx.logger.child({
      projection: projection.name,
      rebuild: String(rebuild.id),
      generation: rebuild.generation,
    });
    this.done = rebuild.done;
    this.total = rebuild.total;
    this.finished = this.run().finally(() => {
      this.ended = true;
    });
  }

  get isDone(): boolean {
    return this.ended;
  }

  async stop(): Promise<void> {
    this.sleeper.stop();
    await this.finished;
  }

  private async run(): Promise<void> {
    const { prisma, settings } = this.ctx;
    const scope = rebuildScope(this.projection, this.rebuild, {
      rate: () => this.meter.perSecond(),
      total: () => this.total,
      record: (events) => {
        this.meter.record(events);
        this.done += events;
      },
    });
    let position: LogPosition = this.rebuild.position;
    let failures = 0;
    try {
      await finishRetirement(prisma, this.projection, this.log);
      if (this.rebuild.done === 0 && compareLogPositions(position, logStart) === 0)
        await this.resetGeneration();
      this.log.info({ from: formatLogPosition(position) }, 'rebuild running');
      while (!this.sleeper.isStopped) {
        try {
          await this.recount(position);
          const events = await readLogAfter(
            prisma,
            position,
            this.projection.categories,
            settings.batchSize,
          );
          if (events.length < settings.batchSize && (await this.trySwap(scope))) return;
          if (events.length === 0) {
            await this.sleeper.sleep(waitAfterFailureMs(1));
            continue;
          }
          const run = await runBatch(prisma, scope, eventItems(events), {
            retry: settings.retry,
            logger: this.log,
            pause: (ms) => this.sleeper.sleep(ms),
          });
          if (run.lastPosition) position = run.lastPosition;
          failures = 0;
        } catch (error) {
          if (!isTransientError(error)) throw error;
          const retryInMs = waitAfterFailureMs(++failures);
          this.log.warn({ err: error, retryInMs }, 'rebuild step failed; retrying');
          await this.sleeper.sleep(retryInMs);
        }
      }
    } catch (error) {
      if (error instanceof LostOwnership) {
        this.log.warn({ err: error }, 'rebuild taken over; stopping');
        return;
      }
      this.log.error({ err: error }, 'rebuild failed; the live generation keeps serving');
      await failRebuild(prisma, this.rebuild.id, this.rebuild.lease, describeError(error));
      await this.dropGeneration().catch((dropError: unknown) =>
        this.log.warn({ err: dropError }, 'could not drop the abandoned generation'),
      );
    }
  }

  /** True once swapped in. A failing tail is settled by the next batches, then swapped again. */
  private async trySwap(scope: Parameters<typeof swapIn>[1]): Promise<boolean> {
    try {
      const high = await swapIn(this.ctx.prisma, scope, this.rebuild, this.ctx.settings.batchSize);
      this.log.info(
        { high: formatLogPosition(high), done: this.done },
        'rebuilt generation swapped in',
      );
    } catch (error) {
      if (error instanceof LostOwnership || isTransientError(error)) throw error;
      this.log.warn({ err: error }, 'swap deferred: settling the tail first');
      return false;
    }
    await finishRetirement(this.ctx.prisma, this.projection, this.log).catch((error: unknown) =>
      this.log.warn({ err: error }, 'old generation not retired yet; the next start finishes it'),
    );
    return true;
  }

  /** Total = done + what the log holds beyond the rebuild's position, recounted now and then. */
  private async recount(position: LogPosition): Promise<void> {
    if (Date.now() - this.countedAt < recountEveryMs) return;
    this.countedAt = Date.now();
    const remaining = await countLogAfter(this.ctx.prisma, position, this.projection.categories);
    this.total = this.done + remaining;
  }

  /** A fresh start clears what an abandoned attempt left in the generation. */
  private async resetGeneration(): Promise<void> {
    await this.dropGeneration();
    if (this.projection.kind === 'external')
      await this.projection.createGeneration(this.rebuild.generation);
  }

  private async dropGeneration(): Promise<void> {
    const { projection, rebuild } = this;
    if (projection.kind === 'postgres') {
      await this.ctx.prisma.$transaction(
        (tx) => projection.dropGeneration(tx, rebuild.generation),
        batchTransactionOptions,
      );
    } else {
      await projection.dropGeneration(rebuild.generation);
    }
  }
}
