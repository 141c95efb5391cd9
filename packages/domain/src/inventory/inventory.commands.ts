import { z } from 'zod';
import {
  adjustmentReasonSchema,
  countedOnHandSchema,
  orderIdSchema,
  productIdSchema,
  stockQuantitySchema,
} from './inventory.fields';

const command = <const Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ type: z.literal(type), data });

export const receiveStockDataSchema = z.object({
  productId: productIdSchema,
  quantity: stockQuantitySchema,
});
export const receiveStockSchema = command('ReceiveStock', receiveStockDataSchema);
export type ReceiveStock = z.infer<typeof receiveStockSchema>;

export const reserveStockDataSchema = z.object({
  productId: productIdSchema,
  orderId: orderIdSchema,
  quantity: stockQuantitySchema,
});
export const reserveStockSchema = command('ReserveStock', reserveStockDataSchema);
export type ReserveStock = z.infer<typeof reserveStockSchema>;

/** Release and commit name the reservation only: the quantity is the one reserved. */
export const reservationRefSchema = z.object({
  productId: productIdSchema,
  orderId: orderIdSchema,
});

export const releaseReservationSchema = command('ReleaseReservation', reservationRefSchema);
export type ReleaseReservation = z.infer<typeof releaseReservationSchema>;

export const commitReservationSchema = command('CommitReservation', reservationRefSchema);
export type CommitReservation = z.infer<typeof commitReservationSchema>;

export const adjustStockDataSchema = z.object({
  productId: productIdSchema,
  countedOnHand: countedOnHandSchema,
  reason: adjustmentReasonSchema,
});
export const adjustStockSchema = command('AdjustStock', adjustStockDataSchema);
export type AdjustStock = z.infer<typeof adjustStockSchema>;

export const inventoryCommandSchema = z.discriminatedUnion('type', [
  receiveStockSchema,
  reserveStockSchema,
  releaseReservationSchema,
  commitReservationSchema,
  adjustStockSchema,
]);
export type InventoryCommand = z.infer<typeof inventoryCommandSchema>;
