import { expect, type Page } from '@playwright/test';

/** A common phone's viewport, in CSS pixels. */
export const phoneViewport = { width: 390, height: 844 };

/** How far the document scrolls sideways, and the elements that stick out past its right edge. */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
      .slice(0, 5)
      .map((element) => {
        const { className } = element;
        const classes = typeof className === 'string' && className ? `.${className}` : '';
        return `${element.tagName.toLowerCase()}${classes}`;
      });
    return { overflow: root.scrollWidth - edge, wide };
  });
}

/** The page fits the viewport's width: nothing makes the document scroll sideways. */
export async function expectNoSidewaysScroll(
  page: Page,
  { soft = false }: { soft?: boolean } = {},
): Promise<void> {
  const { overflow, wide } = await horizontalOverflow(page);
  const check = soft ? expect.soft : expect;
  check(
    overflow,
    `${page.url()} scrolls sideways; too wide: ${wide.join(', ')}`,
  ).toBeLessThanOrEqual(0);
}
