-- Read models. Every row carries the generation it belongs to (part of its key), so a rebuild
-- fills generation n + 1 beside the live generation n and the swap is one update of the active
-- generation. Money is integer minor units beside a currency code; never floats.

-- The catalog gains generations, categories, tags and stock. Its old rows cannot be converted (the
-- stock and categories they lack come only from a replay of the log), so they are dropped: the
-- projection runtime's checkpoints (20261123110000_projection_runtime) start empty, so the catalog
-- is replayed from the start of the log.
TRUNCATE "catalog_products";
ALTER TABLE "catalog_products" DROP CONSTRAINT "catalog_products_pkey";
ALTER TABLE "catalog_products" RENAME COLUMN "version" TO "product_version";
ALTER TABLE "catalog_products"
    ADD COLUMN "generation" INTEGER NOT NULL,
    ADD COLUMN "status" TEXT NOT NULL,
    ADD COLUMN "category" TEXT,
    ADD COLUMN "tags" JSONB,
    ADD COLUMN "on_hand" INTEGER NOT NULL,
    ADD COLUMN "reserved" INTEGER NOT NULL,
    ADD COLUMN "inventory_version" INTEGER NOT NULL,
    ALTER COLUMN "name" DROP NOT NULL,
    ALTER COLUMN "description" DROP NOT NULL,
    ALTER COLUMN "price_minor" DROP NOT NULL,
    ALTER COLUMN "currency" DROP NOT NULL,
    ALTER COLUMN "added_at" DROP NOT NULL,
    ADD CONSTRAINT "catalog_products_pkey" PRIMARY KEY ("generation", "product_id"),
    -- Stock may arrive before the product: such a row is Unlisted and has no product columns yet.
    ADD CONSTRAINT "catalog_products_status_check" CHECK (
        "status" = 'Unlisted' OR ("status" IN ('Listed', 'Discontinued') AND "name" IS NOT NULL
        AND "description" IS NOT NULL AND "category" IS NOT NULL AND "tags" IS NOT NULL
        AND "price_minor" IS NOT NULL AND "currency" IS NOT NULL AND "added_at" IS NOT NULL));
CREATE INDEX "catalog_products_generation_status_category_added_at_idx"
    ON "catalog_products"("generation", "status", "category", "added_at");

CREATE TABLE "product_details" (
    "generation" INTEGER NOT NULL,
    "product_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "category" TEXT,
    "tags" JSONB,
    "price_minor" INTEGER,
    "currency" CHAR(3),
    "added_at" TIMESTAMPTZ(6),
    "product_version" INTEGER NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL,
    "inventory_version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "product_details_pkey" PRIMARY KEY ("generation", "product_id"),
    CONSTRAINT "product_details_status_check" CHECK (
        "status" = 'Unlisted' OR ("status" IN ('Listed', 'Discontinued') AND "name" IS NOT NULL
        AND "description" IS NOT NULL AND "category" IS NOT NULL AND "tags" IS NOT NULL
        AND "price_minor" IS NOT NULL AND "currency" IS NOT NULL AND "added_at" IS NOT NULL))
);

CREATE TABLE "inventory_levels" (
    "generation" INTEGER NOT NULL,
    "product_id" UUID NOT NULL,
    "product_status" TEXT NOT NULL,
    "product_name" TEXT,
    "product_version" INTEGER NOT NULL,
    "on_hand" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL,
    "inventory_version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "inventory_levels_pkey" PRIMARY KEY ("generation", "product_id"),
    CONSTRAINT "inventory_levels_product_status_check" CHECK (
        "product_status" = 'Unlisted' OR ("product_status" IN ('Listed', 'Discontinued')
        AND "product_name" IS NOT NULL))
);
CREATE INDEX "inventory_levels_generation_product_name_idx"
    ON "inventory_levels"("generation", "product_name");

CREATE TABLE "carts" (
    "generation" INTEGER NOT NULL,
    "cart_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "order_id" UUID,
    "customer_id" UUID,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "carts_pkey" PRIMARY KEY ("generation", "cart_id")
);

CREATE TABLE "customer_orders" (
    "generation" INTEGER NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID,
    "status" TEXT NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "paid_minor" INTEGER,
    "refunded_minor" INTEGER NOT NULL,
    "lines" JSONB NOT NULL,
    "item_count" INTEGER NOT NULL,
    "carrier" TEXT,
    "tracking_number" TEXT,
    "placed_at" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "customer_orders_pkey" PRIMARY KEY ("generation", "order_id")
);
CREATE INDEX "customer_orders_generation_customer_id_placed_at_idx"
    ON "customer_orders"("generation", "customer_id", "placed_at");

CREATE TABLE "admin_orders" (
    "generation" INTEGER NOT NULL,
    "order_id" UUID NOT NULL,
    "customer_id" UUID,
    "customer_email" TEXT,
    "customer_name" TEXT,
    "status" TEXT NOT NULL,
    "total_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "paid_minor" INTEGER,
    "refunded_minor" INTEGER NOT NULL,
    "item_count" INTEGER NOT NULL,
    "placed_at" TIMESTAMPTZ(6) NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "admin_orders_pkey" PRIMARY KEY ("generation", "order_id")
);
CREATE INDEX "admin_orders_generation_placed_at_idx" ON "admin_orders"("generation", "placed_at");
CREATE INDEX "admin_orders_generation_status_placed_at_idx"
    ON "admin_orders"("generation", "status", "placed_at");
CREATE INDEX "admin_orders_generation_customer_id_idx"
    ON "admin_orders"("generation", "customer_id");

CREATE TABLE "admin_order_customers" (
    "generation" INTEGER NOT NULL,
    "customer_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "admin_order_customers_pkey" PRIMARY KEY ("generation", "customer_id")
);

CREATE TABLE "order_histories" (
    "generation" INTEGER NOT NULL,
    "order_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "paid_minor" INTEGER,
    "refunded_minor" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "order_histories_pkey" PRIMARY KEY ("generation", "order_id")
);

CREATE TABLE "order_status_changes" (
    "generation" INTEGER NOT NULL,
    "order_id" UUID NOT NULL,
    "stream_version" INTEGER NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(6) NOT NULL,
    "actor" TEXT NOT NULL,
    "correlation_id" UUID NOT NULL,

    CONSTRAINT "order_status_changes_pkey" PRIMARY KEY ("generation", "order_id", "stream_version")
);
