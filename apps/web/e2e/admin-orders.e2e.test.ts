import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createDemoWorld } from './support/demo-data';
import { signInAsAdmin, submitAdminSignIn } from './support/sign-in';
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

const rows = (page: Page) => page.getByTestId('order-row');

test('an admin finds an order, reads its timeline and travels back to an earlier event', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await test.step('the order history lists the demo orders once the read model has them', async () => {
    await signInAsAdmin(page, world.baseUrl);
    await page
      .getByRole('navigation', { name: 'Admin' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.waitForURL(`${world.baseUrl}/admin/orders`);
    await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
    // Pages reload until the projectors have read the seeded log.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('orders-summary')).toHaveText(/^42 orders/, { timeout: 2_000 });
    }).toPass({ timeout: 90_000 });
    await expect(rows(page)).toHaveCount(20);
    await shot('orders');
  });

  await test.step('filtering by status keeps only those orders, in the URL too', async () => {
    await page.getByRole('checkbox', { name: 'Delivered' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('status').join() === 'Delivered');
    await expect(page.getByTestId('orders-summary')).not.toHaveText(/^42 orders/);
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    await expect(rows(page).getByTestId('order-status')).toHaveText(Array(count).fill('Delivered'));
    await shot('orders-delivered');
  });

  await test.step('searching by the start of an order id finds that order', async () => {
    const label = await rows(page)
      .first()
      .getByRole('link', { name: /^Order / })
      .getAttribute('aria-label');
    const orderId = label?.replace('Order ', '') ?? '';
    await page.getByLabel('Order id or email').fill(orderId.slice(0, 8));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === orderId.slice(0, 8));
    await expect(rows(page)).toHaveCount(1);
    await expect(page.getByTestId('orders-summary')).toHaveText(/^1 order/);
  });

  await test.step('the order page shows its events from the event store', async () => {
    await rows(page)
      .first()
      .getByRole('link', { name: /^Order / })
      .click();
    await page.waitForURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
    const events = page.getByTestId('timeline-event');
    await expect(events.first()).toContainText('#1 OrderPlaced');
    await expect(events.first()).toContainText(/Actor\s*customer:/);
    await expect(events).toContainText([
      '#1 OrderPlaced',
      '#2 OrderStockReserved',
      '#3 OrderPaymentAuthorized',
      '#4 OrderConfirmed',
      '#5 OrderShipped',
      '#6 OrderDelivered',
    ]);
    await expect(page.getByTestId('state-as-of')).toContainText('Now, after event');
    await expect(page.getByTestId('state-as-of').getByTestId('order-status')).toHaveText(
      'Delivered',
    );
    await events.first().getByText('Payload').click();
    await expect(events.first().locator('pre')).toContainText('"shippingAddress"');
    await shot('order');
  });

  await test.step('time travel: the order as of its first event is only placed', async () => {
    await page.getByRole('link', { name: 'See the order as of event #1' }).click();
    await page.waitForURL((url) => url.searchParams.get('at') === '1');
    const state = page.getByTestId('state-as-of');
    await expect(state).toContainText('As of event #1: OrderPlaced');
    await expect(state.getByTestId('order-status')).toHaveText('Placed');
    await expect(state.getByTestId('state-payment')).toHaveText('None');
    await expect(page.getByTestId('timeline-event').first()).toHaveAttribute(
      'aria-current',
      'step',
    );
    await shot('order-as-of-event-1');

    await page.getByRole('link', { name: 'See the order as of event #3' }).click();
    await expect(state).toContainText('As of event #3: OrderPaymentAuthorized');
    await expect(state.getByTestId('order-status')).toHaveText('Paid');
    await expect(state.getByTestId('state-payment')).toContainText('authorized');

    await page.getByRole('link', { name: 'Back to now' }).click();
    await expect(state.getByTestId('order-status')).toHaveText('Delivered');
  });
});

test('an admin ships a confirmed order; the list shows it once the read model catches up', async ({
  page,
}, testInfo) => {
  await signInAsAdmin(page, world.baseUrl);
  await page.goto(`${world.baseUrl}/admin/orders?status=Confirmed`);
  await rows(page)
    .first()
    .getByRole('link', { name: /^Order / })
    .click();
  await page.waitForURL(/\/admin\/orders\/[0-9a-f-]{36}$/);
  const ship = page.getByRole('form', { name: 'Ship' });

  await test.step('a tracking number with spaces is refused before it is sent', async () => {
    const before = await world.countEvents();
    await ship.getByLabel('Carrier').fill('DHL');
    await ship.getByLabel('Tracking number').fill('JD 0146');
    await ship.getByRole('button', { name: 'Mark as shipped' }).click();
    await expect(ship.getByLabel('Tracking number')).toHaveAccessibleDescription(
      /letters, digits and dashes/,
    );
    expect(await world.countEvents()).toBe(before);
  });

  await test.step('a valid shipment is recorded; the page shows it, then the list', async () => {
    await ship.getByLabel('Tracking number').fill('JD0146000062');
    await ship.getByRole('button', { name: 'Mark as shipped' }).click();
    await expect(page.getByTestId('timeline-event').last()).toContainText('OrderShipped');
    await expect(page.getByTestId('pending-notice')).toHaveText(
      'Saved. The order list shows it too.',
      { timeout: 30_000 },
    );
    await expect(page.getByRole('form', { name: 'Deliver' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('order-shipped.png'), fullPage: true });
  });
});

test('anyone but an admin is refused the order history, its page and its procedures', async ({
  page,
  request,
}) => {
  await test.step('an anonymous visitor is sent to the admin sign-in', async () => {
    await page.goto(`${world.baseUrl}/admin/orders`);
    await page.waitForURL((url) => url.pathname === '/sign-in/admin');
    await expect(page.getByRole('heading', { name: 'Admin sign-in' })).toBeVisible();
  });

  await test.step('an admin tRPC procedure answers UNAUTHORIZED', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { statuses: ['Delivered'] } }));
    const response = await request.get(`${world.baseUrl}/api/trpc/adminOrders.list?input=${input}`);
    expect(response.status()).toBe(401);
    const body = (await response.json()) as { error?: { json?: { data?: { code?: string } } } };
    expect(body.error?.json?.data?.code).toBe('UNAUTHORIZED');
  });
});

test('signing in returns the admin to the page asked for, and never to another site', async ({
  page,
}) => {
  await test.step('an anonymous visitor is sent back to the filtered list after signing in', async () => {
    await page.goto(`${world.baseUrl}/admin/orders?status=Delivered`);
    await page.waitForURL((url) => url.pathname === '/sign-in/admin');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/orders?status=Delivered');
    await submitAdminSignIn(page);
    await page.waitForURL(`${world.baseUrl}/admin/orders?status=Delivered`);
    await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  });

  for (const away of ['//evil.example', 'https://evil.example']) {
    await test.step(`a return address of ${away} is refused, in the link and in the form`, async () => {
      await page.context().clearCookies();
      await page.goto(`${world.baseUrl}/sign-in/admin?next=${encodeURIComponent(away)}`);
      const next = page.locator('input[name="next"]');
      await expect(next).toHaveValue('/admin');
      // As a tampered form would send it: the action checks the address again.
      await next.evaluate((input, value) => input.setAttribute('value', value), away);
      await submitAdminSignIn(page);
      await page.waitForURL(`${world.baseUrl}/admin`);
    });
  }
});

test('an admin page for an id that names nothing answers 404', async ({ page }) => {
  await signInAsAdmin(page, world.baseUrl);
  for (const path of [
    `/admin/orders/${randomUUID()}`,
    '/admin/orders/not-an-order',
    `/admin/products/${randomUUID()}`,
    '/admin/products/not-a-product',
  ]) {
    const response = await page.goto(`${world.baseUrl}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(/not found/i);
  }
});
