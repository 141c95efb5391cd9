/** The demo shoppers; their fixed ids make seeding idempotent. They sign in with the email alone. */
export const demoCustomers = [
  {
    customerId: '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e01',
    email: 'ada@shop.example',
    name: 'Ada Lovelace',
  },
  {
    customerId: '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e02',
    email: 'grace@shop.example',
    name: 'Grace Hopper',
  },
  {
    customerId: '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e03',
    email: 'linus@shop.example',
    name: 'Linus Pauling',
  },
] as const;
