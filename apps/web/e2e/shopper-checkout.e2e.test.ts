import { randomBytes } from 'node:crypto';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { cartStreamId, shopperCartId } from '@shop/domain';
import { appendCatalogProducts } from './support/catalog-products';
import { countEventsWhere } from './support/event-counts';
import { seedDemoData } from './support/demo-data';
import { expectNoSidewaysScroll, phoneViewport } from './support/phone-width';
import { createWorld, type World } from './support/world';

let world: World;
let mugId: string;
/** The order the first test places, which another shopper then tries to open. */
let adasOrderPath: string | undefined;
const mug = `Enamel camp mug ${randomBytes(3).toString('hex')}`;
/** The demo data's shoppers (apps/worker/src/demo-data/customers.ts). */
const demoShopper = { ada: '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e01' };

// Playwright reads fixtures from the first parameter's pattern, so it must be destructured even when empty.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  world = await createWorld(testInfo.outputPath('logs'));
  await seedDemoData(world.databaseUrl);
  [mugId = ''] = await appendCatalogProducts(world.databaseUrl, [
    {
      name: mug,
      description: 'Speckled enamel, 350 ml.',
      category: 'kitchen',
      priceMinor: 1_250,
      stock: 40,
    },
  ]);
  await world.startWorker('relay');
  await world.startWorker('projectors');
  await world.startWorker('saga');
});

test.afterAll(async () => {
  await world?.dispose();
});

const screenshot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

async function signIn(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`${world.baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${world.baseUrl}${next}`);
}

/** The product page, once the projectors have read the seeded catalog. */
async function openMugPage(page: Page): Promise<void> {
  await expect(async () => {
    await page.goto(`${world.baseUrl}/products/${mugId}`);
    await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 90_000 });
}

async function addMugs(page: Page, quantity: number): Promise<void> {
  await page.getByLabel('Quantity', { exact: true }).fill(String(quantity));
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByTestId('pending-notice')).toContainText('In your cart.', {
    timeout: 30_000,
  });
}

async function fillCheckout(page: Page, cardNumber: string): Promise<void> {
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Street address').fill('12 St James Square');
  await page.getByLabel('Postal code').fill('SW1Y 4JH');
  await page.getByLabel('City').fill('London');
  await page.getByLabel('Country').fill('GB');
  await page.getByLabel('Card number').fill(cardNumber);
}

const orderStatus = (page: Page) => page.getByTestId('order-status');

test('a shopper fills a cart, checks out, and follows the order until it is confirmed', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => screenshot(page, testInfo, name);
  const line = page.getByTestId('cart-line').filter({ hasText: mug });
  const notice = page.getByTestId('pending-notice');

  await test.step('a signed-in shopper adds the product: pending, then in the cart', async () => {
    await signIn(page, 'ada@shop.example', '/');
    await openMugPage(page);
    await page.getByLabel('Quantity', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(notice).toHaveAttribute('data-status', 'pending');
    await expect(notice).toContainText('In your cart.', { timeout: 30_000 });
    await expect(notice).toHaveAttribute('data-status', 'fresh');
    await shot('product-added');
  });

  await test.step('the cart shows the line at the catalog price, with totals', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cart' })
      .click();
    await page.waitForURL(`${world.baseUrl}/cart`);
    await expect(line).toContainText('€12.50 each');
    await expect(page.getByLabel(`Quantity of ${mug}`, { exact: true })).toHaveValue('2');
    await expect(line.getByTestId('line-total')).toHaveText('€25.00');
    await expect(page.getByTestId('cart-total')).toHaveText('€25.00');
    await shot('cart');
  });

  await test.step('quantities change at once, and stay once the cart has them', async () => {
    await page.getByRole('button', { name: `One more ${mug}` }).click();
    await expect(page.getByLabel(`Quantity of ${mug}`, { exact: true })).toHaveValue('3');
    await expect(page.getByTestId('cart-total')).toHaveText('€37.50');
    await expect(notice).toHaveText('Your cart is up to date.', { timeout: 30_000 });

    const quantity = page.getByLabel(`Quantity of ${mug}`, { exact: true });
    await quantity.fill('4');
    await quantity.press('Enter');
    await expect(page.getByTestId('cart-total')).toHaveText('€50.00');
    await expect(notice).toHaveText('Your cart is up to date.', { timeout: 30_000 });
    await page.reload();
    await expect(page.getByLabel(`Quantity of ${mug}`, { exact: true })).toHaveValue('4');
    await expect(page.getByTestId('item-count')).toHaveText('4');
    await shot('cart-changed');
  });

  await test.step('an impossible quantity is explained and sends nothing', async () => {
    const adasCart = { streamId: cartStreamId(shopperCartId(demoShopper.ada, 0)) };
    const eventsBefore = await countEventsWhere(world.databaseUrl, adasCart);
    const quantity = page.getByLabel(`Quantity of ${mug}`, { exact: true });
    await quantity.fill('0');
    await quantity.press('Enter');
    await expect(quantity).toHaveAccessibleDescription('Quantity must be at least 1');
    await expect(page.getByTestId('cart-total')).toHaveText('€50.00');
    await shot('cart-invalid-quantity');
    expect(await countEventsWhere(world.databaseUrl, adasCart)).toBe(eventsBefore);
    await quantity.fill('4');
    await quantity.press('Enter');
  });

  await test.step('the checkout form names what is missing, then takes a test card', async () => {
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.waitForURL(`${world.baseUrl}/checkout`);
    await expect(page.getByTestId('line-items-total')).toHaveText('€50.00');
    await page.getByRole('button', { name: /^Place order/ }).click();
    await expect(page.getByLabel('Full name')).toHaveAccessibleDescription('Recipient is required');
    await expect(page.getByLabel('Card number')).toHaveAccessibleDescription(
      /Card number must be 12 to 19 digits/,
    );
    await shot('checkout-invalid');
    await fillCheckout(page, '4242 4242 4242 4242');
    await expect(page.getByLabel('Full name')).not.toHaveAttribute('aria-invalid', 'true');
    await shot('checkout');
  });

  await test.step('the order page shows the order as pending until its read model has it', async () => {
    // Without projectors, nothing reaches the read models: the order must show as pending.
    await world.stopWorker('projectors');
    await page.getByRole('button', { name: /^Place order/ }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=\d+%3A\d+$/);
    await expect(notice).toHaveAttribute('data-status', 'pending');
    await expect(notice).toContainText('Placing your order');
    await expect(orderStatus(page)).toContainText('waiting for your order');
    await page.waitForTimeout(1_500);
    await expect(notice).toHaveAttribute('data-status', 'pending');
    await shot('order-pending');
  });

  await test.step('then follows it through its states to confirmed', async () => {
    await world.startWorker('projectors');
    await expect(notice).toHaveText('Your order is placed.', { timeout: 60_000 });
    await expect(orderStatus(page)).toContainText('Status: Confirmed', { timeout: 60_000 });
    await expect(page.getByTestId('status-history').getByRole('listitem')).toContainText(
      ['Placed', 'Stock reserved', 'Payment authorized', 'Confirmed'],
      { timeout: 30_000 },
    );
    await shot('order-confirmed');
  });

  await test.step('my orders lists it, and the cart is empty again', async () => {
    const orderPath = new URL(page.url()).pathname;
    adasOrderPath = orderPath;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My orders' })
      .click();
    await page.waitForURL(`${world.baseUrl}/orders`);
    const row = page.getByTestId('order').filter({ has: page.locator(`a[href="${orderPath}"]`) });
    await expect(row).toContainText('Confirmed');
    await expect(row).toContainText('€50.00');
    await shot('my-orders');
    await page.goto(`${world.baseUrl}/cart`);
    await expect(page.getByText('Your cart is empty.')).toBeVisible({ timeout: 30_000 });
  });
});

test('a declined card ends in a cancelled order that says why (at phone width)', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const shot = async (name: string) => {
    await screenshot(page, testInfo, name);
    await expectNoSidewaysScroll(page, { soft: true });
  };
  await page.setViewportSize(phoneViewport);
  await signIn(page, 'grace@shop.example', '/');
  await openMugPage(page);
  await addMugs(page, 1);
  await page.goto(`${world.baseUrl}/cart`);
  await expect(page.getByTestId('cart-line').filter({ hasText: mug })).toBeVisible();
  await shot('phone-cart');
  await page.getByRole('link', { name: 'Check out' }).click();
  await fillCheckout(page, '4000 0000 0000 0002');
  await shot('phone-checkout');
  await page.getByRole('button', { name: /^Place order/ }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}/);

  await expect(orderStatus(page)).toContainText('Status: Cancelled', { timeout: 60_000 });
  await expect(page.getByTestId('cancellation-reason')).toContainText(/declined/i);
  await expect(page.getByRole('list', { name: 'Progress' })).toHaveCount(0);
  // The order-history read model follows a moment later; the page keeps asking until it has it.
  await expect(page.getByTestId('status-history').getByRole('listitem').last()).toContainText(
    'Cancelled',
    { timeout: 30_000 },
  );
  await shot('phone-order-cancelled');
});

test("another shopper's order is not found, and signed-out visitors are sent to sign in", async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(adasOrderPath, 'the first test places an order').toBeDefined();
  await signIn(page, 'linus@shop.example', '/orders');
  const response = await page.goto(`${world.baseUrl}${adasOrderPath}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('order-not-found')).toContainText('Order not found');
  await expect(page.getByText(mug)).toHaveCount(0);

  await page.context().clearCookies();
  for (const path of ['/cart', '/checkout', '/orders']) {
    await page.goto(`${world.baseUrl}${path}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe(path);
  }
  const itemsAdded = { type: 'CartItemAdded' };
  const eventsBefore = await countEventsWhere(world.databaseUrl, itemsAdded);
  await openMugPage(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  const refusal = page.getByTestId('add-to-cart-error');
  await expect(refusal).toContainText('Sign in to use your cart. Nothing was changed.');
  await expect(refusal.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    `/sign-in?next=${encodeURIComponent(`/products/${mugId}`)}`,
  );
  expect(await countEventsWhere(world.databaseUrl, itemsAdded)).toBe(eventsBefore);
});
