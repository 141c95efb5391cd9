'use client';

import {
  discontinueProductInputSchema,
  receiveStockInputSchema,
  repriceProductInputSchema,
} from '@shop/domain';
import type { QueryKey } from '@tanstack/react-query';
import type { AdminProduct } from '~/server/trpc/routers/admin-products/by-id.types';
import { CommandForm } from '../../../_components/command-form';
import { productDetailsSchema } from '../../_lib/product-details-schema';
import {
  discontinueProductAction,
  editProductDetailsAction,
  receiveStockAction,
  repriceProductAction,
} from '../actions';
import local from './product.module.css';

interface FormProps {
  readonly product: AdminProduct;
  readonly invalidate: readonly QueryKey[];
}

/** Every product form waits for the product's page to show its change. */
const showing = (invalidate: readonly QueryKey[], pending?: string) =>
  ({ await: 'product-detail', invalidate, pending }) as const;

export function ProductDetailsForm({ product, invalidate }: FormProps) {
  return (
    <CommandForm
      action={editProductDetailsAction}
      schema={productDetailsSchema}
      initial={{
        productId: product.productId,
        name: product.name,
        description: product.description,
        category: product.category,
        tags: product.tags.join(', '),
      }}
      hidden={['productId']}
      idPrefix="details"
      title="Product details"
      submit="Save details"
      submitting="Saving…"
      then={showing(invalidate)}
    >
      {(field) => (
        <>
          {field('name', 'Name', (control) => (
            <input {...control} type="text" autoComplete="off" />
          ))}
          {field(
            'description',
            'Description',
            (control) => (
              <textarea {...control} />
            ),
            'Optional.',
          )}
          {field(
            'category',
            'Category',
            (control) => (
              <input {...control} type="text" autoComplete="off" />
            ),
            'A name such as “Home decor”; kept as home-decor.',
          )}
          {field(
            'tags',
            'Tags',
            (control) => (
              <input {...control} type="text" autoComplete="off" />
            ),
            'Separated by commas, at most 10.',
          )}
        </>
      )}
    </CommandForm>
  );
}

export function RepriceForm({ product, invalidate }: FormProps) {
  const { currency } = product.price;
  return (
    <CommandForm
      action={repriceProductAction}
      schema={repriceProductInputSchema}
      initial={{ productId: product.productId, price: product.priceText, currency }}
      hidden={['productId', 'currency']}
      idPrefix="reprice"
      title="Reprice"
      submit="Reprice"
      submitting="Repricing…"
      then={showing(invalidate)}
    >
      {(field) =>
        field(
          'price',
          'New price',
          (control) => (
            <span className={local.suffixed}>
              <input {...control} type="text" inputMode="decimal" autoComplete="off" />
              <span aria-hidden="true">{currency}</span>
            </span>
          ),
          `In ${currency}, the currency it is listed in; for example 12.50.`,
        )
      }
    </CommandForm>
  );
}

export function ReceiveStockForm({ product, invalidate }: FormProps) {
  return (
    <CommandForm
      action={receiveStockAction}
      schema={receiveStockInputSchema}
      initial={{ productId: product.productId, quantity: '' }}
      hidden={['productId']}
      idPrefix="stock"
      title="Receive stock"
      submit="Receive stock"
      submitting="Receiving…"
      then={showing(invalidate, 'Received — updating the stock…')}
      resetOnSuccess
    >
      {(field) =>
        field(
          'quantity',
          'Quantity received',
          (control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" />,
          `${product.available} available now.`,
        )
      }
    </CommandForm>
  );
}

export function DiscontinueForm({ product, invalidate }: FormProps) {
  return (
    <details className={local.discontinue}>
      <summary>Discontinue {product.name}…</summary>
      <CommandForm
        action={discontinueProductAction}
        schema={discontinueProductInputSchema}
        initial={{ productId: product.productId, reason: '' }}
        hidden={['productId']}
        idPrefix="discontinue"
        title="Discontinue"
        submit="Discontinue for good"
        submitting="Discontinuing…"
        tone="danger"
        then={showing(invalidate)}
      >
        {(field) =>
          field(
            'reason',
            'Reason',
            (control) => <textarea {...control} />,
            'Optional. It can no longer be ordered or changed afterwards.',
          )
        }
      </CommandForm>
    </details>
  );
}
