import { OrderNotFound } from './_components/order-not-found';

export default function NotFound() {
  return <OrderNotFound />;
}
