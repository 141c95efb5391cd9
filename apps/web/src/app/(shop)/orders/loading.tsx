import { PageLoading } from '../cart/_components/page-loading';

export default function OrdersLoading() {
  return <PageLoading title="My orders" message="Loading your orders…" />;
}
