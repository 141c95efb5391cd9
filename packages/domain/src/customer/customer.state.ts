export type CustomerState =
  | { readonly status: 'Unregistered' }
  | {
      readonly status: 'Registered';
      readonly customerId: string;
      readonly email: string;
      readonly name: string;
    };

export const initialCustomerState: CustomerState = { status: 'Unregistered' };
