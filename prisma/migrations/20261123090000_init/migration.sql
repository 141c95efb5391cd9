-- Event store: the append-only log, the source of truth.
CREATE TABLE "events" (
    "global_position" BIGSERIAL NOT NULL,
    "transaction_id" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "event_id" UUID NOT NULL,
    "stream_id" TEXT NOT NULL,
    "stream_version" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "schema_version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "metadata" JSONB NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("global_position")
);

CREATE UNIQUE INDEX "events_event_id_key" ON "events"("event_id");
CREATE UNIQUE INDEX "events_stream_id_stream_version_key" ON "events"("stream_id", "stream_version");
CREATE INDEX "events_log_order_idx" ON "events"("transaction_id", "global_position");

-- Events are immutable: corrections are new events.
CREATE FUNCTION "events_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only';
END;
$$;
CREATE TRIGGER "events_append_only" BEFORE UPDATE OR DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION "events_reject_change"();

-- Wakes the relay when an append commits (NOTIFY is delivered at commit).
CREATE FUNCTION "events_notify_appended"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('events_appended', '');
  RETURN NULL;
END;
$$;
CREATE TRIGGER "events_appended" AFTER INSERT ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION "events_notify_appended"();

CREATE TABLE "relay_checkpoints" (
    "relay_name" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "global_position" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "relay_checkpoints_pkey" PRIMARY KEY ("relay_name")
);

CREATE TABLE "projection_checkpoints" (
    "projection" TEXT NOT NULL,
    "transaction_id" BIGINT NOT NULL,
    "global_position" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projection_checkpoints_pkey" PRIMARY KEY ("projection")
);

CREATE TABLE "catalog_products" (
    "product_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "version" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(6) NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "catalog_products_pkey" PRIMARY KEY ("product_id")
);
