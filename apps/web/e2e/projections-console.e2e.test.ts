import { expect, test, type Page } from '@playwright/test';
import { appendProductHistory, type ProductHistory } from './support/product-history';
import { signInAsAdmin } from './support/sign-in';
import { createWorld, type World } from './support/world';

let world: World;
let history: ProductHistory;

// Playwright reads fixtures from the first parameter's pattern, so it must be destructured even when empty.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  world = await createWorld(testInfo.outputPath('logs'));
  // A history long enough that a replay takes a while: 30 products, 800 events each.
  history = await appendProductHistory(world.databaseUrl, { products: 30, repricesEach: 799 });
  await world.startWorker('relay');
  await world.startWorker('projectors');
});

test.afterAll(async () => {
  await world?.dispose();
});

/** The storefront as an anonymous shopper sees it: the names of the listed products. */
async function storefrontProducts(shopper: Page): Promise<string[]> {
  await shopper.goto(`${world.baseUrl}/`);
  await expect(shopper.getByRole('heading', { name: 'Products' })).toBeVisible();
  return shopper.getByTestId('product').getByRole('heading').allInnerTexts();
}

test('an admin replays the catalog while the storefront keeps answering', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(360_000);
  const shot = (name: string, target: Page = page) =>
    target.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false });
  const catalog = page.locator('[data-projection="catalog"]');

  await test.step('the console shows the catalog live once it has read the history', async () => {
    await signInAsAdmin(page, world.baseUrl);
    await page.getByRole('link', { name: 'Projections' }).first().click();
    await page.waitForURL(`${world.baseUrl}/admin/projections`);
    await expect(catalog.getByTestId('projection-status')).toHaveText('Live', { timeout: 120_000 });
    await expect(catalog.getByTestId('lag')).toHaveText('0 events');
    await expect(catalog.getByTestId('generation')).toHaveText('Serving generation 1');
    // The lag chart gathers one sample a second.
    await expect
      .poll(async () =>
        Number(await catalog.getByTestId('lag-sparkline').getAttribute('data-samples')),
      )
      .toBeGreaterThan(2);
    await catalog.scrollIntoViewIfNeeded();
    await shot('1-console');
  });

  const shopper = await (await browser.newContext()).newPage();
  const before = await storefrontProducts(shopper);
  expect(before.length).toBeGreaterThan(0);
  expect(history.names).toEqual(expect.arrayContaining(before));

  await test.step('replay asks for confirmation; cancelling changes nothing', async () => {
    const replay = catalog.getByRole('button', { name: 'Replay…' });
    await replay.click();
    const dialog = page.getByRole('alertdialog', { name: 'Replay catalog?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(dialog).toContainText('into generation 2');
    await shot('2-confirm');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(replay).toBeFocused();
    await expect(catalog).toContainText('Never replayed.');
  });

  const progress = catalog.getByTestId('rebuild-progress');
  const bar = catalog.getByRole('progressbar');
  const seen: { phase: string | null; percent: number; text: string; card: string }[] = [];
  const servedMeanwhile: number[] = [];

  await test.step('confirmed, the replay runs with a moving progress bar while shoppers are served', async () => {
    await catalog.getByRole('button', { name: 'Replay…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Replay catalog?' })
      .getByRole('button', { name: 'Replay catalog' })
      .click();
    await expect(progress).toBeVisible();

    // A shopper keeps loading the storefront meanwhile, on its own: a slow page render must not
    // hold back the sampling of the bar.
    let replaying = true;
    const shopping = (async () => {
      while (replaying) {
        servedMeanwhile.push((await storefrontProducts(shopper)).length);
        if (servedMeanwhile.length === 1) await shot('4-storefront-during-replay', shopper);
      }
    })();
    try {
      for (let round = 0; round < 1_200; round++) {
        const phase = await progress.getAttribute('data-phase');
        seen.push({
          phase,
          percent: Number(await bar.getAttribute('aria-valuenow')),
          text: await progress.innerText(),
          card: `${await catalog.getByTestId('projection-status').innerText()} / ${await catalog.getByTestId('generation').innerText()}`,
        });
        if (phase === 'done') break;
        if (
          phase === 'running' &&
          seen.filter((sample) => sample.phase === 'running').length === 1
        ) {
          await catalog.scrollIntoViewIfNeeded();
          await shot('3-running');
        }
        await page.waitForTimeout(100);
      }
    } finally {
      replaying = false;
      await shopping;
    }
  });

  await test.step('it swaps in when caught up, and the catalog serves the new generation', async () => {
    await expect(progress).toHaveAttribute('data-phase', 'done');
    await expect(progress).toContainText('Done: generation 2 is live.');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(catalog.getByTestId('generation')).toHaveText('Serving generation 2');
    await expect(catalog.getByTestId('projection-status')).toHaveText('Live');
    await catalog.scrollIntoViewIfNeeded();
    await shot('5-done');

    const partial = seen.filter(({ phase, percent }) => phase === 'running' && percent < 100);
    expect(partial.length, `the bar was seen part-way: ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    expect(partial.at(-1)?.text).toMatch(/[\d,]+ of [\d,]+ events\s+[\d,.]+ events\/s\s+ETA /);
    // Meanwhile the card kept showing the old generation's health, flagged as rebuilding.
    expect(seen.map(({ card }) => card)).toContain(
      'Rebuilding / Serving generation 1, building generation 2',
    );
    expect(new Set(seen.map(({ percent }) => percent)).size, 'the bar moved').toBeGreaterThan(1);
    expect(servedMeanwhile.length, 'the storefront was asked during the replay').toBeGreaterThan(0);
    expect(Math.min(...servedMeanwhile)).toBe(before.length);
    expect(await storefrontProducts(shopper)).toEqual(before);
  });
});
