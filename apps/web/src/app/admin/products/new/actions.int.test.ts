import { productStreamId } from '@shop/domain';
import type * as AddProductActions from './actions';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  adminSession,
  nextHeadersMock,
  adminTestWorldPerFile,
  shopperSession,
  signInAs,
} from '../../_lib/test-support/admin-test-world';
import { formData } from '../../_lib/test-support/shop-history';
import { initialAddProductFormState } from './form-state';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => nextHeadersMock);

const world = adminTestWorldPerFile();
let addProductAction: typeof AddProductActions.addProductAction;

beforeAll(async () => {
  ({ addProductAction } = await import('./actions'));
});

const mug = { name: 'Stoneware mug', description: 'Hand-thrown', price: '12.50', currency: 'EUR' };

/** Where the action redirected to: Next's redirect() throws, carrying the URL in its digest. */
async function redirectedTo(outcome: Promise<unknown>): Promise<URL> {
  const thrown: unknown = await outcome.then(
    () => null,
    (error: unknown) => error,
  );
  const digest = thrown instanceof Error && 'digest' in thrown ? String(thrown.digest) : '';
  const [kind, , url] = digest.split(';');
  if (kind !== 'NEXT_REDIRECT' || !url) throw new Error(`No redirect, but ${String(thrown)}`);
  return new URL(url, 'http://shop.test');
}

describe('addProductAction', () => {
  it('adds the product and sends the admin to the storefront, awaiting its position', async () => {
    signInAs(adminSession);
    const url = await redirectedTo(addProductAction(initialAddProductFormState, formData(mug)));
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('awaiting')).toMatch(/^\d+:\d+$/);
    expect(url.searchParams.get('name')).toBe('Stoneware mug');
    const productId = url.searchParams.get('product') ?? '';
    const [added] = await world().deps.eventStore.readStream(productStreamId(productId));
    expect(added).toMatchObject({
      type: 'ProductAdded',
      data: { name: 'Stoneware mug', price: { amountMinor: 1_250, currency: 'EUR' } },
      metadata: { actor: 'admin:admin@shop.example' },
    });
  });

  it('keeps what was typed beside the messages of a rejected form, and stores nothing', async () => {
    signInAs(adminSession);
    const before = await world().countEvents();
    const state = await addProductAction(
      initialAddProductFormState,
      formData({ ...mug, name: '', price: '-1' }),
    );
    expect(state).toEqual({
      status: 'invalid',
      values: { ...mug, name: '', price: '-1' },
      message: 'Please correct the highlighted fields.',
      fieldErrors: {
        name: ['Name is required'],
        price: ['Price must be a number such as 12.50'],
      },
      formErrors: [],
    });
    expect(await world().countEvents()).toBe(before);
  });

  it('refuses anyone but an admin, and stores nothing', async () => {
    const before = await world().countEvents();
    for (const session of [null, shopperSession]) {
      signInAs(session);
      expect(await addProductAction(initialAddProductFormState, formData(mug))).toEqual({
        status: 'failed',
        values: mug,
        message: 'Only a signed-in admin can add products. Sign in as an admin and try again.',
      });
    }
    expect(await world().countEvents()).toBe(before);
  });
});
