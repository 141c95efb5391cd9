import { setTimeout as delay } from 'node:timers/promises';
import { withTransaction } from '@shop/domain/event-store';
import type pg from 'pg';
import {
  authorizeRequestSchema,
  captureRequestSchema,
  refundRequestSchema,
  voidRequestSchema,
  type AuthorizeRequest,
  type AuthorizeResult,
  type CallOptions,
  type CaptureRequest,
  type CaptureResult,
  type PaymentGateway,
  type RefundRequest,
  type RefundResult,
  type VoidRequest,
  type VoidResult,
} from '../port';
import { authorizeOnBooks, noAnswer } from './demo-authorize';
import { captureOnBooks, refundOnBooks, voidOnBooks } from './demo-settle';
import { demoProvider } from './test-cards';

export interface DemoPaymentGatewayOptions {
  /** How long a never-answering call hangs when its caller gives no signal. Default 10 minutes. */
  readonly maxHangMs?: number;
}

/**
 * A payment provider for the demo and the tests, with test cards (see test-cards.ts) and books in
 * the shop's database (table demo_payments), so that it remembers across restarts. It keeps the
 * port's contract: a repeated idempotency key is answered from the books, nothing is authorized,
 * captured or refunded twice, and a void also stops an authorization still in flight.
 */
export class DemoPaymentGateway implements PaymentGateway {
  readonly provider = demoProvider;
  private readonly maxHangMs: number;

  constructor(
    private readonly pool: pg.Pool,
    options: DemoPaymentGatewayOptions = {},
  ) {
    this.maxHangMs = options.maxHangMs ?? 600_000;
  }

  async authorize(request: AuthorizeRequest, options: CallOptions = {}): Promise<AuthorizeResult> {
    const parsed = authorizeRequestSchema.parse(request);
    // Decided and recorded first; only then, outside the transaction, left hanging.
    const answer = await withTransaction(this.pool, (client) => authorizeOnBooks(client, parsed));
    if (answer === noAnswer) return this.neverAnswer(options.signal);
    return answer;
  }

  capture(request: CaptureRequest): Promise<CaptureResult> {
    const parsed = captureRequestSchema.parse(request);
    return withTransaction(this.pool, (client) => captureOnBooks(client, parsed));
  }

  void(request: VoidRequest): Promise<VoidResult> {
    const parsed = voidRequestSchema.parse(request);
    return withTransaction(this.pool, (client) => voidOnBooks(client, parsed));
  }

  refund(request: RefundRequest): Promise<RefundResult> {
    const parsed = refundRequestSchema.parse(request);
    return withTransaction(this.pool, (client) => refundOnBooks(client, parsed));
  }

  /** The test card that never answers: only the caller's signal (or a long cap) ends the wait. */
  private async neverAnswer(signal: AbortSignal | undefined): Promise<never> {
    await delay(this.maxHangMs, undefined, { signal });
    throw new Error('The demo provider never answers this card');
  }
}
