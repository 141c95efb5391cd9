-- Search, Postgres engine: full-text search with weighted tsvectors; typo tolerance and "did you
-- mean" with pg_trgm over the catalog's words (search_terms).
-- Every row carries the projection generation it belongs to, so a rebuild fills generation n + 1
-- beside the live generation n and readers switch with the active generation.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- One row per product the product stream has added (discontinued ones stay, flagged, so that a
-- replayed older event cannot bring them back).
CREATE TABLE "search_products" (
    "generation" INTEGER NOT NULL,
    "product_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "tags" TEXT[] NOT NULL,
    "price_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "added_at" TIMESTAMPTZ(6) NOT NULL,
    "discontinued" BOOLEAN NOT NULL,
    -- Name (A), tags and category (B), description (C), English stemming.
    "search_vector" TSVECTOR NOT NULL,

    CONSTRAINT "search_products_pkey" PRIMARY KEY ("generation", "product_id")
);

CREATE INDEX "search_products_vector_idx" ON "search_products" USING GIN ("search_vector");
CREATE INDEX "search_products_tags_idx" ON "search_products" USING GIN ("tags");

-- Stock per product, fed by the inventory stream; a separate row because the two streams are
-- applied independently (possibly by different partitions) and must not overwrite each other.
CREATE TABLE "search_stock" (
    "generation" INTEGER NOT NULL,
    "product_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL,

    CONSTRAINT "search_stock_pkey" PRIMARY KEY ("generation", "product_id")
);

-- The words of listed products with how many products use each: "did you mean" picks the closest.
CREATE TABLE "search_terms" (
    "generation" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "products" INTEGER NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("generation", "term"),
    CONSTRAINT "search_terms_products_positive" CHECK ("products" > 0)
);

CREATE INDEX "search_terms_term_trgm_idx" ON "search_terms" USING GIN ("term" gin_trgm_ops);
