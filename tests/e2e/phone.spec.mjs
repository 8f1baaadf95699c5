// A visitor on a phone (issue 21): done in about two minutes, the answer in
// the first screen, text at the visitor's size, nothing wider than the
// screen at 200% zoom, and the widget drawn in the host page's colours.
import { test, expect } from '@playwright/test';
import { answerStep, clickNext, deskWorker, screenshot } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';
const PHONE = { width: 375, height: 800 };

// The personas the note reports: the desk worker (the target), and visitors
// whose answers reveal follow-up questions.
const PERSONAS = {
  'desk worker': deskWorker,
  'pregnant, 20 weeks': { ...deskWorker, conditions: ['pregnancy'], pregnancy_stage: '12_27w', pregnancy_signs: [] },
  'stiffness only, for months': {
    ...deskWorker, stiffness: 'moderate', stiffness_worst: 'waking', morning_stiffness: 'under_30', pain_areas: [],
    pain_duration: 'over_3m', pain_trend: 'same',
  },
  '58, neck and lower back': {
    ...deskWorker, age_band: '50_64', pain_areas: ['neck', 'lower_back'], neck_signs: [], sudden_severe: false,
    first_episode: false,
  },
};

/**
 * Answers every step as a visitor on a phone would and counts what it
 * costs: taps (a tick, a choice, a field, Next) and the pixels scrolled to
 * reach each of them (after the widget has brought each new step's heading
 * to the top). Returns { taps, scrolled } on the results.
 */
async function walk(page, widget, persona) {
  let taps = 0;
  let scrolled = 0;
  const tap = async (target) => {
    const before = await page.evaluate(() => window.scrollY);
    await target.scrollIntoViewIfNeeded();
    const after = await page.evaluate(() => window.scrollY);
    scrolled += Math.abs(after - before);
    taps += 1;
  };
  for (let step = 1; step <= 7; step++) {
    await expect(widget.locator('.ma-progress__label, #ma-results-title').first()).toBeVisible();
    if (await widget.locator('#ma-results-title').count()) break;
    const done = new Set();
    for (;;) {
      const ids = (await widget.locator('.ma-step .ma-question').evaluateAll((els) => els.map((el) => el.id.replace(/^ma-q-/, ''))))
        .filter((id) => !done.has(id));
      if (!ids.length) break;
      for (const id of ids) {
        if (!(id in persona)) throw new Error(`the persona does not answer ${id}`);
        const value = persona[id];
        const frame = widget.locator(`#ma-q-${id}`);
        if (await frame.locator('input[type=text]').count()) {
          const input = frame.locator('input[type=text]');
          await tap(input);
          await input.fill(String(value));
        } else {
          const options = typeof value === 'boolean' ? [value ? 'yes' : 'no']
            : Array.isArray(value) ? (value.length ? value : ['none']) : [String(value)];
          for (const option of options) {
            const target = frame.locator(`[id="ma-${id}-${option}"]`);
            await tap(target);
            if ((await target.getAttribute('type')) === null) await target.click();
            else await target.check();
          }
        }
        done.add(id);
      }
    }
    await tap(widget.locator('.ma-step button[type=submit]'));
    await clickNext(widget);
  }
  await expect(widget.locator('#ma-results-title')).toBeVisible();
  return { taps, scrolled };
}

/** A fresh clinic page (the demo page, with its header) on a phone. */
async function openOnPhone(browser, url = `${host}/index.html`) {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return page;
}

test('a desk worker on a phone is done in about two minutes; the other personas are counted', async ({ browser }) => {
  test.setTimeout(180_000);
  const counts = {};
  for (const [name, persona] of Object.entries(PERSONAS)) {
    const page = await openOnPhone(browser);
    const { taps, scrolled } = await walk(page, page.locator('massage-advisor'), persona);
    const screens = scrolled / PHONE.height;
    // About 3 s to read an option and tap it, 4 s to scroll a screen and
    // find one's place again: a visitor's time, roughly, not a benchmark.
    const seconds = Math.round(taps * 3 + screens * 4);
    counts[name] = { taps, scrolled, screens: Number(screens.toFixed(1)), seconds };
    await page.close();
  }
  console.log(`phone counts: ${JSON.stringify(counts)}`);
  test.info().annotations.push({ type: 'phone counts', description: JSON.stringify(counts) });
  const desk = counts['desk worker'];
  expect(desk.taps, JSON.stringify(desk)).toBeLessThanOrEqual(26);
  expect(desk.screens, JSON.stringify(desk)).toBeLessThanOrEqual(6);
  expect(desk.seconds, JSON.stringify(desk)).toBeLessThanOrEqual(120);
});

test('step 1 fits about two phone screens, and each new step starts at its heading', async ({ browser }) => {
  const page = await openOnPhone(browser);
  const widget = page.locator('massage-advisor');
  await expect(widget.locator('.ma-root:not(.ma-root--prerendered) #ma-q-red_flags')).toBeVisible();
  const height = await widget.locator('.ma-step').evaluate((el) => el.getBoundingClientRect().height);
  expect(height, 'the first step, from its heading to Next').toBeLessThanOrEqual(2 * PHONE.height);
  await widget.locator('#ma-red_flags-none').check();
  await widget.locator('#ma-age_band-18_39').check();
  await clickNext(widget);
  // The step's heading is at the top of the screen, not under the clinic's header.
  await expect.poll(() => widget.locator('#ma-step-title').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(40);
  await expect.poll(() => widget.locator('#ma-step-title').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await page.close();
});

test("the results' first screen holds the outcome, the first suggestion with why, and its action", async ({ browser }) => {
  for (const url of [`${host}/index.html`, `${host}/clinic.html`]) {
    const page = await openOnPhone(browser, url);
    const widget = page.locator('massage-advisor');
    await walk(page, widget, deskWorker);
    await expect.poll(() => widget.locator('#ma-results-title').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(40);
    // The first screen as the visitor sees it.
    await page.screenshot({ path: `target/screenshots/375-first-screen-${url.endsWith('clinic.html') ? 'booking' : 'call'}.png` });
    const bottom = (locator) => locator.first().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await bottom(widget.locator('.ma-triage')), `${url}: outcome`).toBeLessThanOrEqual(PHONE.height);
    expect(await bottom(widget.locator('.ma-card__reasons')), `${url}: first suggestion and why`).toBeLessThanOrEqual(PHONE.height);
    // The main action: its booking link where the clinic has a booking page,
    // else the first way to reach the clinic.
    const action = (await widget.locator('.ma-card__book a').count()) ? widget.locator('.ma-card__book a') : widget.locator('.ma-cta__link');
    await expect(action.first()).toHaveClass(/ma-button--primary/);
    expect(await bottom(action), `${url}: its action`).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  }
});

test("with the host's root font size doubled, the widget's text doubles", async ({ page }) => {
  await page.goto(`${host}/blank.html`);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '32px';
    document.body.append(document.createElement('massage-advisor'));
    const s = document.createElement('script');
    s.type = 'module';
    s.src = 'massage-advisor.js';
    document.head.append(s);
  });
  const widget = page.locator('massage-advisor');
  await expect(widget.locator('.ma-root:not(.ma-root--prerendered) .ma-question__label').first()).toBeVisible();
  const size = (selector) => widget.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.ma-root')).toBe(32);
  expect(await size('.ma-question__label')).toBe(36);
  // A host that shrinks its root (the "62.5%" habit) cannot make it tiny.
  await page.evaluate(() => { document.documentElement.style.fontSize = '10px'; });
  expect(await size('.ma-root')).toBe(16);
});

test('at 200% zoom on a 375 px phone, nothing is wider than the screen', async ({ browser }) => {
  test.setTimeout(120_000);
  // 200% zoom of a 375 px screen lays the page out 188 CSS px wide.
  const page = await browser.newPage({ viewport: { width: 188, height: 400 } });
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('massage-advisor');
  const widest = () => widget.evaluate((el) => {
    const limit = document.documentElement.clientWidth;
    const over = [];
    for (const node of el.shadowRoot.querySelectorAll('*')) {
      const r = node.getBoundingClientRect();
      if (r.width && r.right > limit + 0.5) over.push(`${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''} ${Math.round(r.right - limit)}px`);
    }
    return over;
  });
  const check = async (where) => {
    expect(await widest(), where).toEqual([]);
    const right = await widget.evaluate((el) => el.getBoundingClientRect().right - document.documentElement.clientWidth);
    expect(right, where).toBeLessThanOrEqual(0.5);
  };
  for (let step = 1; step <= 7; step++) {
    await expect(widget.locator('.ma-root:not(.ma-root--prerendered) .ma-progress__label')).toHaveText(`Step ${step} of 7`);
    await check(`step ${step}`);
    await answerStep(widget, deskWorker);
    await clickNext(widget);
  }
  await expect(widget.locator('#ma-results-title')).toBeVisible();
  for (const open of await widget.locator('details').all()) await open.evaluate((el) => { el.open = true; });
  await check('results');
  await screenshot(page, 'zoom-200-results');
  await page.close();
});

test('theme="auto" follows the host page: a light page keeps a light widget on a phone in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: PHONE });
  const page = await context.newPage();
  const background = () => page.locator('massage-advisor .ma-root').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const open = async (scheme) => {
    await page.goto(`${host}/blank.html`);
    await page.evaluate((s) => {
      if (s) {
        const meta = document.createElement('meta');
        meta.name = 'color-scheme';
        meta.content = s;
        document.head.append(meta);
      }
      document.body.append(document.createElement('massage-advisor'));
      const script = document.createElement('script');
      script.type = 'module';
      script.src = 'massage-advisor.js';
      document.head.append(script);
    }, scheme);
    await expect(page.locator('massage-advisor .ma-root:not(.ma-root--prerendered)')).toBeVisible();
  };
  // A page that declares nothing is drawn light: so is the widget.
  await open(null);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await open('light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  // A page that supports both follows the phone, as the widget does.
  await open('light dark');
  expect(await background()).toBe('rgb(18, 25, 23)');
  await open('dark');
  expect(await background()).toBe('rgb(18, 25, 23)');
  await context.close();
});
