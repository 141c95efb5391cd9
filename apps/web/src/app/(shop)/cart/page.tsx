import type { Metadata } from 'next';
import { StaleBanner } from '~/app/_consistency';
import { requireShopperPage } from '~/server/auth/guards';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';
import { CartView } from './_components/cart-view';

export const metadata: Metadata = { title: 'Your cart' };

export default async function CartPage() {
  await requireShopperPage('/cart');
  await prefetch(trpc.cart.mine.queryOptions());
  return (
    <>
      <h1>Your cart</h1>
      <HydrateClient>
        <CartView />
        <StaleBanner projections={['cart']} />
      </HydrateClient>
    </>
  );
}
