-- Projection runtime: generations, partitioned checkpoints, consumer heartbeats, dead letters and
-- rebuilds. Written only by packages/read-models/src/runtime.

-- One row per projection: the generation readers see, and the one a rebuild is filling.
CREATE TABLE "projections" (
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    -- The stream categories it reads (a JSON array of strings): health counts its waiting events.
    "categories" JSONB NOT NULL DEFAULT '[]',
    "active_generation" INTEGER NOT NULL DEFAULT 1,
    "rebuilding_generation" INTEGER,
    -- A generation replaced by a swap whose clean-up (drop, or alias activation) is still to run.
    "retired_generation" INTEGER,
    -- False until the first generation exists where the projection writes (an index, for external ones).
    "ready" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projections_pkey" PRIMARY KEY ("name"),
    CONSTRAINT "projections_kind_check" CHECK ("kind" IN ('postgres', 'external')),
    CONSTRAINT "projections_generation_positive" CHECK ("active_generation" > 0)
);

-- How far a projection has applied one partition of the log, written in the batch's transaction.
-- `lease` fences a partition's owner: it grows each time a worker takes the partition, and a batch
-- commits only while its worker's lease is the current one.
CREATE TABLE "projection_partition_checkpoints" (
    "projection" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "transaction_id" BIGINT NOT NULL DEFAULT 0,
    "global_position" BIGINT NOT NULL DEFAULT 0,
    -- The JetStream stream sequence of the last message settled: where a new consumer starts.
    "stream_sequence" BIGINT NOT NULL DEFAULT 0,
    -- recorded_at of the last event applied: lag in seconds without reading the event back.
    "recorded_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease" BIGINT NOT NULL DEFAULT 0,
    "owner" TEXT,

    CONSTRAINT "projection_partition_checkpoints_pkey" PRIMARY KEY ("projection", "partition"),
    CONSTRAINT "projection_partition_checkpoints_partition_check" CHECK ("partition" >= 0)
);

-- Written every second by the worker that owns a partition; kept apart from the checkpoint so a
-- long batch (which holds the checkpoint's row lock) never delays it.
CREATE TABLE "projection_consumers" (
    "projection" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "heartbeat_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Events per second over the owner's last few seconds.
    "rate" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "projection_consumers_pkey" PRIMARY KEY ("projection", "partition")
);

-- Events a projection could not apply (status failed), and the later events of their streams held
-- back behind them to keep per-stream order (status parked). `generation` is the generation they
-- failed in: a rebuild records its own, and the swap drops those of the replaced generation.
CREATE TABLE "projection_dead_letters" (
    "id" BIGSERIAL NOT NULL,
    "projection" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "event_id" UUID,
    "stream_id" TEXT,
    "partition" INTEGER,
    "transaction_id" BIGINT,
    "global_position" BIGINT,
    "event_type" TEXT,
    -- The event in its wire form (JSON), or for a body that is not an event, the body as received.
    "event" JSONB,
    "raw_body" TEXT,
    "stream_sequence" BIGINT,
    "correlation_id" TEXT,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "first_failed_at" TIMESTAMPTZ(6) NOT NULL,
    "last_failed_at" TIMESTAMPTZ(6) NOT NULL,
    "blocked_by" BIGINT,

    CONSTRAINT "projection_dead_letters_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "projection_dead_letters_status_check" CHECK ("status" IN ('failed', 'parked')),
    CONSTRAINT "projection_dead_letters_body_check" CHECK ("event" IS NOT NULL OR "raw_body" IS NOT NULL)
);
CREATE UNIQUE INDEX "projection_dead_letters_event_key"
    ON "projection_dead_letters" ("projection", "generation", "event_id");
CREATE INDEX "projection_dead_letters_stream_idx"
    ON "projection_dead_letters" ("projection", "generation", "stream_id", "id");

-- A rebuild: requested by an admin, run by a worker, with its own checkpoint (the position it has
-- read the event store to) and its progress. At most one per projection is requested or running.
CREATE TABLE "projection_rebuilds" (
    "id" BIGSERIAL NOT NULL,
    "projection" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "generation" INTEGER,
    "transaction_id" BIGINT NOT NULL DEFAULT 0,
    "global_position" BIGINT NOT NULL DEFAULT 0,
    "done" BIGINT NOT NULL DEFAULT 0,
    "total" BIGINT NOT NULL DEFAULT 0,
    "rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "eta_seconds" DOUBLE PRECISION,
    "error" TEXT,
    "lease" BIGINT NOT NULL DEFAULT 0,
    "owner" TEXT,
    "requested_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "finished_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projection_rebuilds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "projection_rebuilds_status_check"
        CHECK ("status" IN ('requested', 'running', 'done', 'failed'))
);
CREATE UNIQUE INDEX "projection_rebuilds_one_open_key"
    ON "projection_rebuilds" ("projection") WHERE "status" IN ('requested', 'running');

-- The relay's partition of a stream (packages/domain/src/relay/stream-partition.ts): FNV-1a, 32 bits,
-- over the UTF-8 bytes of the stream id, modulo the partition count. Health uses it to count a
-- partition's waiting events; a test checks it against the TypeScript function on many ids.
CREATE FUNCTION "shop_stream_partition"("stream_id" TEXT, "partition_count" INTEGER)
RETURNS INTEGER LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  bytes bytea := convert_to(stream_id, 'UTF8');
  hash bigint := 2166136261;
BEGIN
  FOR i IN 0 .. length(bytes) - 1 LOOP
    -- Below 2^32 times a prime below 2^25: the product fits a bigint before it is cut to 32 bits.
    hash := ((hash # get_byte(bytes, i)) * 16777619) & 4294967295;
  END LOOP;
  RETURN hash % partition_count;
END
$$;
