import type { Metadata } from 'next';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { ProjectionsConsole } from './_components/projections-console';
import { allDeadLetters, deadLettersInput } from './dead-letter-filter';

export const metadata: Metadata = { title: 'Projections' };

export default async function ProjectionsPage() {
  await Promise.all([
    prefetch(trpc.projections.health.queryOptions()),
    prefetch(trpc.projections.deadLetters.queryOptions(deadLettersInput(allDeadLetters))),
    prefetch(trpc.projections.failedSagaActions.queryOptions({})),
  ]);
  return (
    <>
      <h1>Projections</h1>
      <p className="muted">
        The read models fed from the event log: how far each has read, what it could not apply, and
        a replay from the event store when one must be rebuilt.
      </p>
      <HydrateClient>
        <ProjectionsConsole />
      </HydrateClient>
    </>
  );
}
