import { cartEventCodec } from './cart/index';
import { customerEventCodec, emailReservationEventCodec } from './customer/index';
import { inventoryEventCodec } from './inventory/index';
import { orderEventCodec } from './order/index';
import { productEventCodec } from './product/index';

/**
 * Every event definition of the domain, across slices: the source of the schema registry
 * (schema-registry/) and of anything else that must know all event types. A new slice adds its
 * codec here (all-events.unit.test.ts fails until it does).
 */
export const allEventDefinitions = [
  productEventCodec,
  customerEventCodec,
  emailReservationEventCodec,
  inventoryEventCodec,
  cartEventCodec,
  orderEventCodec,
].flatMap((codec) => codec.definitions);
