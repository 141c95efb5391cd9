-- "Newest first" without text (the storefront's browse): the page is read in this index's order
-- and stops after it, instead of sorting every listed product. Partial: discontinued products are
-- never listed.
CREATE INDEX "search_products_newest_idx"
    ON "search_products" ("generation", "added_at" DESC, "product_id")
    WHERE NOT "discontinued";
