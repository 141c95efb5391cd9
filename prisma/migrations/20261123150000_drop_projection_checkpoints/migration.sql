-- Projections now checkpoint each partition of the log (projection_partition_checkpoints); the
-- single checkpoint per projection is written by nothing.
DROP TABLE "projection_checkpoints";
