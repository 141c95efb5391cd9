import { nameBasedId } from '../shared/name-based-id';

/** The id of one step of one order's saga, e.g. `reserve/<productId>` or `authorize`. */
export const sagaStepId = (orderId: string, step: string): string =>
  nameBasedId(`order-fulfillment/${orderId}/${step}`);
