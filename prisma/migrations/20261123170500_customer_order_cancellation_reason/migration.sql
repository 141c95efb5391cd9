-- A shopper sees why their order was cancelled (a declined card, stock that ran out): the
-- customer-orders projection keeps the reason its OrderCancelled gives. Rows written before this
-- column have none until the projection is rebuilt.
ALTER TABLE "customer_orders" ADD COLUMN "cancellation_reason" TEXT;
