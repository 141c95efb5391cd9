import { randomUUID } from 'node:crypto';
import { handleCommand, type CommandHandlerDeps } from '../src/application/handle-command';
import { StreamStateCache } from '../src/application/stream-state-cache';
import type { EventStore, NewEvent } from '../src/event-store/port';
import { productAggregate, productStreamId, type ProductCommand } from '../src/product/index';
import type { Call } from './event-store-bench-clients';
import { added, context, repriced, repricedEvents } from './event-store-bench-product';
import type { RawInsert } from './event-store-bench-raw';

/** Events per call of the batched appends. */
export const batchSize = 100;
/** The command path starts a new product every this many commands: streams stay short. */
export const commandsPerProduct = 10;

/** A fresh Call per measurement: each client writes streams of its own, so nothing conflicts. */
export type Workload = () => Call;

/** A value per client, made on its first call: each measurement gets new ones. */
function perClient<T>(make: () => T): (client: number) => T {
  const made = new Map<number, T>();
  return (client) => {
    let value = made.get(client);
    if (value === undefined) {
      value = make();
      made.set(client, value);
    }
    return value;
  };
}

function okOrThrow(result: { ok: boolean }, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result)}`);
}

/** n-th call of a client writes versions n * perCall + 1 ... of the client's stream. */
function writer(
  perCall: number,
  write: (streamId: string, version: number, events: readonly NewEvent[]) => Promise<void>,
): Workload {
  return () => {
    const productOf = perClient(randomUUID);
    return async (client, n) => {
      const productId = productOf(client);
      const version = n * perCall;
      await write(productStreamId(productId), version, repricedEvents(productId, perCall, version));
      return perCall;
    };
  };
}

export type WorkloadName =
  | 'rawInsert'
  | 'notifiedInsert'
  | 'append'
  | 'command'
  | 'commandCached'
  | 'rawBatch'
  | 'appendBatch';

/** handleCommand, failing the bench on anything but an accepted command: each call writes 1 event. */
export async function commandOrThrow(
  deps: CommandHandlerDeps,
  productId: string,
  command: ProductCommand,
): Promise<number> {
  const result = await handleCommand(
    deps,
    productAggregate,
    productStreamId(productId),
    command,
    context(),
  );
  okOrThrow(result, command.type);
  return 1;
}

/** AddProduct, then reprices: every command loads its stream (0 to 9 events), decides, appends. */
const commands =
  (deps: CommandHandlerDeps): Workload =>
  () => {
    const productIds = new Map<number, string>();
    return async (client, n) => {
      const fresh = n % commandsPerProduct === 0;
      if (fresh) productIds.set(client, randomUUID());
      const productId = productIds.get(client) ?? '';
      return commandOrThrow(deps, productId, fresh ? added(productId) : repriced(productId, n));
    };
  };

export function workloads(
  raw: { plain: RawInsert; notified: RawInsert },
  eventStore: EventStore,
  deps: CommandHandlerDeps,
): Record<WorkloadName, Workload> {
  const append = async (streamId: string, version: number, events: readonly NewEvent[]) =>
    okOrThrow(
      await eventStore.appendToStream(streamId, version === 0 ? 'no_stream' : version, events),
      'append',
    );
  // A raw insert writes the versions after `version`, as an append expecting it does.
  const after =
    (insert: RawInsert) => (streamId: string, version: number, events: readonly NewEvent[]) =>
      insert(streamId, version + 1, events);
  const rawInsert = after(raw.plain);
  return {
    rawInsert: writer(1, rawInsert),
    notifiedInsert: writer(1, after(raw.notified)),
    append: writer(1, append),
    rawBatch: writer(batchSize, rawInsert),
    appendBatch: writer(batchSize, append),
    command: commands(deps),
    // One cache for the whole run, as a process keeps one: the streams are new ones all the same.
    commandCached: commands({ ...deps, stateCache: new StreamStateCache() }),
  };
}
