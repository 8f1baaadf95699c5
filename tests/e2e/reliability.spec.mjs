// Nothing a host, a browser or a second tab does can freeze the widget or
// lose an answer silently: Trusted Types, sandboxed frames, storage that
// fails halfway, other tabs and widgets, memory over a long session, and a
// page that broke a built-in before the widget loaded.
import { test, expect } from '@playwright/test';
import {
  answer, answerStep, clickNext, complete, completeSteps, deskWorker, onStep, seeText, watch, widgetKeys,
  forgetAnswers, tapArea,
} from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

test('the whole questionnaire runs under Trusted Types with no violation and no page error', async ({ page }) => {
  const log = watch(page);
  const response = await page.goto(`${host}/tt-strict.html`);
  expect(response.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
  await complete(page, deskWorker);
  await expect(page.locator('.ma-card')).toHaveCount(3);
  await page.getByText('Other therapies and why they were left out').click();
  await page.getByText('About this advice').click();
  // Back to the body map and every other kind of screen.
  await page.getByRole('button', { name: 'Change: Where it hurts' }).click();
  await onStep(page, 5);
  await tapArea(page, 'neck');
  await expect(page.locator('#ma-pain_areas-neck')).toBeChecked();
  await page.reload();
  await seeText(page, 'Welcome back');
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await onStep(page, 5);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('Next works inside a frame sandboxed without allow-forms', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/sandboxed.html`);
  const frame = page.frameLocator('iframe');
  await complete(frame, deskWorker);
  await expect(frame.locator('.ma-card')).toHaveCount(3);
  // Back and Edit work too, and no submission was ever blocked.
  await frame.getByRole('button', { name: 'Change: Stiffness' }).click();
  await onStep(frame, 3);
  await frame.getByRole('button', { name: 'Back' }).click();
  await onStep(frame, 2);
  expect(log.errors).toEqual([]);
});

test('Enter in a field still goes to the next step where forms are allowed', async ({ page }) => {
  await page.goto('/');
  await completeSteps(page, deskWorker, 3);
  await onStep(page, 4);
  await page.locator('#ma-sitting_hours-input').fill('9');
  await answer(page, { longest_sitting: 'over_2h', work_demands: [] });
  await page.locator('#ma-sitting_hours-input').press('Enter');
  await onStep(page, 5);
});

test('a localStorage getter that throws once mid-run: told, then saved by itself, no page error', async ({ page }) => {
  const log = watch(page);
  await page.addInitScript(() => {
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage').get;
    window.__failNext = 0;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        if (window.__failNext > 0) {
          window.__failNext -= 1;
          throw new DOMException('Access is denied.', 'SecurityError');
        }
        return real.call(window);
      },
    });
  });
  await page.goto('/');
  await completeSteps(page, deskWorker, 3);
  await onStep(page, 4);
  await page.evaluate(() => { window.__failNext = 1; });
  await page.locator('#ma-sitting_hours-input').fill('9');
  await expect(page.locator('.ma-notice')).toHaveText(/cannot be saved on this device right now/);
  await answer(page, { longest_sitting: 'over_2h', work_demands: [] });
  // Saving resumes by itself, with the latest answers.
  await expect(page.locator('.ma-notice')).toHaveText('Saving works again: your answers are saved on this device.', { timeout: 5000 });
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('massage-advisor:default')));
  expect(saved.answers.sitting_hours).toBe(9);
  expect(saved.answers.longest_sitting).toBe('over_2h');
  expect(saved.answers.work_demands).toEqual([]);
  await clickNext(page);
  await onStep(page, 5);
  expect(log.errors).toEqual([]);
});

test('forget when the browser refuses to remove: the answers are overwritten, and said so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.removeItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await completeSteps(page, deskWorker, 2);
  await forgetAnswers(page);
  await seeText(page, 'Your answers have been erased from this device.');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('massage-advisor:default')));
  expect(Object.values(stored.answers).filter((v) => v !== null)).toEqual([]);
  await page.reload();
  await onStep(page, 1);
  await expect(page.locator('.ma-root')).not.toContainText('Welcome back');
});

test('forget while storage is blocked says plainly that nothing could be erased, and how to clear it', async ({ page }) => {
  const log = watch(page);
  await page.goto('/');
  await completeSteps(page, deskWorker, 2);
  await page.evaluate(() => {
    for (const name of ['setItem', 'removeItem', 'getItem']) {
      Storage.prototype[name] = function () {
        throw new DOMException('Access is denied.', 'SecurityError');
      };
    }
  });
  await forgetAnswers(page);
  await expect(page.locator('.ma-notice')).toHaveText(/could not be erased from this device.*clear this website's stored data in your browser's settings/);
  expect(log.errors).toEqual([]);
});

test('500 screen changes leave wasm memory and the JS heap where they were', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__maMemory = e.detail.wasm.memory; }));
  await page.goto('/');
  await answerStep(page, deskWorker);
  await clickNext(page);
  await onStep(page, 2);
  const flip = (n) => page.evaluate(async (count) => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < count; i++) {
      [...document.querySelectorAll('.ma-step button')].find((b) => b.textContent.trim() === 'Back').click();
      await tick();
      document.querySelector('.ma-step button[type=submit]').click();
      await tick();
    }
    return document.querySelector('.ma-progress__label').textContent;
  }, n);
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { heap: usedSize, wasm: await page.evaluate(() => window.__maMemory.buffer.byteLength) };
  };
  await flip(25);
  const before = await measure();
  expect(await flip(250)).toBe('Step 2 of 7');
  const after = await measure();
  // 500 changes: no wasm page of growth, and the JS heap within 512 KiB.
  expect(after.wasm - before.wasm, `wasm ${before.wasm} -> ${after.wasm}`).toBeLessThanOrEqual(64 * 1024);
  expect(after.heap - before.heap, `heap ${before.heap} -> ${after.heap}`).toBeLessThanOrEqual(512 * 1024);
});

test('another page calling localStorage.clear() keeps the answers here, saves them again and says so', async ({ browser }) => {
  const context = await browser.newContext();
  const one = await context.newPage();
  await one.goto('/');
  await completeSteps(one, deskWorker, 2);
  await onStep(one, 3);
  const two = await context.newPage();
  await two.goto('/');
  await two.evaluate(() => localStorage.clear());
  await one.bringToFront();
  await expect(one.locator('.ma-notice')).toHaveText(/cleared its stored data\. Your answers here are kept and have been saved again\./);
  await onStep(one, 3);
  const saved = await one.evaluate(() => JSON.parse(localStorage.getItem('massage-advisor:default')));
  expect(saved.answers.age_band).toBe('18_39');
  expect(saved.step).toBe(2);
  await context.close();
});

test('two widgets sharing a storage key on one page stay in step, as two tabs do', async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/shared-key.html`);
  const a = page.locator('#a');
  const b = page.locator('#b');
  await answer(a, { red_flags: [], age_band: '40_49' });
  await expect(b.locator('#ma-age_band-40_49')).toBeChecked();
  await expect(b.locator('#ma-red_flags-none')).toBeChecked();
  await answer(b, { age_band: '50_64' });
  await expect(a.locator('#ma-age_band-50_64')).toBeChecked();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('massage-advisor:shared')));
  expect(saved.answers.age_band).toBe('50_64');
  // Forgotten in one, forgotten in the other.
  await forgetAnswers(b);
  await expect(a.locator('#ma-age_band-50_64')).not.toBeChecked();
  await expect(a.locator('.ma-notice')).toHaveText(/erased in another tab or window/);
  expect(await widgetKeys(page)).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('a thousands separator is refused with a clear message; Devanagari digits are digits', async ({ page }) => {
  await page.goto(`${host}/many.html`);
  const second = page.locator('#second');
  for (let n = 1; n <= 3; n++) {
    await expect(second.locator('.ma-progress__label')).toHaveText(`चरण ${n} / 7`);
    await answerStep(second, deskWorker);
    await clickNext(second);
  }
  await second.locator('#ma-sitting_hours-input').fill('1,000');
  await second.locator('#ma-sitting_hours-input').blur();
  await expect(second.locator('#ma-sitting_hours-error')).toHaveText('कृपया संख्या हज़ार वाले अलगाव-चिह्न (कॉमा) के बिना लिखें, जैसे 8 या 7.5।');
  await second.locator('#ma-sitting_hours-input').fill('७.५');
  await expect(second.locator('#ma-sitting_hours-error')).toHaveText('');
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('massage-advisor:/many.html#second')).answers.sitting_hours)).toBe(7.5);
});

test('host text is isolated from the widget\'s own words, and an email cannot smuggle a header', async ({ page }) => {
  await page.addInitScript((answers) => {
    localStorage.setItem('massage-advisor:isolate', JSON.stringify({ version: 3, saved_at: Date.now(), step: 7, answers }));
  }, deskWorker);
  await page.goto(`${host}/blank.html`);
  await page.evaluate(async (url) => {
    await import(url);
    const el = document.createElement('massage-advisor');
    el.setAttribute('storage-key', 'isolate');
    el.setAttribute('clinic-name', '\u202EClinic Lotus');
    el.setAttribute('clinic-email', 'care@example.org%0Abcc:all@example.org');
    el.setAttribute('clinic-phone', '+91 82704 82704');
    document.body.append(el);
  }, `${host}/massage-advisor.js`);
  await page.getByRole('button', { name: 'See my suggestions' }).click();
  const title = page.locator('.ma-cta__title');
  await expect(title.locator('bdi')).toHaveText('\u202EClinic Lotus');
  // The widget's own words stay in their order around the name.
  expect(await title.evaluate((el) => el.firstChild.textContent)).toBe('Book a session with ');
  await expect(page.locator('.ma-cta a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.locator('.ma-cta a[href="tel:+918270482704"] bdi')).toHaveText('+91 82704 82704');
});

for (const [what, breakIt, cause] of [
  ['TextDecoder replaced', () => { window.TextDecoder = function () { throw new Error('this page replaced TextDecoder'); }; }, /TextDecoder/],
  ['no DecompressionStream (an older browser)', () => { delete window.DecompressionStream; }, /DecompressionStream/],
  ['Object.prototype.then defined', () => { Object.defineProperty(Object.prototype, 'then', { value() {}, configurable: true, writable: true }); }, /Object\.prototype\.then/],
]) {
  test(`when it cannot start (${what}) the element shows a fallback and one console error naming the cause`, async ({ page }) => {
    const log = watch(page);
    await page.addInitScript(breakIt);
    await page.goto(`${host}/fallback.html`);
    // The host's own fallback, where it gave one...
    await expect(page.locator('#with-fallback').getByText('Call us on')).toBeVisible();
    await expect(page.locator('#with-fallback a[href="tel:+918270482704"]')).toBeVisible();
    // ... and a short message where it did not: never an empty box.
    await expect(page.locator('#without-fallback .ma-boot--failed')).toHaveText(/cannot open in this browser/);
    expect(await page.locator('#without-fallback').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(20);
    const ours = log.errors.filter((e) => e.startsWith('massage-advisor'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/^massage-advisor: could not start: /);
    expect(ours[0]).toMatch(cause);
  });
}

test("a site policy without 'wasm-unsafe-eval' gets a message that says so, not 'try another browser'", async ({ page }) => {
  const log = watch(page);
  await page.goto(`${host}/nowasm.html`);
  await expect(page.locator('massage-advisor .ma-boot--failed')).toHaveText(/blocked by this website's security settings/);
  const ours = log.errors.filter((e) => e.startsWith('massage-advisor'));
  expect(ours).toHaveLength(1);
});
