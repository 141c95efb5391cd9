import type { Logger } from 'pino';
import { claimPartition } from './checkpoint-store';
import { readProjectionRows } from './generation-store';
import { dropHeartbeat, writeHeartbeats } from './heartbeats';
import { lockKey, type LockSession } from './lock-session';
import { allPartitions } from './partitions';
import { PartitionWorker } from './partition-worker';
import type { Projection } from './projection';
import type { WorkerContext } from './worker-context';

interface Unit {
  readonly projection: Projection;
  readonly partition: number;
  readonly key: string;
}

const unitKey = (projection: string, partition: number) => `${projection}:${partition}`;
const partitionLock = (unit: Unit) => lockKey('projection-partition', unit.key);

/** Held shared by every worker that runs a projection, so workers can count each other. */
export const runsKey = (projection: string) => lockKey('projection-runs', projection);
const [runsNamespace] = runsKey('');

/**
 * Decides which (projection, partition) this process works: the ones whose advisory lock it holds,
 * up to a fair share of the projection's partitions among the live workers that run it, so two
 * workers split the partitions and one takes over the other's when it stops. One review per
 * heartbeat.
 */
export class Coordinator {
  private readonly workers = new Map<string, { unit: Unit; worker: PartitionWorker }>();

  constructor(
    private readonly ctx: WorkerContext,
    private readonly session: LockSession,
    private readonly projections: readonly Projection[],
    private readonly log: Logger,
  ) {}

  /** What this process works now. */
  owned(): { projection: string; partition: number }[] {
    return [...this.workers.values()].map(({ unit }) => ({
      projection: unit.projection.name,
      partition: unit.partition,
    }));
  }

  async review(): Promise<void> {
    await this.releaseEnded();
    const workersOf = await this.session.holders(runsNamespace);
    for (const projection of await this.readyProjections()) {
      // A fair share among the workers that run this projection (this one included).
      const runners = Math.max(1, workersOf.get(runsKey(projection.name)[1]) ?? 1);
      const fairShare = Math.ceil(allPartitions.length / runners);
      const mine = [...this.workers.values()].filter(({ unit }) => unit.projection === projection);
      if (mine.length > fairShare) {
        await this.release(mine.slice(0, mine.length - fairShare));
        continue;
      }
      let owned = mine.length;
      for (const partition of shuffle(allPartitions)) {
        if (owned >= fairShare) break;
        const unit = { projection, partition, key: unitKey(projection.name, partition) };
        if (this.workers.has(unit.key) || !(await this.session.tryLock(partitionLock(unit))))
          continue;
        await this.take(unit);
        owned += 1;
      }
    }
    await writeHeartbeats(
      this.ctx.prisma,
      this.ctx.owner,
      [...this.workers.values()].map(({ unit, worker }) => ({
        projection: unit.projection.name,
        partition: unit.partition,
        rate: worker.rate,
      })),
    );
  }

  /** Stops every worker after its batch in hand; with `unlock`, lets their partitions go. */
  async stopAll(unlock: boolean): Promise<void> {
    const all = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(all.map(({ unit, worker }) => this.letGo(unit, worker, unlock)));
  }

  private async readyProjections(): Promise<Projection[]> {
    const rows = await readProjectionRows(
      this.ctx.prisma,
      this.projections.map(({ name }) => name),
    );
    const ready = new Set(rows.filter((row) => row.ready).map((row) => row.name));
    return this.projections.filter((projection) => ready.has(projection.name));
  }

  private async take(unit: Unit): Promise<void> {
    try {
      const claimed = await claimPartition(
        this.ctx.prisma,
        unit.projection.name,
        unit.partition,
        this.ctx.owner,
      );
      this.workers.set(unit.key, {
        unit,
        worker: new PartitionWorker(this.ctx, unit.projection, unit.partition, claimed),
      });
    } catch (error) {
      await this.session.unlock(partitionLock(unit)).catch(() => undefined);
      throw error;
    }
  }

  private async release(chosen: readonly { unit: Unit; worker: PartitionWorker }[]): Promise<void> {
    for (const { unit } of chosen) this.workers.delete(unit.key);
    this.log.info({ partitions: chosen.map(({ unit }) => unit.key) }, 'handing partitions over');
    await Promise.all(chosen.map(({ unit, worker }) => this.letGo(unit, worker, true)));
  }

  /** Workers that stopped on their own (taken over) release their lock. */
  private async releaseEnded(): Promise<void> {
    for (const [key, { unit, worker }] of this.workers) {
      if (!worker.done) continue;
      this.workers.delete(key);
      await this.letGo(unit, worker, true);
    }
  }

  private async letGo(unit: Unit, worker: PartitionWorker, unlock: boolean): Promise<void> {
    await worker.stop();
    await dropHeartbeat(
      this.ctx.prisma,
      this.ctx.owner,
      unit.projection.name,
      unit.partition,
    ).catch(() => undefined);
    if (unlock && this.session.connected)
      await this.session.unlock(partitionLock(unit)).catch(() => undefined);
  }
}

function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
