import { StaleBanner } from '~/app/_consistency';
import { ProductNotFound } from './_components/product-not-found';

export default function NotFound() {
  return (
    <>
      <ProductNotFound />
      {/* A product added moments ago is missing while the product pages lag: say so. */}
      <StaleBanner projections={['product-detail']} audience="admin" />
    </>
  );
}
