import type { JsMsg } from '@nats-io/jetstream';
import {
  err,
  formatLogPosition,
  fromWire,
  ok,
  type RecordedEvent,
  type Result,
} from '@shop/domain';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import { applyEvent, type Projection } from './projection';

export interface MessageHandlerDeps {
  prisma: ReadModelsPrisma;
  projection: Projection;
  logger: Logger;
  maxDeliver: number;
  retryDelayMs: (deliveryCount: number) => number;
}

type LogContext = Record<string, unknown>;

/** Settles one message: every path ends in exactly one ack, nak or term, and never throws. */
export function createMessageHandler(deps: MessageHandlerDeps): (msg: JsMsg) => Promise<void> {
  const { prisma, projection, logger } = deps;
  return async (msg) => {
    const delivery = {
      projection: projection.name,
      subject: msg.subject,
      seq: msg.info.streamSequence,
      deliveryCount: msg.info.deliveryCount,
    };
    const decoded = decode(msg);
    if (!decoded.ok) {
      const correlationId = msg.headers?.get('Shop-Correlation-Id');
      logger.error(
        { ...delivery, correlationId, err: decoded.error },
        'Poison message: the body is not a recorded event; terminated',
      );
      // A body that does not parse never will: retrying would only hold back the events behind it.
      // Storing it as a dead letter (with the error, for admin to see and retry) is a later issue;
      // until then it survives in the stream (by seq) and in this log line. No reason argument:
      // nats-server 2.9 does not recognise `+TERM <reason>` and leaves the message pending.
      msg.term();
      return;
    }
    const event = decoded.value;
    const context: LogContext = {
      ...delivery,
      correlationId: event.metadata.correlationId,
      eventId: event.eventId,
      type: event.type,
      position: formatLogPosition(event),
    };
    try {
      const outcome = await applyEvent(prisma, projection, event);
      logger.info({ ...context, outcome }, 'Projected event');
    } catch (error) {
      settleFailure(msg, deps, context, error);
      return;
    }
    // The transaction has committed: if this ack is lost, the redelivery is skipped by the checkpoint.
    await msg.ackAck().catch((error: unknown) => {
      logger.warn({ ...context, err: error }, 'Ack not confirmed; a redelivery will be skipped');
    });
  };
}

function decode(msg: JsMsg): Result<RecordedEvent, unknown> {
  try {
    return ok(fromWire(msg.string()));
  } catch (error) {
    return err(error);
  }
}

function settleFailure(
  msg: JsMsg,
  { logger, maxDeliver, retryDelayMs }: MessageHandlerDeps,
  context: LogContext,
  error: unknown,
): void {
  if (msg.info.deliveryCount >= maxDeliver) {
    // The server would stop redelivering anyway; term makes that immediate and explicit. The
    // dead-letter store (a later issue) will keep the event and this error for a retry.
    logger.error({ ...context, err: error }, 'Projection failed on its last delivery; giving up');
    msg.term();
    return;
  }
  const retryInMs = retryDelayMs(msg.info.deliveryCount);
  logger.warn({ ...context, err: error, retryInMs }, 'Projection failed; will retry');
  msg.nak(retryInMs);
}
