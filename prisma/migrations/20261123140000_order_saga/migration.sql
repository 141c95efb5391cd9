-- The order saga (apps/worker/src/saga): its state per order, its outbox of actions (commands,
-- payment calls, deadlines) and how far it has read the event log. A saga's state, the actions it
-- decided and its checkpoint are written in one transaction.
CREATE TABLE "order_sagas" (
    "order_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "correlation_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_sagas_pkey" PRIMARY KEY ("order_id")
);

CREATE INDEX "order_sagas_status_idx" ON "order_sagas"("status", "updated_at");

-- One row per action, keyed by its deterministic id: an action decided twice is stored once.
-- `due_at` is when it may run (a deadline's is in the future); a worker claims it until
-- `claimed_until`, so another takes it over if that worker dies.
CREATE TABLE "saga_actions" (
    "action_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "action" JSONB NOT NULL,
    "correlation_id" UUID NOT NULL,
    "causation_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "due_at" TIMESTAMPTZ(6) NOT NULL,
    "claimed_until" TIMESTAMPTZ(6),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saga_actions_pkey" PRIMARY KEY ("action_id"),
    CONSTRAINT "saga_actions_kind_check" CHECK ("kind" IN ('command', 'payment', 'schedule')),
    CONSTRAINT "saga_actions_status_check"
        CHECK ("status" IN ('pending', 'done', 'failed', 'withdrawn'))
);

CREATE INDEX "saga_actions_status_due_idx" ON "saga_actions"("status", "due_at");
CREATE INDEX "saga_actions_order_idx" ON "saga_actions"("order_id");

CREATE TABLE "saga_checkpoints" (
    "saga_name" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "global_position" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saga_checkpoints_pkey" PRIMARY KEY ("saga_name")
);

-- The card an order is paid with, as the provider tokenized it: never a card number.
CREATE TABLE "checkout_payment_methods" (
    "order_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "last4" CHAR(4) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checkout_payment_methods_pkey" PRIMARY KEY ("order_id")
);

-- The demo payment provider's books (packages/payments/src/demo): one row per call, keyed by its
-- idempotency key. Not used with a real provider.
CREATE TABLE "demo_payments" (
    "idempotency_key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "order_id" UUID NOT NULL,
    "authorization_key" TEXT NOT NULL,
    "payment_id" TEXT,
    "amount_minor" INTEGER,
    "currency" CHAR(3),
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "attempts" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_payments_pkey" PRIMARY KEY ("idempotency_key"),
    CONSTRAINT "demo_payments_operation_check"
        CHECK ("operation" IN ('authorize', 'capture', 'void', 'refund'))
);

CREATE INDEX "demo_payments_order_idx" ON "demo_payments"("order_id");
CREATE INDEX "demo_payments_authorization_idx" ON "demo_payments"("authorization_key", "operation");
CREATE INDEX "demo_payments_payment_idx" ON "demo_payments"("payment_id");
