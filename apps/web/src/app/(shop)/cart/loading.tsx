import { PageLoading } from './_components/page-loading';

export default function CartLoading() {
  return <PageLoading title="Your cart" message="Loading your cart…" />;
}
