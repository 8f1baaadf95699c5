// Small helpers so that tests read like what a visitor does.
import { expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** Every key the widget wrote to localStorage. */
export async function widgetKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('massage-advisor:')));
}

/** Clicks Next (or "See my suggestions"). */
export async function clickNext(page) {
  await page.locator('.ma-step button[type=submit]').click();
}

/** Expects this text somewhere in the widget. */
export async function seeText(page, text) {
  await expect(page.locator('.ma-root')).toContainText(text);
}

/** Expects the progress label to say step `n`. */
export async function onStep(page, n, total = 7) {
  await expect(page.locator('.ma-progress__label')).toHaveText(`Step ${n} of ${total}`);
}

/**
 * Answers the questions of the current step. `answers` maps a question id to
 * an option id, a list of option ids (multiple choice, body map) or a number.
 */
export async function answer(page, answers) {
  for (const [question, value] of Object.entries(answers)) {
    if (question === 'pain_areas') {
      for (const area of [].concat(value)) {
        if (area === 'none') await page.locator('#ma-pain_areas-none').check();
        else await page.locator(`#ma-pain_areas-${area}`).click();
      }
    } else if (question === 'sitting_hours') {
      await page.locator('#ma-sitting_hours-input').fill(String(value));
    } else if (question === 'pain_intensity') {
      await page.locator(`#ma-pain_intensity-${value}`).check();
    } else {
      for (const option of [].concat(value)) await page.locator(`#ma-${question}-${option}`).check();
    }
  }
}

/** A desk worker with lower-back stiffness after sitting: the answers, step by step. */
export const deskWorker = [
  { red_flags: 'none', age_band: '18_39' },
  { conditions: 'none' },
  { stiffness: 'mild', stiffness_worst: 'after_sitting' },
  { sitting_hours: 9, longest_sitting: 'over_2h', work_demands: 'none' },
  { pain_areas: ['lower_back'] },
  { pain_intensity: 3, pain_duration: 'under_6w', first_episode: 'no', eased_by: 'movement' },
  { pressure: 'medium', oil_welcome: 'yes', heat_welcome: 'yes' },
];

/** Answers every step of `persona`, checking the progress label on the way. */
export async function complete(page, persona, { onEachStep } = {}) {
  for (const [i, step] of persona.entries()) {
    await onStep(page, i + 1);
    await answer(page, step);
    if (onEachStep) await onEachStep(i + 1);
    await clickNext(page);
  }
  await expect(page.locator('#ma-results-title')).toBeVisible();
}

/**
 * Runs axe-core (WCAG 2.x A and AA) on the page; expects no violations. On a
 * page with a strict CSP, axe is loaded from the page's own origin.
 */
export async function expectAccessible(page, label, { sameOrigin = false } = {}) {
  if (sameOrigin) await page.addScriptTag({ url: '/axe.min.js' });
  else await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
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
