import { randomUUID } from 'node:crypto';
import type { CommandHandlerDeps } from '../src/application/handle-command';
import { StreamStateCache } from '../src/application/stream-state-cache';
import type { PostgresEventStore } from '../src/event-store/postgres-event-store';
import type { EventStore } from '../src/event-store/port';
import { productStreamId } from '../src/product/index';
import { addedEvent, repriced, repricedEvents } from './event-store-bench-product';
import { commandOrThrow, type Workload } from './event-store-bench-workloads';

/** Streams each client spreads its commands over, and the events each holds before the run. */
export const streamsPerClient = 20;
export const seededEvents = 20;
/** Command handlers taking turns, each with a cache of its own: web instances behind a balancer. */
export const handlers = 2;

/** What the handlers asked of the store, counted over the whole run (warm-up included). */
export interface SharedStreamsCounts {
  commands: number;
  reads: number;
  appends: number;
  /** Appends refused because the remembered state was stale: caught up and decided again. */
  stale: number;
}

/** The store as the handlers see it, counting its statements; the counting costs nanoseconds. */
function counting(store: PostgresEventStore, counts: SharedStreamsCounts): EventStore {
  return {
    readStream: (streamId, options) => {
      counts.reads += 1;
      return store.readStream(streamId, options);
    },
    appendToStream: (streamId, expectedVersion, events) => {
      counts.appends += 1;
      return store.appendToStream(streamId, expectedVersion, events);
    },
    appendOrReadSince: async (streamId, expectedVersion, events) => {
      counts.appends += 1;
      const appended = await store.appendOrReadSince(streamId, expectedVersion, events);
      if (!appended.ok) counts.stale += 1;
      return appended;
    },
  };
}

/** `streamsPerClient` products for each client, each with `seededEvents` events of history. */
async function seed(store: EventStore, clients: number): Promise<string[][]> {
  const productIds = Array.from({ length: clients }, () =>
    Array.from({ length: streamsPerClient }, () => randomUUID()),
  );
  for (const productId of productIds.flat()) {
    const events = [addedEvent(productId), ...repricedEvents(productId, seededEvents - 1, 1)];
    const appended = await store.appendToStream(productStreamId(productId), 'no_stream', events);
    if (!appended.ok) throw new Error(appended.error.message);
  }
  return productIds;
}

/**
 * Commands on streams that exist and keep growing: a client's n-th command reprices one of its
 * streams picked at random, through handler n mod `handlers`. A handler whose cache remembers the
 * stream at an older version (the other one wrote it since) has its append refused with the
 * events it missed, catches up and appends again; a stream it never saw it loads in full. The
 * caches live as long as the run, as a web instance's would.
 */
export async function sharedStreams(
  store: PostgresEventStore,
  deps: CommandHandlerDeps,
  clients: number,
): Promise<{ workload: Workload; counts: SharedStreamsCounts }> {
  const productIds = await seed(store, clients);
  const counts: SharedStreamsCounts = { commands: 0, reads: 0, appends: 0, stale: 0 };
  const eventStore = counting(store, counts);
  const handlerDeps = Array.from({ length: handlers }, () => ({
    ...deps,
    eventStore,
    stateCache: new StreamStateCache(),
  }));
  // Above every seeded price and growing: each reprice changes the price, so each writes an event.
  let price = 1_000_000;
  const workload: Workload = () => async (client, n) => {
    const streams = productIds[client];
    const productId = streams?.[Math.floor(Math.random() * streams.length)];
    const handler = handlerDeps[n % handlers];
    if (!productId || !handler) throw new Error(`No streams seeded for client ${client}`);
    counts.commands += 1;
    return commandOrThrow(handler, productId, repriced(productId, (price += 1)));
  };
  return { workload, counts };
}
