import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/sign-in';
import { createWorld, type World } from './support/world';

let world: World;

// Playwright reads fixtures from the first parameter's pattern, so it must be destructured even when empty.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  world = await createWorld(testInfo.outputPath('logs'));
  // Only the relay at first: events reach the stream, but nothing projects them yet.
  await world.startWorker('relay');
});

test.afterAll(async () => {
  await world?.dispose();
});

test('an admin adds a product; the storefront shows it pending until the catalog catches up', async ({
  page,
}) => {
  const name = `Stoneware mug ${Date.now().toString(36)}`;
  const nameField = page.getByLabel('Name', { exact: true });
  const priceField = page.getByLabel('Price', { exact: true });
  const currencyField = page.getByLabel('Currency', { exact: true });
  const submit = page.getByRole('button', { name: 'Add product' });

  await signInAsAdmin(page, world.baseUrl);
  await page.goto(`${world.baseUrl}/admin/products/new`);

  await test.step('an empty form is rejected field by field', async () => {
    await submit.click();
    await expect(page.getByTestId('form-message')).toContainText(
      'Please correct the highlighted fields.',
    );
    await expect(nameField).toHaveAccessibleDescription(/Name is required/);
    await expect(priceField).toHaveAccessibleDescription(/Price is required/);
  });

  await test.step('a negative price is rejected and the typed values stay', async () => {
    await nameField.fill(name);
    await page.getByLabel('Description', { exact: true }).fill('Hand-thrown, 350 ml.');
    await priceField.fill('-5');
    await currencyField.selectOption('USD');
    await submit.click();
    await expect(priceField).toHaveAccessibleDescription(/Price must be a number such as 12\.50/);
    await expect(nameField).not.toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveValue(name);
    await expect(priceField).toHaveValue('-5');
    await expect(currencyField).toHaveValue('USD');
    expect(await world.countEvents()).toBe(0);
  });

  await test.step('a valid product lands on the storefront as pending', async () => {
    await priceField.fill('12.50');
    await currencyField.selectOption('EUR');
    await submit.click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('awaiting'));
    const pending = page.getByTestId('pending-product');
    await expect(pending).toHaveText(`Adding “${name}” — waiting for the catalog to catch up…`);
    await expect(pending).toHaveAttribute('role', 'status');
    expect(await world.countEvents()).toBe(1);
    await expect
      .poll(() => world.streamMessages(), { message: 'the relay publishes the event' })
      .toBe(1);
    // Several polls later it is still pending: no projector runs yet.
    await page.waitForTimeout(1_500);
    await expect(pending).toBeVisible();
    await expect(page.getByTestId('product').filter({ hasText: name })).toHaveCount(0);
  });

  await test.step('once the projector runs, the product is listed and the pending row goes', async () => {
    await world.startWorker('projectors');
    const card = page.getByTestId('product').filter({ hasText: name });
    await expect(card).toBeVisible({ timeout: 30_000 });
    await expect(card).toContainText('Hand-thrown, 350 ml.');
    await expect(card).toContainText('€12.50');
    await expect(page.getByTestId('pending-product')).toHaveCount(0);
    await expect(page.getByTestId('added-product')).toContainText(
      `“${name}” is now in the catalog.`,
    );
  });
});

test('the storefront ignores an awaiting value that is not a log position', async ({ page }) => {
  const response = await page.goto(`${world.baseUrl}/?awaiting=not-a-position&name=Ghost`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Products' })).toBeVisible();
  await expect(page.getByTestId('pending-product')).toHaveCount(0);
});

test('malformed and oversized submissions get clear messages and store nothing', async ({
  page,
}) => {
  const eventsBefore = await world.countEvents();
  const nameField = page.getByLabel('Name', { exact: true });
  const priceField = page.getByLabel('Price', { exact: true });
  const submit = page.getByRole('button', { name: 'Add product' });
  await signInAsAdmin(page, world.baseUrl);
  await page.goto(`${world.baseUrl}/admin/products/new`);

  await test.step('a request without the price field', async () => {
    await nameField.fill('Walnut board');
    await priceField.evaluate((input) => input.removeAttribute('name'));
    await submit.click();
    await expect(priceField).toHaveAccessibleDescription(/Price is required/);
  });

  await test.step('a name longer than the catalog allows', async () => {
    await page.reload();
    await nameField.fill('x'.repeat(300));
    await priceField.fill('4');
    await submit.click();
    await expect(nameField).toHaveAccessibleDescription(/Name must be at most 120 characters/);
  });

  await test.step('a body too large for a server action', async () => {
    await page.reload();
    await nameField.fill('Walnut board');
    await priceField.fill('4');
    await page.getByLabel('Description', { exact: true }).fill('d'.repeat(1_200_000));
    await submit.click();
    await expect(page.getByTestId('form-message')).toContainText(
      'The form could not be sent, and nothing was saved.',
    );
  });

  expect(await world.countEvents()).toBe(eventsBefore);
});

test('admin pages and actions refuse anyone who is not a signed-in admin', async ({ page }) => {
  const eventsBefore = await world.countEvents();

  await test.step('an anonymous visitor is sent to the admin sign-in', async () => {
    await page.goto(`${world.baseUrl}/admin/products/new`);
    await page.waitForURL((url) => url.pathname === '/sign-in/admin');
    await expect(page.getByRole('heading', { name: 'Admin sign-in' })).toBeVisible();
  });

  await test.step('a wrong password is refused with a message', async () => {
    await page.getByLabel('Email', { exact: true }).fill('admin@shop.example');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-message')).toContainText('do not match an admin');
  });

  await test.step('a form submitted after the session is gone stores nothing', async () => {
    await signInAsAdmin(page, world.baseUrl);
    await page.goto(`${world.baseUrl}/admin/products/new`);
    await page.context().clearCookies();
    await page.getByLabel('Name', { exact: true }).fill('Smuggled lamp');
    await page.getByLabel('Price', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Add product' }).click();
    await expect(page.getByTestId('form-message')).toContainText(
      'Only a signed-in admin can add products.',
    );
  });

  expect(await world.countEvents()).toBe(eventsBefore);
});
