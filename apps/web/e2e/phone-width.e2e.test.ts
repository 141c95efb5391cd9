import { expect, test, type Page } from '@playwright/test';
import { createDemoWorld } from './support/demo-data';
import { expectNoSidewaysScroll, phoneViewport } from './support/phone-width';
import { signInAsAdmin } from './support/sign-in';
import type { World } from './support/world';

let world: World;

// Playwright reads fixtures from the first parameter's pattern, so it must be destructured even when empty.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  world = await createDemoWorld(testInfo.outputPath('logs'));
});

test.afterAll(async () => {
  await world?.dispose();
});

test.use({ viewport: phoneViewport });

test('the shopper’s and the admin’s pages fit a phone without scrolling sideways', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  /** Saves the page as it looks and checks it, carrying on to the next page if it is too wide. */
  const fits = async (name: string) => {
    // Folded parts (an event's payload, a projection's partitions) must fit once unfolded too.
    await page
      .locator('main details')
      .evaluateAll((folds) => folds.forEach((fold) => fold.setAttribute('open', '')));
    const path = testInfo.outputPath(`phone-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`phone-${name}`, { path, contentType: 'image/png' });
    await expectNoSidewaysScroll(page, { soft: true });
  };
  const products = page.getByTestId('product');

  await test.step('storefront and product page', async () => {
    await signIn(page, 'ada@shop.example');
    // The projectors read the seeded catalog first.
    await expect(async () => {
      await page.goto(world.baseUrl);
      await expect(products.first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await fits('storefront');
    await products.first().getByRole('link').click();
    await page.waitForURL(/\/products\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('product-detail')).toBeVisible();
    await fits('product');
  });

  await test.step('cart and checkout', async () => {
    await addSomethingInStock(page);
    await page.goto(`${world.baseUrl}/cart`);
    await expect(page.getByTestId('cart-line').first()).toBeVisible();
    await fits('cart');
    await page.getByRole('link', { name: 'Check out' }).click();
    await expect(page.getByLabel('Card number')).toBeVisible();
    await fits('checkout');
  });

  await test.step('my orders', async () => {
    await page.goto(`${world.baseUrl}/orders`);
    await expect(page.getByRole('heading', { name: 'My orders', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Order / }).first()).toBeVisible();
    await fits('my-orders');
  });

  await test.step('admin orders, an order, and the projections console', async () => {
    await page.context().clearCookies();
    await signInAsAdmin(page, world.baseUrl);
    await expect(async () => {
      await page.goto(`${world.baseUrl}/admin/orders`);
      await expect(page.getByTestId('order-row').first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await fits('admin-orders');
    await page
      .getByTestId('order-row')
      .first()
      .getByRole('link', { name: /^Order / })
      .click();
    await page.waitForURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('timeline-event').first()).toBeVisible();
    await fits('admin-order');
    await page.goto(`${world.baseUrl}/admin/projections`);
    await expect(page.getByRole('heading', { name: 'Projections', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /replay/i }).first()).toBeVisible();
    await fits('projections');
  });
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${world.baseUrl}/sign-in?next=%2F`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${world.baseUrl}/`);
}

/** Puts one of the first in-stock products of the storefront in the cart, and waits until it is. */
async function addSomethingInStock(page: Page): Promise<void> {
  await page.goto(`${world.baseUrl}/?in-stock=1`);
  await page.getByTestId('product').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByTestId('pending-notice')).toContainText('In your cart.', {
    timeout: 30_000,
  });
}
