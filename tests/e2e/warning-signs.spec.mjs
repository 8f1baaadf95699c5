// A warning sign never waits (issue 19): each emergency and each urgent sign,
// ticked alone on the first step with nothing else answered, then Next, lands
// on its instruction screen, with the call link when the clinic set its
// emergency number; in English and in Hindi.
import { test, expect } from '@playwright/test';
import { clickNext, expectAccessible, onStep } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

// The level each sign calls for (src/domain/triage.rs, docs/clinical-rules.md).
const EMERGENCY = ['both_legs_numb', 'saddle_numbness', 'bladder_bowel', 'sexual_function', 'chest_pain', 'serious_fall'];
const URGENT = ['calf_swelling', 'fever', 'weight_loss', 'lump_or_shape', 'cough_sneeze', 'night_pain', 'cancer_history', 'one_leg_weakness'];

const LANGS = {
  en: {
    emergency: 'Call emergency services now', urgent: 'See a doctor today', call: 'Call 112 now',
    notice: 'If you need help now',
  },
  hi: {
    emergency: 'अभी आपातकालीन सेवा को कॉल करें', urgent: 'आज ही डॉक्टर को दिखाएँ', call: 'अभी 112 पर कॉल करें',
    notice: 'अगर अभी मदद चाहिए',
  },
};

/** The clinic page (emergency number 112) in `lang`, fresh. */
async function openClinic(page, lang) {
  // Nothing saved from the sign before: every visit starts afresh.
  await page.goto(`${host}/clinic.html`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.evaluate((l) => document.querySelector('#advisor').setAttribute('lang', l), lang);
  const widget = page.locator('#advisor');
  await expect(widget.locator('.ma-root')).toHaveAttribute('lang', lang);
  await onStepAny(widget);
  return widget;
}

/** Waits for the first step of the app itself (not the early one). */
async function onStepAny(widget) {
  await expect(widget.locator('.ma-root .ma-step #ma-q-red_flags')).toBeVisible();
}

test('the list of warning signs on the page is the one this test knows', async ({ page }) => {
  const widget = await openClinic(page, 'en');
  const ids = await widget.locator('#ma-q-red_flags input[type=checkbox]').evaluateAll(
    (els) => els.map((el) => el.value).filter((v) => v !== 'none'),
  );
  expect(ids.sort()).toEqual([...EMERGENCY, ...URGENT].sort());
});

for (const [lang, t] of Object.entries(LANGS)) {
  test(`${lang}: each emergency sign alone, then Next, says to call now, with the call link`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const sign of EMERGENCY) {
      const widget = await openClinic(page, lang);
      await widget.locator(`[id="ma-red_flags-${sign}"]`).check();
      // Said at once beside the question, with the call link; the step stays.
      const notice = widget.locator('#ma-q-red_flags + .ma-step__raised');
      await expect(notice, sign).toContainText(t.notice);
      await expect(notice.locator('a[href="tel:112"]'), sign).toHaveText(t.call);
      await expect(widget.locator('.ma-triage')).toHaveCount(0);
      // Next, with the age unanswered: the instruction, not "please answer".
      await clickNext(widget);
      await expect(widget.locator('.ma-triage__title'), sign).toHaveText(t.emergency);
      await expect(widget.locator('.ma-triage a[href="tel:112"]'), sign).toHaveText(t.call);
      await expect(widget.locator('.ma-card')).toHaveCount(0);
      // No "please check the answers" on the way, in any language.
      await expect(widget.locator('.ma-step__summary')).toHaveCount(0);
      await expect(widget.locator('.ma-error:not(:empty)')).toHaveCount(0);
    }
    await expectAccessible(page, `${lang} emergency outcome`);
  });

  test(`${lang}: each urgent sign alone, then Next, says to see a doctor today`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const sign of URGENT) {
      const widget = await openClinic(page, lang);
      await widget.locator(`[id="ma-red_flags-${sign}"]`).check();
      await clickNext(widget);
      await expect(widget.locator('.ma-triage__title'), sign).toHaveText(t.urgent);
      await expect(widget.locator('.ma-card')).toHaveCount(0);
      await expect(widget.locator('.ma-step__summary')).toHaveCount(0);
      // A sign whose follow-up was left blank: what would make it an
      // emergency is named, with the call link.
      if (sign === 'calf_swelling' || sign === 'fever') {
        await expect(widget.locator('.ma-triage__instead a[href="tel:112"]'), sign).toHaveText(t.call);
      } else {
        await expect(widget.locator('.ma-triage a[href^="tel:"]'), sign).toHaveCount(0);
      }
    }
    await expectAccessible(page, `${lang} urgent outcome`);
  });
}

test('a fever with cancer treatment, named under the fever, is an emergency with the 24-hour line', async ({ page }) => {
  const widget = await openClinic(page, 'en');
  await widget.locator('#ma-red_flags-fever').check();
  // The follow-up appears under the sign; the step stays.
  await widget.getByRole('group', { name: /cancer treatment, or is your immune system weakened/ })
    .getByRole('radio', { name: 'Yes' }).check();
  await expect(widget.locator('#ma-q-fever_immune + .ma-step__raised a[href="tel:112"]')).toBeVisible();
  await onStep(widget, 1);
  await clickNext(widget);
  await expect(widget.locator('.ma-triage__title')).toHaveText(LANGS.en.emergency);
  await expect(widget.locator('.ma-triage')).toContainText("cancer or specialist team's 24-hour line");
});
