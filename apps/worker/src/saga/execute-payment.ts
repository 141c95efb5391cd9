import { assertNever, type PaymentAction } from '@shop/domain';
import { findPaymentMethod, type PaymentGateway, type Queryable } from '@shop/payments';
import { done, failed, messageOf, retry, type Execution } from './execution';

export interface PaymentDeps {
  readonly gateway: PaymentGateway;
  readonly db: Queryable;
  readonly callTimeoutMs: number;
  /** Aborted when the worker stops: calls in flight end, and are retried by whoever runs next. */
  readonly stopping: AbortSignal;
}

/** One call to the provider, with the action id as its idempotency key. */
async function call(
  deps: PaymentDeps,
  action: PaymentAction,
  signal: AbortSignal,
): Promise<Execution> {
  const { gateway } = deps;
  const { actionId: idempotencyKey, orderId } = action;
  switch (action.op) {
    case 'authorize': {
      const method = await findPaymentMethod(deps.db, orderId);
      if (method?.provider !== gateway.provider) {
        const reason = method
          ? `The card is not one ${gateway.provider} knows`
          : 'No card was given';
        return done('declined', { type: 'PaymentDeclined', reason });
      }
      const { amount } = action;
      const answer = await gateway.authorize(
        { idempotencyKey, orderId, amount, cardToken: method.token },
        { signal },
      );
      if (answer.outcome === 'authorized')
        return done('authorized', { type: 'PaymentAuthorized', paymentId: answer.paymentId });
      if (answer.outcome === 'declined')
        return done('declined', { type: 'PaymentDeclined', reason: answer.reason });
      return retry(answer.reason);
    }
    case 'capture': {
      const { paymentId, amount } = action;
      const answer = await gateway.capture(
        { idempotencyKey, orderId, paymentId, amount },
        { signal },
      );
      if (answer.outcome === 'captured')
        return done('captured', { type: 'PaymentCaptured', paymentId });
      return answer.outcome === 'rejected' ? failed(answer.reason) : retry(answer.reason);
    }
    case 'void': {
      const { authorizationKey, paymentId } = action;
      const answer = await gateway.void(
        { idempotencyKey, orderId, authorizationKey, paymentId },
        { signal },
      );
      if (answer.outcome === 'voided') {
        return done('voided', { type: 'PaymentVoided', paymentId: answer.paymentId ?? paymentId });
      }
      return answer.outcome === 'rejected' ? failed(answer.reason) : retry(answer.reason);
    }
    case 'refund': {
      const { paymentId, refundId, amount } = action;
      const answer = await gateway.refund(
        { idempotencyKey, orderId, paymentId, amount },
        { signal },
      );
      if (answer.outcome === 'refunded')
        return done('refunded', { type: 'PaymentRefunded', refundId, amount });
      return answer.outcome === 'rejected' ? failed(answer.reason) : retry(answer.reason);
    }
    default:
      return assertNever(action);
  }
}

/**
 * A call that throws or outlasts its timeout has an unknown outcome: it is retried under the same
 * key, which the provider answers without acting twice.
 */
export async function executePayment(deps: PaymentDeps, action: PaymentAction): Promise<Execution> {
  const timeout = AbortSignal.timeout(deps.callTimeoutMs);
  const signal = AbortSignal.any([timeout, deps.stopping]);
  try {
    return await call(deps, action, signal);
  } catch (error) {
    if (timeout.aborted) return retry(`No answer within ${deps.callTimeoutMs} ms`);
    return retry(deps.stopping.aborted ? 'Interrupted by a worker stop' : messageOf(error));
  }
}
