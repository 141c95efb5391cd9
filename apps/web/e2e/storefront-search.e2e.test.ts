import { randomUUID } from 'node:crypto';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { appendCatalogProducts } from './support/catalog-products';
import { expectNoSidewaysScroll, phoneViewport } from './support/phone-width';
import { createWorld, type World } from './support/world';

let world: World;
let deskLampId: string;

const catalog = [
  {
    name: 'Desk lamp',
    description: 'Warm dimmable light for late evenings',
    category: 'lighting',
    tags: ['office', 'dimmable'],
    priceMinor: 3_450,
    stock: 3,
  },
  {
    name: 'Reading lamp',
    description: 'Clips onto any shelf',
    category: 'lighting',
    tags: ['reading'],
    priceMinor: 2_500,
  },
  {
    name: 'Stoneware mug',
    description: 'Hand-thrown, 350 ml',
    category: 'kitchen',
    tags: ['gift'],
    priceMinor: 1_950,
    stock: 10,
  },
  {
    name: 'Linen throw',
    description: 'Stone-washed European linen',
    category: 'textiles',
    tags: ['gift'],
    priceMinor: 6_450,
    stock: 2,
  },
];

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  world = await createWorld(testInfo.outputPath('logs'));
  await world.startWorker('relay');
  await world.startWorker('projectors');
  [deskLampId = ''] = await appendCatalogProducts(world.databaseUrl, catalog);
});

test.afterAll(async () => {
  await world?.dispose();
});

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Opens the storefront once the catalog lists every product of the spec's catalog. */
async function openStorefront(page: Page, count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(`${world.baseUrl}/`);
        return page.getByTestId('product').count();
      },
      { message: 'the catalog projects the products', timeout: 60_000 },
    )
    .toBe(count);
}

test('a shopper browses by category, searches, narrows by tag and opens a product', async ({
  page,
}, testInfo) => {
  await test.step('the storefront lists products with category counts and filters', async () => {
    await openStorefront(page, catalog.length);
    const categories = page.getByRole('navigation', { name: 'Categories' });
    await expect(categories.getByRole('link', { name: /lighting\s*2/ })).toBeVisible();
    await screenshot(page, testInfo, 'storefront');
    await categories.getByRole('link', { name: /lighting/ }).click();
    await page.waitForURL((url) => url.searchParams.get('category') === 'lighting');
    await expect(page.getByTestId('product')).toHaveCount(2);
    await page.getByLabel('In stock only').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('in-stock') === '1');
    await expect(page.getByTestId('product')).toHaveCount(1);
    await expect(page.getByTestId('product')).toContainText('Desk lamp');
  });

  await test.step('search finds products by their words, highlighted, with facets', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Search' })
      .click();
    await page.waitForURL((url) => url.pathname === '/search');
    await page.getByLabel('Search products').fill('lamp');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'lamp');
    await expect(page.getByTestId('result-summary')).toContainText('2 results for “lamp”');
    await expect(page.getByTestId('product').first().locator('mark')).toHaveText('lamp');
    const tags = page.getByRole('navigation', { name: 'Tags' });
    await tags.getByRole('link', { name: /office/ }).click();
    await page.waitForURL((url) => url.searchParams.getAll('tag').includes('office'));
    await expect(page.getByTestId('result-summary')).toContainText('1 result for “lamp”');
    await screenshot(page, testInfo, 'search');
  });

  await test.step('the product page shows name, description, price and availability', async () => {
    await page.getByRole('link', { name: 'Desk lamp' }).click();
    await page.waitForURL(`${world.baseUrl}/products/${deskLampId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desk lamp');
    await expect(page.getByTestId('product-price')).toHaveText('€34.50');
    await expect(page.getByTestId('product-availability')).toHaveText('In stock — 3 available');
    await expect(page.getByText('Warm dimmable light for late evenings')).toBeVisible();
    await screenshot(page, testInfo, 'product');
  });

  await test.step('a misspelt search offers the catalog’s spelling', async () => {
    await page.goto(`${world.baseUrl}/search?q=lampp`);
    await page.getByTestId('did-you-mean').getByRole('link', { name: 'lamp' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'lamp');
  });

  await test.step('the pages fit a phone', async () => {
    await page.setViewportSize(phoneViewport);
    await page.goto(`${world.baseUrl}/search?q=lamp`);
    await expect(page.getByTestId('product')).toHaveCount(2);
    await expectNoSidewaysScroll(page);
    await screenshot(page, testInfo, 'search-phone');
  });
});

test('addresses that cannot be used get clear messages', async ({ page }) => {
  await page.goto(`${world.baseUrl}/search?q=lamp&page=-1`);
  await expect(page.getByTestId('url-problems')).toContainText('Pages start at 1');
  await page.goto(`${world.baseUrl}/search?q=${'x'.repeat(201)}`);
  await expect(page.getByTestId('url-problems')).toContainText(
    'Search text must be at most 200 characters',
  );
  await page.goto(`${world.baseUrl}/?min=-5&sort=cheapest`);
  await expect(page.getByTestId('url-problems')).toContainText('Minimum price cannot be negative');
  await expect(page.getByTestId('product')).toHaveCount(catalog.length);
  for (const path of [`/products/${randomUUID()}`, '/products/not-a-product']) {
    const response = await page.goto(`${world.baseUrl}${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId('product-not-found')).toBeVisible();
  }
});

test('the storefront says when the catalog falls behind, and stops once it has caught up', async ({
  page,
}, testInfo) => {
  const banner = page.getByTestId('stale-banner');
  await openStorefront(page, catalog.length);
  await expect(banner).toHaveCount(0);

  await world.stopWorker('projectors');
  const wroteAt = Date.now();
  await appendCatalogProducts(world.databaseUrl, [
    { name: 'Rattan basket', description: 'Woven by hand', category: 'living', priceMinor: 4_000 },
  ]);
  // Stale once its oldest unapplied event is 2 s old; the banner asks every second.
  await expect(banner).toBeVisible({ timeout: 6_000 });
  const shownAfterMs = Date.now() - wroteAt;
  testInfo.annotations.push({ type: 'banner shown after (ms)', description: String(shownAfterMs) });
  expect(shownAfterMs).toBeLessThan(2_000 + 2_000 + 1_000);
  await expect(banner).toContainText('the catalog');
  await expect(page.getByRole('status').filter({ has: banner })).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await screenshot(page, testInfo, 'storefront-stale');

  await world.startWorker('projectors');
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId('product').filter({ hasText: 'Rattan basket' })).toBeVisible();
});
