// Hostile inputs in bulk: corrupt stored values and hostile attribute values
// by the hundred, and mount/unmount cycles. Each test counts what it tried
// and what survived (written to target/hostile-inputs/) for the record.
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deskWorker, watch } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

function record(name, tried, survived) {
  const dir = fileURLToPath(new URL('../../target/hostile-inputs/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.json`, JSON.stringify({ tried, survived }));
  console.log(`hostile inputs, ${name}: ${survived} of ${tried} survived`);
}

/**
 * Loads the module into a blank host page, and has the app started once (a
 * first widget, then removed): the loops below give each widget a few ticks
 * to show, not the wasm's whole start.
 */
async function blankHost(page) {
  await page.goto(`${host}/blank.html`);
  await page.evaluate(async (url) => {
    await import(url);
    await customElements.whenDefined('massage-advisor');
    const first = document.createElement('massage-advisor');
    first.id = 'starter';
    first.setAttribute('save', 'off');
    document.body.append(first);
  }, `${host}/massage-advisor.js`);
  await expect(page.locator('#starter .ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await page.evaluate(() => document.getElementById('starter').remove());
}

/** Stored values no build of the widget ever wrote. */
function corruptValues() {
  const envelope = (over) => JSON.stringify({ version: 3, saved_at: Date.now(), step: 7, answers: deskWorker, ...over });
  const values = [
    '', ' ', '{', '}', '[', 'null', 'undefined', 'NaN', 'true', '42', '-0', '"a string"', '[]', '[1,2,3]', '{}',
    '\u0000', '\uFEFF{}', '{"version":}', '{"version":3', 'x'.repeat(100_000), '['.repeat(5000) + ']'.repeat(5000),
    JSON.stringify({ answers: deskWorker }),
  ];
  for (const version of ['3', -1, 0, 1.5, 4, 99, 2 ** 53, null, true, [], {}]) values.push(envelope({ version }));
  for (const saved_at of ['now', null, -1, -1e308, 1e308, Date.now() + 365 * 86_400_000, 0, [], {}]) values.push(envelope({ saved_at }));
  for (const step of [-1, 1.5, 1e9, '2', null, [], {}, true]) values.push(envelope({ step }));
  for (const answers of [null, [], 'answers', 123, true, { red_flags: 'none' }]) values.push(envelope({ answers }));
  // Every field of the answers, with a value of every wrong shape.
  for (const field of Object.keys(deskWorker).concat(['accident_when', 'pregnancy_signs', 'upper_back_pain', 'morning_stiffness'])) {
    for (const wrong of [123, -1e9, 'nope', ['nope'], [1, 2], { a: 1 }, true, 'none', ['none', 'none']]) {
      values.push(envelope({ answers: { ...deskWorker, [field]: wrong } }));
    }
  }
  // Prototype pollution and unknown fields.
  values.push('{"__proto__":{"polluted":true},"version":3,"saved_at":0,"step":0,"answers":{}}');
  values.push(envelope({ answers: { ...deskWorker, __proto__: { polluted: true } } }));
  values.push(envelope({ constructor: { prototype: { polluted: true } } }));
  values.push(envelope({ extra: 'x'.repeat(50_000), answers: { ...deskWorker, unknown_question: ['x'] } }));
  // Old versions with junk.
  values.push(JSON.stringify({ version: 2, saved_at: Date.now(), step: 5, answers: { pain_areas: ['one_leg', 'both_legs', 'x'] } }));
  values.push(JSON.stringify({ version: 1, pain_areas: 'both_legs' }));
  return values;
}

test('hundreds of corrupt stored values: every one loads as a fresh start or a valid save, with no page error', async ({ page }) => {
  test.setTimeout(180_000);
  const log = watch(page);
  await blankHost(page);
  const values = corruptValues();
  const survived = await page.evaluate(async (all) => {
    const settle = () => new Promise((r) => setTimeout(r, 0));
    let ok = 0;
    for (const [i, value] of all.entries()) {
      localStorage.setItem(`massage-advisor:corrupt-${i}`, value);
      const el = document.createElement('massage-advisor');
      el.setAttribute('storage-key', `corrupt-${i}`);
      document.body.append(el);
      for (let t = 0; t < 50 && !el.shadowRoot.querySelector('.ma-root:not(.ma-root--prerendered)'); t++) await settle();
      const root = el.shadowRoot.querySelector('.ma-root');
      // It shows a step or "Welcome back", never results a save did not earn.
      const shows = root && (root.querySelector('.ma-progress__label, .ma-resume'));
      if (shows) ok += 1;
      el.remove();
      localStorage.removeItem(`massage-advisor:corrupt-${i}`);
    }
    return ok;
  }, values);
  record('corrupt stored values', values.length, survived);
  expect(survived).toBe(values.length);
  expect(await page.evaluate(() => ({}).polluted)).toBeUndefined();
  expect(log.errors).toEqual([]);
});

/** Attribute values a careless or hostile host could set. */
const hostileValues = [
  '', ' ', '\u0000', '\n', 'x'.repeat(10_000), '<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>',
  'javascript:window.__xss=1', 'JaVaScRiPt:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>',
  'http://insecure.example.org', 'https://', 'https://exa mple.org', 'https://example.org/"onmouseover="x',
  '\u202Eevil', 'हिंदी', 'hi-IN', 'EN', 'dark ', ' light', 'auto\n', 'NaN', '-1', '1e309', '../../etc/passwd',
  'care@example.org?bcc=all@example.org', 'care@example.org%0Abcc:x@example.org', '+91 82704 82704', 'mailto:care@example.org',
];

test('hundreds of hostile attribute values stay inert text, and the widget keeps working', async ({ page }) => {
  test.setTimeout(180_000);
  const log = watch(page);
  await page.addInitScript((answers) => {
    localStorage.setItem('massage-advisor:attrs', JSON.stringify({ version: 3, saved_at: Date.now(), step: 7, answers }));
  }, deskWorker);
  await blankHost(page);
  const attributes = ['lang', 'storage-key', 'clinic-name', 'clinic-phone', 'clinic-email', 'clinic-url', 'clinic-whatsapp', 'reception-url', 'theme'];
  const survived = await page.evaluate(async ([names, values]) => {
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const el = document.createElement('massage-advisor');
    el.setAttribute('storage-key', 'attrs');
    document.body.append(el);
    for (let t = 0; t < 100 && !el.shadowRoot.querySelector('.ma-root:not(.ma-root--prerendered)'); t++) await settle();
    el.shadowRoot.querySelector('.ma-resume .ma-button--primary').click();
    await settle();
    let ok = 0;
    for (const name of names) {
      for (const value of values) {
        el.setAttribute(name, value);
        await settle();
        const root = el.shadowRoot.querySelector('.ma-root');
        const hrefs = [...el.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        // The clinic's links, the summary sent to a valid number or address (its
        // text percent-encoded), the plan made on the device.
        const safe = hrefs.every((h) => /^(https:\/\/[^\s"<>]+|tel:\+?[0-9]+|sms:\+?[0-9]+(\?body=[^\s"<>]*)?|mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+(\?[^\s"<>]*)?|data:text\/calendar;[^\s"<>]*)$/.test(h));
        const inert = el.shadowRoot.querySelectorAll('img, script, iframe').length === 0 && window.__xss === undefined;
        if (root && safe && inert) ok += 1;
        el.removeAttribute(name);
        await settle();
      }
    }
    return ok;
  }, [attributes, hostileValues]);
  const tried = attributes.length * hostileValues.length;
  record('hostile attribute values', tried, survived);
  expect(survived).toBe(tried);
  expect(log.errors).toEqual([]);
});

test('200 mount and unmount cycles: no error, and each cycle cleans up', async ({ page }) => {
  test.setTimeout(120_000);
  const log = watch(page);
  await blankHost(page);
  const cycles = 200;
  const survived = await page.evaluate(async (n) => {
    const settle = () => new Promise((r) => setTimeout(r, 0));
    let ok = 0;
    for (let i = 0; i < n; i++) {
      const el = document.createElement('massage-advisor');
      el.id = `cycle-${i % 3}`;
      document.body.append(el);
      for (let t = 0; t < 50 && !el.shadowRoot.querySelector('.ma-root:not(.ma-root--prerendered)'); t++) await settle();
      const mounted = !!el.shadowRoot.querySelector('.ma-root');
      el.remove();
      await settle();
      if (mounted && el.shadowRoot.childElementCount === 0) ok += 1;
    }
    // A storage change after all that reaches no widget left behind.
    localStorage.setItem('massage-advisor:/blank.html#cycle-0', 'x');
    window.dispatchEvent(new StorageEvent('storage', { key: 'massage-advisor:/blank.html#cycle-0', newValue: '{}' }));
    await settle();
    return ok;
  }, cycles);
  record('mount and unmount cycles', cycles, survived);
  expect(survived).toBe(cycles);
  expect(log.errors).toEqual([]);
});
