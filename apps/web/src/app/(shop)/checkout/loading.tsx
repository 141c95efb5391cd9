import { PageLoading } from '../cart/_components/page-loading';

export default function CheckoutLoading() {
  return <PageLoading title="Checkout" message="Loading your cart…" />;
}
