// The first step is on screen the moment the module runs, as plain HTML built
// at build time from the app's own components; the visitor can answer it
// before the wasm has started, and the app takes it over without a jump,
// with every answer, the focus and a Next pressed early. Each test holds the
// start back (as a slow phone would) until it has acted.
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectAccessible, focused, holdStart, screenshot, watch, widgetKeys } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';
const offlineFile = `file://${fileURLToPath(new URL('../../dist/massage-advisor.html', import.meta.url))}`;

/** Lets the held-back app start and waits until it has taken over. */
async function startApp(page) {
  await page.evaluate(() => window.__openGate());
  await expect(page.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await expect(page.locator('.ma-root--prerendered')).toHaveCount(0);
}

/** Where the things a visitor looks at sit, to compare before and after. */
async function layout(page) {
  const boxes = {};
  for (const [name, selector] of [
    ['element', 'massage-advisor'],
    ['title', '.ma-title'],
    ['step title', '.ma-step__title'],
    ['first option', '#ma-red_flags-both_legs_numb'],
    ['age', '#ma-age_band-40_49'],
    ['next', '.ma-step button[type=submit]'],
  ]) {
    const box = await page.locator(selector).first().boundingBox();
    boxes[name] = box && Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v)]));
  }
  return boxes;
}

/** The widget's saved progress (one key), parsed. */
async function saved(page) {
  const keys = await widgetKeys(page);
  expect(keys).toHaveLength(1);
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), keys[0]);
}

for (const [name, url] of [
  ['the embed page', `${host}/index.html`],
  ['a strict-CSP page', `${host}/csp-strict.html`],
  ['a Trusted Types page', `${host}/tt-strict.html`],
  ['the offline file from file://', offlineFile],
  ['the embed page carrying the step as HTML (the WordPress plugin\'s way)', `${host}/carried.html`],
]) {
  test(`on ${name}, answers given before the app starts are kept, saved and focused`, async ({ page }) => {
    const log = watch(page);
    await holdStart(page);
    if (url.startsWith('file:')) {
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    }
    await page.goto(url);
    // The first step is there, real and answerable, while the app is held.
    await expect(page.locator('.ma-root--prerendered')).toBeVisible();
    if (url.endsWith('/carried.html')) {
      // The element took the page's own step over, as it is (not rebuilt),
      // and hid the clinic's fallback once it was defined.
      await page.waitForFunction(() => customElements.get('massage-advisor') !== undefined);
      await expect(page.locator('.ma-root--prerendered[data-ma-version]')).toHaveCount(1);
      await expect(page.locator('massage-advisor > p')).toBeHidden();
    }
    await expect(page.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
    await expect(page.getByRole('heading', { name: 'First, your safety' })).toBeVisible();
    await page.getByLabel('Chest pain').check();
    await page.getByLabel('New weakness in one leg').check();
    await page.getByLabel('40 to 49').check();
    // The keyboard works on it too: focus sits on the last box ticked.
    await page.getByLabel('New weakness in one leg').focus();
    expect(await widgetKeys(page)).toEqual([]);
    const before = await layout(page);

    await startApp(page);
    await expect(page.getByLabel('Chest pain')).toBeChecked();
    await expect(page.getByLabel('New weakness in one leg')).toBeChecked();
    await expect(page.getByLabel('40 to 49')).toBeChecked();
    await expect(page.getByLabel('None of these')).not.toBeChecked();
    expect((await focused(page)).id).toBe('ma-red_flags-one_leg_weakness');
    // No visible jump: everything above the warning-sign notice the app adds
    // for the boxes ticked is where it was (the next test checks the rest).
    const after = await layout(page);
    for (const part of ['title', 'step title', 'first option']) expect(after[part], part).toEqual(before[part]);
    expect(after.element.y).toBe(before.element.y);
    // Saved, as any answer is.
    await expect.poll(async () => (await saved(page)).answers).toMatchObject({
      red_flags: ['chest_pain', 'one_leg_weakness'],
      age_band: '40_49',
    });
    if (!url.startsWith('file:')) expect(await page.evaluate(() => window.cspViolations ?? [])).toEqual([]);
    expect(log.errors).toEqual([]);
  });
}

test('the app takes over without a visible jump', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('None of these').check();
  await page.getByLabel('65 or over').check();
  const before = await layout(page);
  await startApp(page);
  expect(await layout(page)).toEqual(before);
});

test('Next pressed before the app starts is taken when it starts', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('None of these').check();
  await page.getByLabel('18 to 39').check();
  await page.getByRole('button', { name: 'Next' }).click();
  // Nothing is submitted, and the step stays until the app can check it.
  await expect(page.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  expect(page.url()).toBe(`${host}/index.html`);
  await startApp(page);
  await expect(page.locator('.ma-progress__label')).toHaveText('Step 2 of 7');
  await expect.poll(async () => (await focused(page)).id).toBe('ma-step-title');
  await expect.poll(async () => (await saved(page)).answers).toMatchObject({ red_flags: [], age_band: '18_39' });
});

test('Next pressed early with a question unanswered shows the same error the app shows', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('None of these').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await startApp(page);
  await expect(page.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  await expect(page.locator('#ma-age_band-error')).not.toBeEmpty();
  await expect(page.getByLabel('None of these')).toBeChecked();
});

test('"None of these" clears the other boxes on the pre-rendered step, as in the app', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('Chest pain').check();
  await page.getByLabel('None of these').check();
  await expect(page.getByLabel('Chest pain')).not.toBeChecked();
  await page.getByLabel('Chest pain').check();
  await expect(page.getByLabel('None of these')).not.toBeChecked();
  await startApp(page);
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  await expect(page.getByLabel('None of these')).not.toBeChecked();
});

test('the language chosen before the app starts stays, with the answers', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('Chest pain').check();
  await page.getByRole('button', { name: 'हिंदी' }).click();
  await expect(page.locator('.ma-root--prerendered')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('#ma-red_flags-chest_pain')).toBeChecked();
  await startApp(page);
  await expect(page.locator('.ma-root')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('#ma-red_flags-chest_pain')).toBeChecked();
  await expect(page.getByRole('button', { name: 'हिंदी' })).toHaveAttribute('aria-pressed', 'true');
});

test('the pre-rendered step follows the host\'s heading level, theme and language', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/blank.html`);
  await page.addScriptTag({ url: '/massage-advisor.js', type: 'module' });
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    el.setAttribute('heading-level', '3');
    el.setAttribute('theme', 'dark');
    el.setAttribute('lang', 'hi');
    document.body.append(el);
  });
  const root = page.locator('.ma-root--prerendered');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(root).toHaveAttribute('lang', 'hi');
  await expect(root.locator('h3.ma-title')).toHaveCount(1);
  await expect(root.locator('h4.ma-step__title')).toHaveCount(1);
  const before = await page.locator('.ma-title').boundingBox();
  await startApp(page);
  await expect(page.locator('.ma-root')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('h3.ma-title')).toHaveCount(1);
  await expect(page.locator('h4.ma-step__title')).toHaveCount(1);
  expect(await page.locator('.ma-title').boundingBox()).toEqual(before);
});

test('a returning visitor sees "Loading" until the app has read their saved answers', async ({ page }) => {
  await holdStart(page);
  await page.addInitScript(() => {
    localStorage.setItem('massage-advisor:elsewhere', JSON.stringify({ version: 2, saved_at: Date.now(), step: 2, answers: {} }));
  });
  await page.goto(`${host}/index.html`);
  await expect(page.locator('.ma-boot')).toHaveText('Loading the questionnaire…');
  await expect(page.locator('.ma-root--prerendered')).toHaveCount(0);
  // It keeps its place on the page while it loads.
  expect(await page.locator('massage-advisor').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
  await page.evaluate(() => window.__openGate());
  await expect(page.locator('.ma-root')).toBeVisible();
  await expect(page.locator('.ma-boot')).toHaveCount(0);
});

test('with saving off, the first step shows at once even after an earlier visit, and nothing is saved', async ({ page }) => {
  await holdStart(page);
  await page.addInitScript(() => {
    localStorage.setItem('massage-advisor:elsewhere', JSON.stringify({ version: 2, saved_at: Date.now(), step: 2, answers: {} }));
  });
  await page.goto(`${host}/blank.html`);
  await page.addScriptTag({ url: '/massage-advisor.js', type: 'module' });
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    el.setAttribute('save', 'off');
    document.body.append(el);
  });
  await page.getByLabel('Chest pain').check();
  await startApp(page);
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  expect(await widgetKeys(page)).toEqual(['massage-advisor:elsewhere']);
});

test('"Forget my answers" before the app starts clears the boxes', async ({ page }) => {
  await holdStart(page);
  await page.goto(`${host}/index.html`);
  await page.getByLabel('Chest pain').check();
  await page.getByLabel('40 to 49').check();
  await page.getByRole('button', { name: 'Forget my answers' }).click();
  await expect(page.getByLabel('Chest pain')).not.toBeChecked();
  await expect(page.getByLabel('40 to 49')).not.toBeChecked();
  await startApp(page);
  await expect(page.getByLabel('Chest pain')).not.toBeChecked();
  expect(await widgetKeys(page)).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`axe finds nothing on the pre-rendered step at ${width} px, and it looks like the app`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await holdStart(page);
    await page.goto(`${host}/index.html`);
    await expect(page.locator('.ma-root--prerendered')).toBeVisible();
    await screenshot(page, `prerendered-${width}`);
    await expectAccessible(page, `the pre-rendered step at ${width} px`, { sameOrigin: true });
    const before = await page.screenshot({ fullPage: true });
    await startApp(page);
    await screenshot(page, `prerendered-taken-over-${width}`);
    // Pixel for pixel the same page: the take-over cannot be seen.
    expect(Buffer.compare(await page.screenshot({ fullPage: true }), before)).toBe(0);
  });
}

test('the offline file shows the first step as HTML, before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(offlineFile);
  await expect(page.getByRole('heading', { level: 1, name: 'Find the right massage for your back' })).toBeVisible();
  await expect(page.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  await page.getByLabel('Chest pain').check();
  await page.getByLabel('40 to 49').check();
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  // Styled as the app is: the options are bordered boxes, not bare inputs.
  expect(await page.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
  await context.close();
});

test('a page carrying the first step as HTML shows it styled before any script runs, under a strict CSP', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${host}/carried.html`);
  await expect(page.getByRole('heading', { level: 3, name: 'Find the right massage for your back' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'First, your safety' })).toBeVisible();
  await page.getByLabel('Chest pain').check();
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  // Styled by the stylesheet file (an inline <style> would be refused).
  expect(await page.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
  // The module never runs here: the clinic's fallback shows below the step,
  // so the visitor still has a way to reach the clinic.
  await expect(page.locator('massage-advisor > p')).toBeVisible();
  await expect(page.locator('massage-advisor > p')).toContainText('Call us on +91 82704 82704');
  // Next submits nothing before the module runs: no reload, the tick stays.
  await page.getByRole('button', { name: 'Next' }).click();
  expect(page.url()).toBe(`${host}/carried.html`);
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  await context.close();
});

test('a carried step from another release is built again by the element, with its ticks', async ({ page }) => {
  const log = watch(page);
  await holdStart(page);
  // The demo page, as if printed by another release.
  await page.route(`${host}/carried.html`, async (route) => {
    const response = await route.fetch();
    const older = (await response.text()).replace(/data-ma-version="[^"]*"/, 'data-ma-version="0.0.1-older"');
    await route.fulfill({ response, body: older });
  });
  // The module arrives late, as on a slow network: the visitor ticks first.
  let arrive;
  const late = new Promise((resolve) => { arrive = resolve; });
  await page.route(`${host}/massage-advisor.js`, async (route) => { await late; await route.continue(); });
  await page.goto(`${host}/carried.html`, { waitUntil: 'commit' });
  await page.getByLabel('Chest pain').check();
  await page.getByLabel('40 to 49').check();
  arrive();
  // Built by this release's element (no version mark), the ticks carried over.
  await expect(page.locator('.ma-root--prerendered:not([data-ma-version])')).toBeVisible();
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  await startApp(page);
  await expect(page.getByLabel('Chest pain')).toBeChecked();
  await expect.poll(async () => (await saved(page)).answers).toMatchObject({ red_flags: ['chest_pain'], age_band: '40_49' });
  expect(log.errors).toEqual([]);
});

test('a step a browser left as a plain <template> is not taken for the host\'s fallback', async ({ page }) => {
  // A browser without declarative shadow DOM leaves the carried step as a
  // <template> child; when the widget cannot start, it says so rather than
  // showing that empty "fallback".
  await page.addInitScript(() => {
    WebAssembly.instantiate = () => Promise.reject(new Error('this test stops the wasm'));
    WebAssembly.instantiateStreaming = () => Promise.reject(new Error('this test stops the wasm'));
  });
  await page.goto(`${host}/blank.html`);
  await page.evaluate(() => {
    const el = document.createElement('massage-advisor');
    const template = document.createElement('template');
    template.setAttribute('shadowrootmode', 'open'); // made by script: never attached
    el.append(template);
    document.body.append(el);
  });
  await page.addScriptTag({ url: '/massage-advisor.js', type: 'module' });
  await expect(page.locator('.ma-boot--failed')).toBeVisible();
  await expect(page.locator('.ma-boot--failed')).not.toBeEmpty();
});
