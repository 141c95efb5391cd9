import { expect, type Page } from '@playwright/test';

/** The admin the e2e world's web server is configured with (see world.ts). */
export const e2eAdmin = { email: 'admin@shop.example', password: 'e2e-admin-password' };
export const e2eSessionSecret = 'e2e-session-secret-0123456789abcdef0123456789';

/** Fills and sends the admin sign-in form the page shows. */
export async function submitAdminSignIn(page: Page): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(e2eAdmin.email);
  await page.getByLabel('Password', { exact: true }).fill(e2eAdmin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs the page's browser context in as the admin, through the real sign-in form. */
export async function signInAsAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in/admin?next=%2Fadmin`);
  await submitAdminSignIn(page);
  await page.waitForURL(`${baseUrl}/admin`);
  await expect(page.getByTestId('signed-in-as')).toContainText('(admin)');
}
