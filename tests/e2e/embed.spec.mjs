// The two ways the product is used: embedded on any page as <massage-advisor>,
// and as one self-contained file opened offline from file://.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { answerStep, clickNext, complete, deskWorker, expectAccessible, forgetAnswers, screenshot, watch } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

/** Saved progress that opens on the results (desk worker), for a storage key. */
async function seedResults(page, key) {
  await page.addInitScript(([k, answers]) => {
    localStorage.setItem(`massage-advisor:${k}`, JSON.stringify({ version: 2, saved_at: Date.now(), step: 7, answers }));
  }, [key, deskWorker]);
}

test('hostile host CSS cannot break the widget', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/hostile.html`);
  const widget = page.locator('massage-advisor');
  await expect(page.locator('.ma-root')).toBeVisible();
  expect(await widget.evaluate((el) => getComputedStyle(el).display)).toBe('block');
  const root = page.locator('.ma-root');
  expect(await root.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  expect(await page.locator('.ma-title').evaluate((el) => getComputedStyle(el).fontSize)).toBe('28px');
  await expect(page.locator('#ma-red_flags-none')).toBeVisible();
  await expect(page.locator('.ma-step button[type=submit]')).toBeVisible();
  await screenshot(page, 'embed-hostile');
  await complete(page, deskWorker);
  await expect(page.locator('.ma-card')).toHaveCount(3);
  // It sizes to its content: no inner scrollbars.
  const box = await widget.evaluate((el) => ({ h: el.offsetHeight, scroll: el.scrollHeight - el.clientHeight }));
  expect(box.h).toBeGreaterThan(600);
  expect(box.scroll).toBeLessThanOrEqual(0);
  expect(log.errors).toEqual([]);
});

test('under a strict CSP the widget works with zero violations', async ({ page }) => {
  const log = watch(page);
  const response = await page.goto(`${host}/csp-strict.html`);
  expect(response.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(page.locator('.ma-root')).toBeVisible();
  await complete(page, deskWorker);
  await page.getByText('Other therapies and why they were left out').click();
  await expect(page.locator('.ma-cta')).toContainText('CSP Clinic');
  await forgetAnswers(page);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the demo clinic page works under its own strict CSP with SRI, and is accessible', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/index.html`);
  const integrity = await page.locator('script[type=module]').getAttribute('integrity');
  expect(integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  await expect(page.locator('.ma-root')).toBeVisible();
  await expectAccessible(page, 'demo clinic page', { sameOrigin: true });
  await complete(page, deskWorker);
  await expect(page.locator('.ma-cta')).toContainText('Sunrise Wellness Clinic');
  await expectAccessible(page, 'demo clinic page results', { sameOrigin: true });
  await screenshot(page, 'embed-demo-results');
  expect(log.errors).toEqual([]);
});

test('several widgets work independently; one added later mounts; a removed one cleans up', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/many.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expect(first.locator('.ma-root')).toBeVisible();
  await expect(second.locator('.ma-root')).toBeVisible();
  // The second speaks Hindi and is dark.
  await expect(second.locator('.ma-title')).toHaveText('अपनी पीठ के लिए सही मालिश चुनें');
  await expect(second.locator('.ma-root')).toHaveAttribute('data-theme', 'dark');
  await expect(second.locator('.ma-root')).toHaveAttribute('lang', 'hi');

  await first.locator('#ma-red_flags-none').check();
  await first.locator('#ma-age_band-40_49').check();
  await first.locator('.ma-step button[type=submit]').click();
  await expect(first.locator('.ma-progress__label')).toHaveText('Step 2 of 7');
  await expect(second.locator('#ma-red_flags-none')).not.toBeChecked();
  await second.locator('#ma-red_flags-none').check();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('massage-advisor:')).sort());
  expect(keys).toEqual(['massage-advisor:/many.html#first', 'massage-advisor:/many.html#second']);

  // Added later, as a single-page app would.
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    el.id = 'third';
    el.setAttribute('clinic-name', 'Later Clinic');
    document.getElementById('later').append(el);
  });
  await expect(page.locator('#third .ma-root')).toBeVisible();
  await page.locator('#third #ma-red_flags-none').check();
  await expect(first.locator('.ma-progress__label')).toHaveText('Step 2 of 7');

  // Removed: its DOM and listeners go; the others keep working.
  await page.evaluate(() => document.getElementById('first').remove());
  expect(await page.evaluate(() => document.getElementById('second').shadowRoot.childElementCount)).toBe(1);
  await page.evaluate(() => localStorage.setItem('massage-advisor:/many.html#first', 'changed elsewhere'));
  await second.locator('#ma-age_band-18_39').check();
  await second.locator('.ma-step button[type=submit]').click();
  await expect(second.locator('.ma-progress__label')).toHaveText('चरण 2 / 7');
  // Put back, it mounts again.
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    el.id = 'first';
    document.body.prepend(el);
  });
  await expect(page.locator('#first .ma-root')).toBeVisible();
  expect(log.errors).toEqual([]);
});

test('attribute changes take effect live; invalid values are ignored with one warning', async ({ page }) => {
  const log = watch(page);
  await seedResults(page, 'live');
  await page.goto(`${host}/many.html`);
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    el.id = 'live';
    el.setAttribute('storage-key', 'live');
    document.getElementById('later').append(el);
  });
  const live = page.locator('#live');
  await live.getByRole('button', { name: 'See my suggestions' }).click();
  await expect(live.locator('.ma-card')).toHaveCount(3);
  await expect(live.locator('.ma-cta')).toHaveCount(0);

  const set = (name, value) => page.evaluate(([n, v]) => {
    const el = document.getElementById('live');
    if (v === null) el.removeAttribute(n); else el.setAttribute(n, v);
  }, [name, value]);

  await set('clinic-name', 'Lotus Clinic');
  await set('clinic-phone', '+44 20 7946 0000');
  await expect(live.locator('.ma-cta')).toContainText('Book a session with Lotus Clinic');
  await expect(live.locator('.ma-cta a[href="tel:+442079460000"]')).toHaveText('Call +44 20 7946 0000');
  await set('lang', 'hi');
  await expect(live.locator('#ma-results-title')).toHaveText('आपके लिए सुझाव');
  await set('theme', 'dark');
  await expect(live.locator('.ma-root')).toHaveAttribute('data-theme', 'dark');
  await set('lang', null);
  await expect(live.locator('#ma-results-title')).toHaveText('Your suggestions');

  expect(log.warnings.filter((w) => w.startsWith('massage-advisor'))).toEqual([]);
  await set('clinic-url', 'http://insecure.example.org');
  await set('theme', 'purple');
  await expect(live.locator('.ma-root')).toHaveAttribute('data-theme', 'auto');
  const warnings = log.warnings.filter((w) => w.startsWith('massage-advisor'));
  expect(warnings).toHaveLength(2);
  expect(warnings[0]).toContain('"clinic-url"');
  expect(warnings[1]).toContain('"theme"');
  await expect(live.locator('.ma-cta a[href^="http:"]')).toHaveCount(0);

  // A new storage key is another visitor's progress.
  await set('storage-key', 'live-other');
  await expect(live.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  expect(log.errors).toEqual([]);
});

test('CSS custom properties set on the element by the host theme the widget, live', async ({ page }) => {
  await page.goto(`${host}/many.html`);
  const first = page.locator('#first');
  // The app's own step (the early one is replaced when the app starts).
  const next = first.locator('.ma-root:not(.ma-root--prerendered) .ma-step button[type=submit]');
  await expect(next).toBeVisible();
  expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 107, 88)');
  await page.evaluate(() => {
    const el = document.getElementById('first');
    el.style.setProperty('--ma-accent', 'rgb(120, 40, 140)');
    el.style.setProperty('--ma-font', 'monospace');
  });
  await expect.poll(() => next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(120, 40, 140)');
  expect(await first.locator('.ma-root').evaluate((el) => getComputedStyle(el).fontFamily)).toBe('monospace');
  // The other widget on the page keeps its own look.
  expect(await page.locator('#second .ma-root').evaluate((el) => getComputedStyle(el).fontFamily)).not.toBe('monospace');
});

test('XSS payloads in every attribute stay inert', async ({ page }) => {
  const log = watch(page);
  await seedResults(page, 'xss');
  await page.goto(`${host}/many.html`);
  const payload = '<img src=x onerror="window.__xss=1">';
  const js = 'javascript:window.__xss=1';
  await page.evaluate(([p, j]) => {
    const el = document.createElement('massage-advisor');
    el.id = 'xss';
    el.setAttribute('storage-key', 'xss');
    for (const [name, value] of [
      ['clinic-name', p], ['clinic-phone', j], ['clinic-email', `${p}@x.org`], ['clinic-url', j],
      ['lang', p], ['theme', p],
    ]) el.setAttribute(name, value);
    document.getElementById('later').append(el);
  }, [payload, js]);
  const xss = page.locator('#xss');
  await xss.getByRole('button', { name: 'See my suggestions' }).click();
  await expect(xss.locator('.ma-card')).toHaveCount(3);
  // Every contact was invalid: no call to action, and no link.
  await expect(xss.locator('.ma-cta')).toHaveCount(0);
  // With one valid contact, the name is shown as text, never as markup.
  await page.evaluate(() => document.getElementById('xss').setAttribute('clinic-phone', '+1 555 0100'));
  await expect(xss.locator('.ma-cta__title')).toHaveText(`Book a session with ${payload} or ask a question`);
  expect(await page.evaluate(() => document.getElementById('xss').shadowRoot.querySelectorAll('img').length)).toBe(0);
  const hrefs = await xss.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Links go to the clinic, or download the plan made on the device.
  expect(hrefs.filter((h) => !/^(https:|tel:|sms:|mailto:|data:text\/calendar;)/.test(h))).toEqual([]);
  await expect(xss.locator('a[href*="script" i]:not([href^="data:text/calendar;"])')).toHaveCount(0);
  await page.evaluate(() => document.getElementById('xss').setAttribute('clinic-url', 'JaVaScRiPt:window.__xss=1'));
  await expect(xss.locator('a[href*="script" i]:not([href^="data:text/calendar;"])')).toHaveCount(0);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(log.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
});

test('the module adds nothing to window but the element registration', async ({ page }) => {
  await page.goto(`${host}/blank.html`);
  const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await page.evaluate(async (url) => {
    await import(url);
    await customElements.whenDefined('massage-advisor');
    document.body.append(document.createElement('massage-advisor'));
  }, `${host}/massage-advisor.js`);
  await expect(page.locator('.ma-root')).toBeVisible();
  const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
  expect(after.filter((name) => !before.includes(name))).toEqual([]);
  expect(await page.evaluate(() => typeof customElements.get('massage-advisor'))).toBe('function');
});

test('the single file works from file:// with every network request aborted', async ({ page }) => {
  const log = watch(page);
  const requests = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const file = fileURLToPath(new URL('../../dist/massage-advisor.html', import.meta.url));
  await page.goto(`file://${file}`);
  await expect(page.locator('.ma-root')).toBeVisible();
  await complete(page, deskWorker);
  await expect(page.locator('.ma-card')).toHaveCount(3);
  // Answers are remembered on file:// too.
  await page.reload();
  await expect(page.locator('.ma-root')).toContainText('Welcome back');
  expect(requests).toEqual([]);
  expect(log.errors).toEqual([]);
  await screenshot(page, 'offline-file');
});

test('after its files load, the widget makes no request at all', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${host}/index.html`);
  await expect(page.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  const loaded = requests.slice();
  expect(loaded.map((u) => new URL(u).pathname).sort()).toEqual(['/demo.css', '/index.html', '/massage-advisor.js', '/massage-advisor.wasm']);
  requests.length = 0;
  await complete(page, deskWorker);
  await page.getByText('Other therapies and why they were left out').click();
  await page.getByText('Your answers', { exact: true }).click();
  expect(requests).toEqual([]);
  // After a reload the files load again; from then on, nothing either.
  await page.reload();
  await expect(page.locator('.ma-root')).toContainText('Welcome back');
  requests.length = 0;
  await page.getByRole('button', { name: 'See my suggestions' }).click();
  await forgetAnswers(page);
  await answerStep(page, deskWorker);
  await clickNext(page);
  // The browser's own favicon probe is not the widget's doing.
  expect(requests.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
});

test('the snippet page\'s module fetches its .wasm beside it, served as application/wasm, under the demo page\'s strict CSP', async ({ page }) => {
  const log = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const wasm = page.waitForResponse((r) => r.url().endsWith('/massage-advisor.wasm'));
  await page.goto(`${host}/index.html`);
  expect((await wasm).headers()['content-type']).toBe('application/wasm');
  await expect(page.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await complete(page, deskWorker);
  await expect(page.locator('.ma-card')).toHaveCount(3);
  expect(requests.filter((p) => p !== '/favicon.ico').sort())
    .toEqual(['/demo.css', '/index.html', '/massage-advisor.js', '/massage-advisor.wasm']);
  expect(log.errors).toEqual([]);
});
