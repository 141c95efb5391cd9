import { describe, it } from 'vitest';
import { deciderSpec } from '../shared/decider-spec';
import { customerAggregate, type CustomerRegistered, type RegisterCustomer } from './index';

const customerId = '7c0e8a52-3d4b-4f0e-8a1c-2b9e6d5f4a01';
const spec = deciderSpec(customerAggregate.decider);

const registerAda: RegisterCustomer = {
  type: 'RegisterCustomer',
  data: { customerId, email: 'ada@example.com', name: 'Ada Lovelace' },
};
const adaRegistered: CustomerRegistered = { type: 'CustomerRegistered', data: registerAda.data };
const rename = (name: string) => ({
  type: 'ChangeCustomerName' as const,
  data: { customerId, name },
});

describe('RegisterCustomer', () => {
  it('registers a new customer', () => {
    spec.given([]).when(registerAda).then([adaRegistered]);
  });

  it('is idempotent: the same registration again changes nothing', () => {
    spec.given([adaRegistered]).when(registerAda).then([]);
  });

  it('refuses other details under an id already registered', () => {
    const withOther = (change: Partial<RegisterCustomer['data']>): RegisterCustomer => ({
      ...registerAda,
      data: { ...registerAda.data, ...change },
    });
    spec
      .given([adaRegistered])
      .when(withOther({ email: 'ada@other.example' }))
      .thenFails('CustomerAlreadyRegistered');
    spec
      .given([adaRegistered])
      .when(withOther({ name: 'Augusta Ada King' }))
      .thenFails('CustomerAlreadyRegistered');
  });
});

describe('ChangeCustomerName', () => {
  it('renames a registered customer', () => {
    spec
      .given([adaRegistered])
      .when(rename('Augusta Ada King'))
      .then([{ type: 'CustomerRenamed', data: { customerId, name: 'Augusta Ada King' } }]);
  });

  it('changes nothing for the name the customer has', () => {
    spec.given([adaRegistered]).when(rename('Ada Lovelace')).then([]);
    spec
      .given([adaRegistered, { type: 'CustomerRenamed', data: { customerId, name: 'Ada K' } }])
      .when(rename('Ada K'))
      .then([]);
  });

  it('refuses a customer who never registered', () => {
    spec.given([]).when(rename('Ada')).thenFails('CustomerNotFound');
  });
});
