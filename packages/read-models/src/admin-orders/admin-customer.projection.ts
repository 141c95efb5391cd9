import {
  assertNever,
  customerEventCodec,
  customerStreamCategory,
  type CustomerEvent,
} from '@shop/domain';
import { MalformedEvent } from '../shared/malformed-event';
import { streamRowEvolver, type StreamRow } from '../shared/stream-row';

/** What the admin order list shows of a customer. */
export interface AdminCustomerRow extends StreamRow {
  readonly customerId: string;
  readonly email: string;
  readonly name: string;
}

export const evolveAdminCustomer = streamRowEvolver<AdminCustomerRow, CustomerEvent>({
  category: customerStreamCategory,
  codec: customerEventCodec,
  idInData: (event) => event.data.customerId,
  create(customerId, event, recorded) {
    if (event.type !== 'CustomerRegistered') {
      throw new MalformedEvent(recorded, 'the customer has no CustomerRegistered before it');
    }
    return { customerId, email: event.data.email, name: event.data.name };
  },
  evolve(customer, event) {
    switch (event.type) {
      case 'CustomerRegistered':
        return { ...customer, email: event.data.email, name: event.data.name };
      case 'CustomerRenamed':
        return { ...customer, name: event.data.name };
      default:
        return assertNever(event);
    }
  },
});
