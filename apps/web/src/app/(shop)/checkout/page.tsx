import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { StaleBanner } from '~/app/_consistency';
import { requireShopperPage } from '~/server/auth/guards';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { CheckoutForm } from './_components/checkout-form';

export const metadata: Metadata = { title: 'Checkout' };

export default async function CheckoutPage() {
  await requireShopperPage('/checkout');
  await prefetch(trpc.cart.mine.queryOptions());
  // Chosen now, so the card is saved under the order it pays for and a resent form retries it.
  const orderId = randomUUID();
  return (
    <>
      <h1>Checkout</h1>
      <HydrateClient>
        <CheckoutForm orderId={orderId} />
        <StaleBanner projections={['cart']} />
      </HydrateClient>
    </>
  );
}
