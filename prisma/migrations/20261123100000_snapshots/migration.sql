-- Snapshots: the latest state of a stream, a cache in front of the event store (never a source of
-- truth; a row may be deleted at any time and is rebuilt from the stream). `state` is the JSON form
-- of the aggregate's state in shape `snapshot_schema_version`; a row of another version is ignored.
CREATE TABLE "snapshots" (
    "stream_id" TEXT NOT NULL,
    "stream_version" INTEGER NOT NULL,
    "snapshot_schema_version" INTEGER NOT NULL,
    "state" JSONB NOT NULL,
    "taken_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("stream_id"),
    CONSTRAINT "snapshots_stream_version_positive" CHECK ("stream_version" > 0)
);
