import { PageLoading } from '../../cart/_components/page-loading';

export default function OrderLoading() {
  return <PageLoading title="Your order" message="Loading your order…" />;
}
