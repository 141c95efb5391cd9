import type { Metadata } from 'next';
import { AddProductForm } from './_components/add-product-form';

export const metadata: Metadata = { title: 'Add a product' };

export default function NewProductPage() {
  return (
    <>
      <h1>Add a product</h1>
      <AddProductForm />
    </>
  );
}
