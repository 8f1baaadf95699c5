// One owner for every host-facing fact (issue 20): the JavaScript reading of
// what a host writes (src/embed/host.mjs) on the fixture of odd values the
// Rust and PHP tests read too, and the element drawing the same headings
// before and after the app starts.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeadingLevel, themeOf, languageOf } from '../../src/embed/host.mjs';
import { ATTRIBUTES, LANGUAGES, THEMES } from '../../src/embed/facts.mjs';
import { holdStart } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';
const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/heading-levels.json', import.meta.url)), 'utf8'));

test('the heading-level rule reads the shared fixture as Rust and PHP do', () => {
  expect(fixture.length).toBeGreaterThanOrEqual(10);
  for (const [value, level] of fixture) expect(parseHeadingLevel(value), JSON.stringify(value)).toBe(level);
});

test('themes and languages come from the generated facts', () => {
  expect(THEMES).toEqual(['auto', 'light', 'dark']);
  expect(themeOf(' DARK ')).toBe('dark');
  expect(themeOf('purple')).toBe('auto');
  expect(LANGUAGES).toEqual(['en', 'hi']);
  expect(languageOf('hi-IN')).toBe('hi');
  expect(languageOf('fr')).toBeNull();
  expect(ATTRIBUTES).toContain('heading-level');
});

for (const [value, level] of [['3.0', 2], ['0x3', 2], [' +3 ', 3], ['7', 2]]) {
  test(`heading-level="${value}" gives h${level} on the first paint and after the app starts`, async ({ page }) => {
    await holdStart(page);
    await page.goto(`${host}/blank.html`);
    await page.evaluate((v) => {
      const el = document.createElement('massage-advisor');
      el.setAttribute('heading-level', v);
      el.setAttribute('storage-key', 'facts');
      document.body.append(el);
      const s = document.createElement('script');
      s.type = 'module';
      s.src = 'massage-advisor.js';
      document.head.append(s);
    }, value);
    const widget = page.locator('massage-advisor');
    await expect(widget.locator('.ma-root--prerendered')).toBeVisible();
    await expect(widget.locator(`.ma-root--prerendered h${level}.ma-title`)).toHaveCount(1);
    await page.evaluate(() => window.__openGate());
    await expect(widget.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
    await expect(widget.locator(`h${level}.ma-title`)).toHaveCount(1);
  });
}
