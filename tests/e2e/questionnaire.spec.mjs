// The questionnaire as a visitor lives it: personas, resume, forget, broken
// storage, keyboard only, accessibility on every step, screenshots.
import { test, expect } from '@playwright/test';
import {
  answer, answerStep, clickNext, complete, completeSteps, deskWorker, expectAccessible, focused, onStep,
  screenshot, seeText, tabTo, widgetKeys,
  forgetAnswers, tapArea,
} from './helpers.mjs';

test.describe('personas', () => {
  test('a desk worker with lower-back stiffness gets lower-back and stretch work, with reasons', async ({ page }) => {
    await page.goto('/');
    await complete(page, deskWorker);
    await seeText(page, 'No urgent warning signs in your answers');
    const cards = page.locator('.ma-card');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0).locator('.ma-card__title')).toContainText('Lower-back focused massage');
    await expect(cards.nth(1).locator('.ma-card__title')).toContainText('Stretch-assisted massage');
    await expect(cards.nth(0)).toContainText('You sit about 9 hours a day and your stiffness is worst after sitting.');
    await expect(cards.nth(0)).toContainText('Once a week for the first 3 weeks.');
    await seeText(page, 'This is general guidance, not a diagnosis.');
    // The others, and why.
    await page.getByText('Other therapies and why they were left out').click();
    // Specific: what it is for, what of the visitor's answers fits it.
    await expect(page.locator('#ma-left-kati_basti')).toContainText('Kati Basti is for long-lasting lower-back pain or stiffness that eases with warmth.');
    await expect(page.locator('#ma-left-kati_basti')).toContainText('It fits some of what you told us:');
    await expect(page.locator('#ma-left-kati_basti')).toContainText('Your lower back is where it hurts.');
    await expect(page.locator('#ma-left-kati_basti')).toContainText('The suggestions above fit more of your answers.');
    await expect(page.locator('#ma-left-deep_pressure')).toContainText('Deep pressure massage is for stiffness or knots');
    await expect(page.locator('#ma-left-deep_pressure')).toContainText('Nothing you told us points to it.');
  });

  test('a pregnant visitor gets no deep pressure and no heat, and the pregnancy cautions', async ({ page }) => {
    await page.goto('/');
    const pregnant = { ...deskWorker, conditions: ['pregnancy'], pregnancy_stage: '12_27w', pregnancy_signs: [], eased_by: ['warmth'] };
    await complete(page, pregnant);
    const titles = await page.locator('.ma-card__title').allTextContents();
    expect(titles.join()).not.toMatch(/Deep pressure|Kati Basti|Swedana|Potli/);
    // Said once, for whichever massage she chooses.
    await expect(page.locator('.ma-notes').first()).toContainText('Important for you');
    await expect(page.locator('.ma-notes').first()).toContainText('Check with your midwife or doctor before booking');
    await page.getByText('Other therapies and why they were left out').click();
    await expect(page.locator('#ma-left-deep_pressure')).toContainText('Deep pressure is left out during pregnancy.');
    await expect(page.locator('#ma-left-swedana')).toContainText('Steam and heat treatments are not advised during pregnancy.');
  });

  test('an emergency sign stops everything after Next and says why', async ({ page }) => {
    await page.goto('/');
    await answer(page, { red_flags: 'bladder_bowel', age_band: '40_49' });
    // Changed deliberately: the tick alone does not replace the form.
    await onStep(page, 1);
    await clickNext(page);
    await expect(page.locator('.ma-triage')).toContainText('Call emergency services now');
    await expect(page.locator('.ma-triage')).toContainText('New trouble with your bladder or bowels');
    await expect(page.locator('.ma-triage')).toHaveAttribute('role', 'alert');
    await expect(page.locator('.ma-card')).toHaveCount(0);
    await expectAccessible(page, 'emergency results');
    // A mistaken tick can be undone.
    await page.getByRole('button', { name: 'Change: First, your safety' }).click();
    await page.locator('#ma-red_flags-bladder_bowel').uncheck();
    await expect(page.locator('#ma-red_flags-bladder_bowel')).not.toBeChecked();
    await onStep(page, 1);
  });

  test('pain into both legs, chosen on the body map, ends on the emergency screen', async ({ page }) => {
    await page.goto('/');
    await completeSteps(page, deskWorker, 4);
    await onStep(page, 5);
    // Tapped on the drawing, as a visitor with sciatica on both sides would.
    await tapArea(page, 'lower_back');
    await tapArea(page, 'left_leg');
    await expect(page.locator('#ma-pain_areas-left_leg')).toBeChecked();
    await expect(page.locator('#ma-pain_areas-right_leg')).not.toBeChecked();
    await tapArea(page, 'right_leg');
    // Both legs asks whether that is new: yes is the emergency.
    await page.getByRole('radio', { name: 'Yes, it is new or getting worse' }).check();
    await clickNext(page);
    await expect(page.locator('.ma-triage')).toContainText('Call emergency services now');
    await expect(page.locator('.ma-triage')).toContainText('Pain spreading into both legs');
    await expect(page.locator('.ma-card')).toHaveCount(0);
  });

  test('an urgent sign skips the questionnaire after the safety step', async ({ page }) => {
    await page.goto('/');
    await answer(page, { red_flags: 'fever', age_band: '40_49' });
    await clickNext(page);
    await seeText(page, 'See a doctor today');
    await expect(page.locator('.ma-card')).toHaveCount(0);
  });
});

test.describe('validation', () => {
  test('Next with missing answers shows errors next to the fields and focuses the first', async ({ page }) => {
    await page.goto('/');
    await clickNext(page);
    await expect(page.locator('#ma-red_flags-error')).toHaveText('Please answer this question.');
    await expect(page.locator('#ma-age_band-error')).toHaveText('Please answer this question.');
    await expect.poll(async () => (await focused(page)).id).toBe('ma-red_flags-none');
    await onStep(page, 1);
  });

  test('a typing mistake in a number is explained, then accepted when fixed', async ({ page }) => {
    await page.goto('/');
    await completeSteps(page, deskWorker, 3);
    await onStep(page, 4);
    await page.locator('#ma-sitting_hours-input').fill('nine');
    await clickNext(page);
    await expect(page.locator('#ma-sitting_hours-error')).toHaveText('Please enter a number, for example 7.5.');
    await page.locator('#ma-sitting_hours-input').fill('9');
    await expect(page.locator('#ma-sitting_hours-error')).toHaveText('');
    await answer(page, { longest_sitting: 'over_2h', work_demands: 'none' });
    await clickNext(page);
    await onStep(page, 5);
  });
});

test.describe('persistence', () => {
  test('resume after reload: welcome back, continue where I left off', async ({ page }) => {
    await page.goto('/');
    await completeSteps(page, deskWorker, 4);
    await onStep(page, 5);
    await page.reload();
    await seeText(page, 'Welcome back');
    await expect(page.locator('.ma-focus-target')).toBeVisible();
    await page.getByRole('button', { name: 'Continue where I left off' }).click();
    await onStep(page, 5);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('#ma-sitting_hours-input')).toHaveValue('9');
    // (Merged from the first slice test:) a chosen radio is restored too.
    await page.getByRole('button', { name: 'Back' }).click();
    await onStep(page, 3);
    await expect(page.locator('#ma-stiffness-mild')).toBeChecked();
    await expect(page.locator('#ma-stiffness-moderate')).not.toBeChecked();
  });

  test('start over from the welcome-back prompt starts afresh and erases the earlier answers', async ({ page }) => {
    // Changed deliberately (issue 21): on a shared device, "Start over"
    // must not leave the last visitor's answers one tap away.
    await page.goto('/');
    await answerStep(page, deskWorker);
    await clickNext(page);
    await onStep(page, 2);
    await page.reload();
    await seeText(page, 'You were on step 2 of 7: Your health.');
    await page.getByRole('button', { name: 'Start over' }).click();
    await onStep(page, 1);
    await expect(page.locator('#ma-red_flags-none')).not.toBeChecked();
    await expect(page.locator('.ma-notice')).toContainText('The earlier answers were erased from this device.');
    expect(await widgetKeys(page)).toEqual([]);
    await page.reload();
    await onStep(page, 1);
    await expect(page.locator('.ma-root')).not.toContainText('Welcome back');
  });

  test('forget my answers asks first, then removes every key the widget wrote', async ({ page }) => {
    await page.goto('/');
    await answerStep(page, deskWorker);
    await clickNext(page);
    await onStep(page, 2);
    expect((await widgetKeys(page)).length).toBe(1);
    // A confirmation first: a mis-tap erases nothing, and Cancel puts focus back.
    await page.getByRole('button', { name: 'Forget my answers' }).click();
    await expect(page.locator('.ma-forget')).toContainText('Erase your answers from this device? This cannot be undone.');
    await expect.poll(async () => (await focused(page)).id).toBe('ma-forget-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('ma-forget');
    expect((await widgetKeys(page)).length).toBe(1);
    await onStep(page, 2);
    await forgetAnswers(page);
    await seeText(page, 'Your answers have been erased from this device.');
    expect(await widgetKeys(page)).toEqual([]);
    await page.reload();
    await onStep(page, 1);
    await expect(page.locator('.ma-root')).not.toContainText('Welcome back');
  });

  test('storage that throws on write: one calm notice, and the questionnaire still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await complete(page, deskWorker);
    await expect(page.locator('.ma-notice')).toHaveText(/cannot be saved on this device/);
    await expect(page.locator('.ma-card')).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test('storage that is blocked altogether still leaves a working questionnaire', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied.', 'SecurityError');
        },
      });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.locator('.ma-notice')).toHaveText(/cannot be saved on this device/);
    await complete(page, deskWorker);
    await expect(page.locator('.ma-card')).toHaveCount(3);
    await forgetAnswers(page);
    expect(errors).toEqual([]);
  });

  test('corrupt stored data: a fresh start with one notice', async ({ page }) => {
    // Stored before the app's first load: set after it, the app could read it first.
    await page.addInitScript(() => localStorage.setItem('massage-advisor:default', '{"version":2,"answers":'));
    await page.goto('/');
    await expect(page.locator('.ma-notice')).toHaveText(/could not be read/);
    await onStep(page, 1);
    expect(await widgetKeys(page)).toEqual([]);
  });

  test('answers saved by a newer version are not misread', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('massage-advisor:default', '{"version":7,"answers":{}}'));
    await page.goto('/');
    await expect(page.locator('.ma-notice')).toHaveText(/could not be read/);
  });

  test('a change made in another tab is followed without losing what is being typed', async ({ browser }) => {
    const context = await browser.newContext();
    const one = await context.newPage();
    await one.goto('/');
    await completeSteps(one, deskWorker, 3);
    await onStep(one, 4);
    // Tab two resumes on the same step and starts typing.
    const two = await context.newPage();
    await two.goto('/');
    await two.getByRole('button', { name: 'Continue where I left off' }).click();
    await onStep(two, 4);
    await two.locator('#ma-sitting_hours-input').focus();
    await two.keyboard.type('7.5');
    // Meanwhile tab one changes an earlier answer.
    await one.bringToFront();
    for (let i = 0; i < 3; i++) await one.getByRole('button', { name: 'Back' }).click();
    await onStep(one, 1);
    await one.locator('#ma-age_band-50_64').check();
    // Tab two has what was typed, and the other tab's change.
    await two.bringToFront();
    await expect(two.locator('#ma-sitting_hours-input')).toHaveValue('7.5');
    await expect(two.locator('#ma-sitting_hours-input')).toBeFocused();
    for (let i = 0; i < 3; i++) await two.getByRole('button', { name: 'Back' }).click();
    await expect(two.locator('#ma-age_band-50_64')).toBeChecked();
    // And tab one got what tab two typed.
    await one.bringToFront();
    for (let i = 0; i < 3; i++) await clickNext(one);
    await expect(one.locator('#ma-sitting_hours-input')).toHaveValue('7.5');
    await context.close();
  });

  test('a saved copy with the safety answers missing lands on the first unanswered step, not on results', async ({ page }) => {
    const { red_flags: _missing, ...withoutSigns } = deskWorker;
    await page.addInitScript((answers) => localStorage.setItem('massage-advisor:default', JSON.stringify({
      version: 3, saved_at: Date.now(), step: 7, answers,
    })), withoutSigns);
    await page.goto('/');
    await page.getByRole('button', { name: 'Continue where I left off' }).click();
    await onStep(page, 1);
    await expect(page.locator('#ma-results-title')).toHaveCount(0);
    await expect(page.locator('.ma-root')).not.toContainText('No urgent warning signs in your answers');
    // Answered, Next goes on through the steps already complete.
    await answerStep(page, deskWorker);
    await clickNext(page);
    await onStep(page, 2);
  });

  test('answers saved more than 90 days ago are erased, with a notice', async ({ page }) => {
    // Stored before the app's first load (set after a load, the app's own
    // first save could race it and win).
    await page.addInitScript(() => localStorage.setItem('massage-advisor:default', JSON.stringify({
      version: 2, saved_at: Date.now() - 91 * 24 * 3600 * 1000, step: 3, answers: { stiffness: 'mild' },
    })));
    await page.goto('/');
    await expect(page.locator('.ma-notice')).toHaveText(/more than 90 days ago were erased/);
    await onStep(page, 1);
    expect(await widgetKeys(page)).toEqual([]);
  });
});

/** Waits for focus to reach the new step's heading, as it does on every step change. */
async function headingFocused(page) {
  await expect.poll(async () => (await focused(page)).cls).toContain('ma-focus-target');
}

test('the whole flow works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await onStep(page, 1);
  // Step 1: checkboxes with Space, radios with arrows, Enter submits.
  await tabTo(page, '#ma-red_flags-none');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name=ma-age_band]');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#ma-age_band-18_39')).toBeChecked();
  await page.keyboard.press('Enter');
  await onStep(page, 2);
  await headingFocused(page);
  await tabTo(page, '#ma-conditions-none');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await onStep(page, 3);
  await headingFocused(page);
  await tabTo(page, 'input[name=ma-stiffness]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'input[name=ma-stiffness_worst]');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#ma-stiffness_worst-after_sitting')).toBeChecked();
  await page.keyboard.press('Enter');
  await onStep(page, 4);
  await headingFocused(page);
  await tabTo(page, '#ma-sitting_hours-input');
  await page.keyboard.type('8.5');
  await tabTo(page, 'input[name=ma-longest_sitting]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#ma-work_demands-none');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await onStep(page, 5);
  await headingFocused(page);
  // The body map: its areas are native checkboxes beside the drawing.
  await tabTo(page, '#ma-pain_areas-lower_back');
  await page.keyboard.press('Space');
  await expect(page.locator('#ma-pain_areas-lower_back')).toBeChecked();
  await tabTo(page, '#ma-pain_areas-hips');
  await page.keyboard.press('Space');
  await expect(page.locator('.ma-bodymap__area--on')).toHaveCount(2);
  await page.keyboard.press('Enter');
  await onStep(page, 6);
  await headingFocused(page);
  await tabTo(page, 'input[name=ma-pain_intensity]');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#ma-pain_intensity-4')).toBeChecked();
  await tabTo(page, 'input[name=ma-pain_duration]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name=ma-pain_trend]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name=ma-first_episode]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, '#ma-eased_by-movement');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await onStep(page, 7);
  await headingFocused(page);
  await tabTo(page, 'input[name=ma-pressure]');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'input[name=ma-oil_welcome]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name=ma-heat_welcome]');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.locator('#ma-results-title')).toBeVisible();
  await expect.poll(async () => (await focused(page)).id).toBe('ma-results-title');
  await expect(page.locator('.ma-card').first()).toBeVisible();
  // Back to a step, by keyboard.
  await tabTo(page, '.ma-edit__list li:nth-child(3) button');
  await expect(page.locator('.ma-edit__list li:nth-child(3) button')).toHaveText('Change: Stiffness');
  await page.keyboard.press('Enter');
  await onStep(page, 3);
  await headingFocused(page);
});

for (const width of [375, 1280]) {
  test(`axe finds no violations on any step or the results, with screenshots at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await onStep(page, 1);
    await expectAccessible(page, 'step 1 (empty)');
    await clickNext(page);
    await expect(page.locator('#ma-red_flags-error')).toHaveText('Please answer this question.');
    await expectAccessible(page, 'step 1 with errors');
    await screenshot(page, `${width}-step-1-errors`);
    await complete(page, deskWorker, {
      onEachStep: async (n) => {
        await expectAccessible(page, `step ${n}`);
        await screenshot(page, `${width}-step-${n}`);
      },
    });
    await page.getByText('Other therapies and why they were left out').click();
    await page.getByText('Your answers', { exact: true }).click();
    await expectAccessible(page, 'results');
    await screenshot(page, `${width}-results`);
    await page.reload();
    await seeText(page, 'Welcome back');
    await expectAccessible(page, 'welcome back');
    await screenshot(page, `${width}-welcome-back`);
  });
}

test('dark mode keeps contrast, and reduced motion turns transitions off', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto('/');
  const bg = await page.locator('.ma-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(18, 25, 23)');
  const transition = await page.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
  await complete(page, deskWorker, { onEachStep: async (n) => n === 5 && expectAccessible(page, 'dark body map') });
  await expectAccessible(page, 'dark results');
  await screenshot(page, 'dark-results');
});

test('works at 320 px wide and at 200% zoom without sideways scrolling', async ({ browser }) => {
  for (const [viewport, scale] of [[{ width: 320, height: 640 }, 1], [{ width: 640, height: 800 }, 2]]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: scale });
    await page.goto('/');
    if (scale === 2) await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
    for (let n = 1; n <= 4; n++) {
      await onStep(page, n);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide, `horizontal overflow at ${viewport.width}px x${scale}`).toBeLessThanOrEqual(0);
      await answerStep(page, deskWorker);
      await clickNext(page);
    }
    await onStep(page, 5);
    await screenshot(page, `narrow-${viewport.width}-x${scale}-body-map`);
    await page.close();
  }
});

test('the printout is the summary alone: the host page hidden, every section, no buttons, at most two A4 pages', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.goto('http://127.0.0.1:8092/index.html');
  await complete(page, deskWorker);
  await page.getByRole('button', { name: 'Print a summary' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // The clinic's page around the widget is not printed.
  for (const host of ['header', 'main > h2', 'main > p', 'footer']) {
    await expect(page.locator(host).first(), host).toBeHidden();
  }
  await expect(page.locator('massage-advisor')).toBeVisible();
  // Every section open, no buttons or markers.
  await expect(page.locator('.ma-nav--results')).toBeHidden();
  await expect(page.locator('.ma-edit')).toBeHidden();
  await expect(page.locator('.ma-summary__list')).toBeVisible();
  await expect(page.locator('.ma-summary__list')).toContainText('About how many hours a day do you sit?');
  await expect(page.locator('.ma-card').nth(2)).toBeVisible();
  await expect(page.locator('.ma-left-out__list')).toBeVisible();
  const markers = await page.locator('massage-advisor .ma-root summary').evaluateAll((els) => els.map((el) => getComputedStyle(el).listStyleType));
  expect(markers.length).toBeGreaterThan(0);
  expect(markers.every((m) => m === 'none')).toBe(true);
  // Readable type: 10 pt and up for the text.
  const size = await page.locator('.ma-card__description').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(13);
  // The date in the page's language and locale, written out.
  await expect(page.locator('.ma-results__date')).toHaveText(/^Summary from \d{1,2} [A-Z][a-z]+ \d{4}$|^Summary from [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await screenshot(page, 'print-results');
  const pdf = await page.pdf({ format: 'A4', path: 'target/screenshots/print-results.pdf' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g);
  expect(pages.length).toBeLessThanOrEqual(2);
});
