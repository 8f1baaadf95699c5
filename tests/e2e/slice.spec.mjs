// The first vertical slice: an answer survives a reload.
import { test, expect } from '@playwright/test';
import { answer, clickNext, onStep } from './helpers.mjs';

test('the stiffness answer is kept in localStorage and restored on reload', async ({ page }) => {
  await page.goto('/');
  await answer(page, { red_flags: 'none', age_band: '40_49' });
  await clickNext(page);
  await answer(page, { conditions: 'none' });
  await clickNext(page);
  await onStep(page, 3);
  await page.locator('#ma-stiffness-moderate').check();
  await expect(page.locator('#ma-stiffness-moderate')).toBeChecked();

  await page.reload();
  await expect(page.locator('.ma-root')).toContainText('Welcome back!');
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await onStep(page, 3);
  await expect(page.locator('#ma-stiffness-moderate')).toBeChecked();
  await expect(page.locator('#ma-stiffness-mild')).not.toBeChecked();
});
