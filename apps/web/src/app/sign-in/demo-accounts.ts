/**
 * The shoppers the demo data registers (apps/worker/src/demo-data/customers.ts): shown on the
 * sign-in page, since demo shoppers sign in with their email alone.
 */
export const demoShopperEmails = ['ada@shop.example', 'grace@shop.example', 'linus@shop.example'];
