// The module a page loads (issue 24): it shows the first question at once and
// fetches massage-advisor.wasm from beside itself, checked against this
// build's hash; under a strict CSP, Trusted Types and a nested path; and when
// the .wasm cannot be had, the host's fallback or a message that says why.
// The one-file module still works alone.
import { test, expect } from '@playwright/test';
import { answer, answerStep, clickNext, complete, deskWorker, onStep, watch, widgetKeys } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

/** Every path the page requests from now on. */
function requests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

/** The widget's own console errors. */
const ours = (log) => log.errors.filter((e) => e.startsWith('massage-advisor'));

test('the first question shows and can be answered while the .wasm is still on its way, then the widget takes over with the ticks', async ({ page }) => {
  const log = watch(page);
  let arrive;
  const late = new Promise((resolve) => { arrive = resolve; });
  await page.route('**/massage-advisor.wasm', async (route) => { await late; await route.continue(); });
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  // Drawn by the module alone: no wasm yet.
  await expect(widget.locator('.ma-root--prerendered')).toBeVisible();
  await widget.getByLabel('40 to 49').check();
  await answer(widget, { red_flags: [] });
  arrive();
  await expect(widget.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await expect(widget.getByLabel('40 to 49')).toBeChecked();
  await expect(widget.locator('#ma-red_flags-none')).toBeChecked();
  await expect.poll(() => widgetKeys(page)).toHaveLength(1);
  expect(log.errors).toEqual([]);
});

for (const [what, path] of [['a strict Content-Security-Policy', 'csp-strict.html'], ['Trusted Types enforced', 'tt-strict.html']]) {
  test(`under ${what} the module fetches its .wasm from beside itself and the questionnaire runs`, async ({ page }) => {
    const log = watch(page);
    const seen = requests(page);
    const response = await page.goto(`${host}/${path}`);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    await complete(page, deskWorker);
    await expect(page.locator('.ma-card')).toHaveCount(3);
    expect(seen.filter((p) => p.startsWith('/massage-advisor'))).toEqual(['/massage-advisor.js', '/massage-advisor.wasm']);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
}

test('from a page under a nested path, the .wasm comes from beside the module, not from the page\'s folder', async ({ page }) => {
  const log = watch(page);
  const seen = requests(page);
  await page.goto(`${host}/care/back-care/`);
  const widget = page.locator('#nested');
  await answerStep(widget, deskWorker);
  await clickNext(widget);
  await onStep(widget, 2);
  expect(seen).toContain('/massage-advisor.wasm');
  expect(seen.filter((p) => p.startsWith('/care/') && p !== '/care/back-care/')).toEqual([]);
  expect(log.errors).toEqual([]);
});

for (const [what, respond, cause] of [
  ['not uploaded (HTTP 404)', (route) => route.fulfill({ status: 404, body: 'Not found' }), /massage-advisor\.wasm could not be loaded \(HTTP 404\)/],
  ['changed on the way (its hash differs)', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]) }), /massage-advisor\.wasm is not this release's/],
]) {
  test(`when the .wasm is ${what}, the host's fallback shows and one console error names the file`, async ({ page }) => {
    const log = watch(page);
    await page.route('**/massage-advisor.wasm', respond);
    await page.goto(`${host}/fallback.html`);
    await expect(page.locator('#with-fallback').getByText('Call us on')).toBeVisible();
    await expect(page.locator('#without-fallback .ma-boot--failed')).toHaveText(/cannot open in this browser/);
    expect(ours(log)).toHaveLength(1);
    expect(ours(log)[0]).toMatch(cause);
  });
}

test('after an update, an earlier release\'s .wasm still in the browser\'s cache is fetched again past the cache, and the questionnaire runs', async ({ page }) => {
  const log = watch(page);
  let asked = 0;
  await page.route('**/massage-advisor.wasm', async (route) => {
    asked += 1;
    // The first answer is what a stale cache gives: another release's bytes.
    if (asked === 1) await route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]) });
    else await route.continue();
  });
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await answerStep(widget, deskWorker);
  await clickNext(widget);
  await onStep(widget, 2);
  // Asked once more (past the cache), and that copy is this release's.
  expect(asked).toBe(2);
  // The browser reports the stale copy's failed check; the widget has nothing to report.
  expect(log.errors.filter((e) => !/integrity/i.test(e))).toEqual([]);
});

test('when the site\'s policy refuses the fetch, the message says it is blocked by the site, not the browser', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/noconnect.html`);
  await expect(page.locator('#refused .ma-boot--failed')).toHaveText(/blocked by this website's security settings/);
  expect(ours(log)).toHaveLength(1);
  expect(ours(log)[0]).toMatch(/refused by this page's Content-Security-Policy \(connect-src\)/);
});

test('the one-file module works alone: one file, nothing else fetched', async ({ page }) => {
  const log = watch(page);
  const seen = requests(page);
  await page.goto(`${host}/one-file.html`);
  const widget = page.locator('massage-advisor');
  await complete(widget, deskWorker);
  await expect(widget.locator('.ma-card')).toHaveCount(3);
  expect(seen.filter((p) => p.startsWith('/massage-advisor'))).toEqual(['/massage-advisor-one-file.js']);
  expect(log.errors).toEqual([]);
});

test('the plugin\'s way (the step carried as HTML, its stylesheet inline, the .wasm preloaded) passes the strict policy by the stylesheet\'s hash and downloads the .wasm once', async ({ page }) => {
  const log = watch(page);
  const seen = requests(page);
  await page.goto(`${host}/carried.html`);
  const widget = page.locator('massage-advisor');
  expect(await widget.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
  await answerStep(widget, deskWorker);
  await clickNext(widget);
  await onStep(widget, 2);
  expect(seen.filter((p) => p === '/massage-advisor.wasm')).toHaveLength(1);
  expect(seen).not.toContain('/massage-advisor.css');
  expect(log.errors).toEqual([]);
  // The preload is what the module's fetch took (Chromium notes that it
  // ignores `integrity` on a fetch preload; the fetch itself checks it).
  expect(log.warnings.filter((w) => /preloaded using link preload but not used/i.test(w))).toEqual([]);
});
