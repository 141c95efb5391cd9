import type { Logger } from 'pino';
import { lockKey, type LockSession } from './lock-session';
import type { Projection } from './projection';
import { claimRebuild, openRebuilds } from './rebuild-store';
import { RebuildTask } from './rebuild-task';
import type { WorkerContext } from './worker-context';

const rebuildLock = (projection: string) => lockKey('projection-rebuild', projection);

/**
 * Picks up rebuild requests for this worker's projections. A rebuild runs where its advisory lock is
 * held, so one worker runs it; if that worker dies, another claims it (a new lease) and resumes.
 */
export class RebuildRunner {
  private readonly tasks = new Map<string, RebuildTask>();

  constructor(
    private readonly ctx: WorkerContext,
    private readonly session: LockSession,
    private readonly projections: readonly Projection[],
    private readonly log: Logger,
  ) {}

  async poll(): Promise<void> {
    for (const [name, task] of this.tasks) {
      if (!task.isDone) continue;
      this.tasks.delete(name);
      await this.session.unlock(rebuildLock(name));
    }
    const byName = new Map(this.projections.map((projection) => [projection.name, projection]));
    for (const open of await openRebuilds(this.ctx.prisma, [...byName.keys()])) {
      const projection = byName.get(open.projection);
      if (!projection || this.tasks.has(open.projection)) continue;
      if (!(await this.session.tryLock(rebuildLock(open.projection)))) continue;
      const claimed = await this.ctx.prisma.$transaction((tx) =>
        claimRebuild(tx, open.id, this.ctx.owner),
      );
      if (claimed?.generation == null) {
        await this.session.unlock(rebuildLock(open.projection));
        continue;
      }
      this.log.info({ projection: open.projection, rebuild: String(open.id) }, 'rebuild claimed');
      this.tasks.set(
        open.projection,
        new RebuildTask(this.ctx, projection, { ...claimed, generation: claimed.generation }),
      );
    }
  }

  /** Stops each rebuild after its batch in hand; its checkpoint lets the next claim resume. */
  async stopAll(): Promise<void> {
    const tasks = [...this.tasks.values()];
    this.tasks.clear();
    await Promise.all(tasks.map((task) => task.stop()));
  }
}
