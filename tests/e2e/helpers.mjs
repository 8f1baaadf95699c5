// Small helpers so that tests read like what a visitor does.
import { expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** Console messages and page errors, to assert that nothing went wrong. */
export function watch(page) {
  const log = { errors: [], warnings: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  return log;
}

/** Every key the widget wrote to localStorage. */
export async function widgetKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('massage-advisor:')));
}

/** Clicks Next (or "See my suggestions"). */
export async function clickNext(scope) {
  await scope.locator('.ma-step button[type=submit]').click();
}

/** Taps an area of the body map's drawing (its shape). */
export async function tapArea(scope, area) {
  await scope.locator(`.ma-bodymap__area[data-area=${area}] .ma-bodymap__region`).click();
}

/** Forgets the answers: "Forget my answers", then the confirmation. */
export async function forgetAnswers(scope) {
  await scope.getByRole('button', { name: 'Forget my answers' }).click();
  await scope.getByRole('button', { name: 'Yes, erase my answers' }).click();
}

/** Expects this text somewhere in the widget. */
export async function seeText(scope, text) {
  await expect(scope.locator('.ma-root')).toContainText(text);
}

/** Expects the progress label to say step `n`. */
export async function onStep(scope, n, total = 7) {
  await expect(scope.locator('.ma-progress__label')).toHaveText(`Step ${n} of ${total}`);
}

/**
 * A persona: stored answers, read from the fixture the Rust tests use too
 * (question id -> option id, list of option ids, boolean or number).
 */
export function persona(name) {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${name}.json`, import.meta.url)), 'utf8'));
}

/** The desk worker with lower-back stiffness after sitting. */
export const deskWorker = persona('desk-worker');

/**
 * Answers questions as a visitor would, by what the page shows: a text field
 * is typed into, body-map areas are tapped, radios and checkboxes ticked.
 * `answers` maps a question id to a value as stored (an option id, a list of
 * option ids with [] for "none of these", a boolean, or a number).
 * `scope` is the page or one widget.
 */
export async function answer(scope, answers) {
  for (const [question, value] of Object.entries(answers)) {
    const frame = scope.locator(`#ma-q-${question}`);
    const options = typeof value === 'boolean' ? [value ? 'yes' : 'no']
      : Array.isArray(value) ? (value.length ? value : ['none'])
        : [String(value)];
    if (await frame.locator('input[type=text]').count()) {
      await frame.locator('input[type=text]').fill(options[0]);
      continue;
    }
    for (const option of options) {
      const target = frame.locator(`[id="ma-${question}-${option}"]`);
      if ((await target.getAttribute('type')) === null) await target.click();
      else await target.check();
    }
  }
}

/** The ids of the questions shown on the current step. */
async function shownQuestions(scope) {
  const ids = await scope.locator('.ma-step .ma-question').evaluateAll((els) => els.map((el) => el.id));
  return ids.map((id) => id.replace(/^ma-q-/, ''));
}

/**
 * Answers, from `persona`, every question the current step shows, including
 * those an answer reveals.
 */
export async function answerStep(scope, persona) {
  // Every step shows a question: wait for the step, or an app still
  // starting would look like a step with nothing to answer.
  await expect(scope.locator('.ma-step .ma-question').first()).toBeVisible();
  const done = new Set();
  for (;;) {
    const fresh = (await shownQuestions(scope)).filter((id) => !done.has(id));
    if (!fresh.length) return;
    const missing = fresh.filter((id) => !(id in persona));
    if (missing.length) {
      throw new Error(`the persona does not answer ${missing.join(', ')}: add ${missing.map((id) => `"${id}": …`).join(', ')} to it (for the desk worker, in tests/fixtures/desk-worker.json)`);
    }
    for (const id of fresh) {
      await answer(scope, { [id]: persona[id] });
      done.add(id);
    }
  }
}

/** Answers the first `steps` steps from `persona`, pressing Next after each. */
export async function completeSteps(scope, persona, steps) {
  for (let n = 1; n <= steps; n++) {
    await onStep(scope, n);
    await answerStep(scope, persona);
    await clickNext(scope);
  }
}

/**
 * Answers every step from `persona` up to the results, checking the progress
 * label on the way; `from` is the step shown when it starts.
 */
export async function complete(scope, persona, { onEachStep, from = 1 } = {}) {
  for (let n = from; ; n++) {
    await expect(scope.locator('.ma-progress__label, #ma-results-title').first()).toBeVisible();
    if (await scope.locator('#ma-results-title').count()) break;
    await onStep(scope, n);
    await answerStep(scope, persona);
    if (onEachStep) await onEachStep(n);
    await clickNext(scope);
  }
  await expect(scope.locator('#ma-results-title')).toBeVisible();
}

/**
 * Runs axe-core (WCAG 2.x A and AA, and the best-practice rules that catch a
 * bad neighbour: a second h1 or main, skipped heading levels, content
 * outside landmarks) on the page; expects no violations. On a page with a
 * strict CSP, axe is loaded from the page's own origin.
 */
export async function expectAccessible(page, label, { sameOrigin = false } = {}) {
  if (sameOrigin) await page.addScriptTag({ url: '/axe.min.js' });
  else await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(result, `axe violations on ${label}`).toEqual([]);
}

/** Saves a screenshot under target/screenshots. */
export async function screenshot(page, name) {
  const dir = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${name}.png`, fullPage: true });
}

/** The deepest focused element (through shadow roots): its id and classes. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el ? { id: el.id, cls: el.className?.baseVal ?? el.className, tag: el.tagName } : null;
  });
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
export async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((sel) => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return !!el && el.matches(sel);
    }, selector);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Holds WebAssembly.instantiate until `window.__openGate()` lets it go. */
export async function holdStart(page) {
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    let open;
    const gate = new Promise((resolve) => { open = resolve; });
    Object.defineProperty(window, '__openGate', { value: open });
    WebAssembly.instantiate = (...args) => gate.then(() => instantiate(...args));
    // The module fetches its .wasm and compiles it as it streams.
    const streaming = WebAssembly.instantiateStreaming;
    if (streaming) WebAssembly.instantiateStreaming = (...args) => gate.then(() => streaming(...args));
  });
}
