// A visitor on a phone and on a laptop (issue 11): a body map that cannot
// mislead, no surprise screens, results that lead to booking, a page that
// stays short, good neighbour semantics, shared devices, and both languages.
// Every test runs at 375 px and at 1280 px.
import { test, expect } from '@playwright/test';
import {
  answer, answerStep, clickNext, complete, completeSteps, deskWorker, expectAccessible, focused, forgetAnswers, onStep,
  screenshot, seeText, tapArea, widgetKeys,
} from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

/** The reasons that come from preferences: they may support, never lead. */
const PREFERENCE_REASONS = [
  'You prefer light pressure.',
  'You prefer medium pressure.',
  'You prefer firm pressure.',
  'You are happy to have oil used.',
  'You are happy with warmth and steam.',
];

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
    });

    test('choosing the left leg on the drawing gives pain in one leg, not both', async ({ page }) => {
      await page.goto('/');
      await completeSteps(page, deskWorker, 4);
      await onStep(page, 5);
      // Every target of the drawing is at least 24 by 24 CSS pixels.
      const boxes = await page.locator('.ma-bodymap__region').evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { area: el.closest('[data-area]').dataset.area, width: r.width, height: r.height };
      }));
      expect(boxes.length).toBe(9);
      for (const box of boxes) {
        expect(box.width, `${box.area} width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${box.area} height`).toBeGreaterThanOrEqual(24);
      }
      // The names are on the drawing.
      await expect(page.locator('.ma-bodymap__figure')).toContainText('Left');
      await expect(page.locator('.ma-bodymap__figure')).toContainText('Tailbone');
      await tapArea(page, 'lower_back');
      await tapArea(page, 'left_leg');
      await expect(page.locator('#ma-pain_areas-left_leg')).toBeChecked();
      await expect(page.locator('#ma-pain_areas-right_leg')).not.toBeChecked();
      await expect(page.locator('.ma-bodymap__area--on')).toHaveCount(2);
      // Focus stays on the answer just given, not on the page.
      await expect.poll(async () => (await focused(page)).id).toBe('ma-pain_areas-left_leg');
      // One leg is not both: no question about both legs.
      await expect(page.locator('#ma-q-both_legs_course')).toHaveCount(0);
      await screenshot(page, `${width}-body-map-left-leg`);
      await clickNext(page);
      await complete(page, deskWorker, { from: 6 });
      await seeText(page, 'No urgent warning signs in your answers');
      await page.getByText('Your answers', { exact: true }).click();
      const areas = page.locator('.ma-summary__list dd').nth(
        await page.locator('.ma-summary__list dt').evaluateAll((dts) => dts.findIndex((dt) => dt.textContent === 'Where does it hurt?')),
      );
      await expect(areas).toHaveText('Lower back; Pain spreading into my left leg');
    });

    test('ticking an emergency sign does not change the screen until Next', async ({ page }) => {
      await page.goto('/');
      await answer(page, { red_flags: 'saddle_numbness' });
      // A calm notice right below the question says what will happen ...
      const notice = page.locator('#ma-q-red_flags + .ma-step__raised');
      await expect(notice).toContainText(
        'One of your answers can be a sign of an emergency. If you need help now, call your local emergency number. When you press Next, we will tell you what to do.',
      );
      await expect(notice).toHaveAttribute('aria-live', 'polite');
      // Below the list and above Next: passed on the way to Next.
      const y = (l) => l.evaluate((el) => el.getBoundingClientRect().top);
      expect(await y(notice)).toBeLessThan(await y(page.locator('.ma-step button[type=submit]')));
      // ... and the step stays.
      await onStep(page, 1);
      await expect(page.locator('.ma-triage')).toHaveCount(0);
      await screenshot(page, `${width}-emergency-ticked`);
      await answer(page, { age_band: '40_49' });
      await clickNext(page);
      await expect(page.locator('.ma-triage')).toContainText('Call emergency services now');
      // What to do now: not "Your suggestions", no session advice, and only
      // the step the visitor saw can be changed.
      await expect(page.locator('#ma-results-title')).toHaveText('What to do now');
      await expect(page.locator('.ma-root')).not.toContainText('Your suggestions');
      await expect(page.locator('.ma-disclaimer')).toHaveCount(0);
      await expect(page.locator('.ma-edit__list button')).toHaveText(['Change: First, your safety']);
      await expectAccessible(page, 'emergency outcome');
      await screenshot(page, `${width}-emergency-results`);
    });

    test("the first suggestion's first reason is about the back, never a preference", async ({ page }) => {
      const personas = [
        // Oil, heat and warmth welcome: they support, they do not lead.
        { ...deskWorker, eased_by: ['warmth'] },
        { ...deskWorker, pain_areas: ['neck', 'shoulders', 'upper_back'], neck_signs: [], upper_back_pain: 'muscles', pressure: 'light', eased_by: ['rest'] },
        { ...deskWorker, stiffness: 'moderate', stiffness_worst: 'all_day', pain_areas: ['lower_back', 'hips', 'upper_back'], upper_back_pain: 'muscles' },
      ];
      for (const persona of personas) {
        await page.goto('/');
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await complete(page, persona);
        const first = await page.locator('.ma-card').first().locator('.ma-card__reasons li').first().textContent();
        expect(PREFERENCE_REASONS, `first reason: ${first}`).not.toContain(first);
        expect(first).toMatch(/back|stiff|hurts|pain|hips|neck|shoulders|muscles|lasted|started|areas/i);
      }
      // The desk worker's one sore place leads, with where it hurts first.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await complete(page, deskWorker);
      await expect(page.locator('.ma-card').first().locator('.ma-card__title')).toContainText('Lower-back focused massage');
      await expect(page.locator('.ma-card').first().locator('.ma-card__reasons li').first()).toHaveText('Your lower back is where it hurts.');
    });

    test('the call to action follows the suggestions as the primary action; print is secondary', async ({ page }) => {
      await page.goto(`${host}/index.html`);
      await complete(page, deskWorker);
      // Directly after the first suggestion, before anything else.
      const next = await page.locator('.ma-cards').first().evaluate((el) => el.nextElementSibling?.className ?? '');
      expect(next).toContain('ma-cta');
      await expect(page.locator('.ma-cta')).toContainText('Book a session with Sunrise Wellness Clinic or ask a question');
      await expect(page.locator('.ma-cta a').first()).toHaveClass(/ma-button--primary/);
      await expect(page.getByRole('button', { name: 'Print a summary' })).toHaveClass(/ma-button--secondary/);
      // Before the other suggestions and the advice for home, and on the
      // first screen of a phone (issue 21).
      const top = (selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
      const ctaTop = await top('.ma-cta');
      expect(ctaTop).toBeLessThan(await top('.ma-more'));
      expect(ctaTop).toBeLessThan(await top('.ma-at-home'));
      expect(ctaTop - await top('#ma-results-title')).toBeLessThan(800);
      await expectAccessible(page, 'demo results', { sameOrigin: true });
      await screenshot(page, `${width}-demo-results`);
      // The printout names the website's address and the date.
      await page.emulateMedia({ media: 'print' });
      const after = await page.locator('.ma-cta__link--web').evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain('https://example.org/book');
      await expect(page.locator('.ma-results__date')).toBeVisible();
      await expect(page.locator('.ma-results__date')).toContainText('Summary from');
    });

    test('save="off" writes nothing to localStorage through a whole run, and says so', async ({ page }) => {
      await page.goto(`${host}/kiosk.html`);
      await expect(page.locator('.ma-notice')).toContainText('Saving is off on this page');
      await expect(page.getByRole('button', { name: 'Forget my answers' })).toHaveCount(0);
      await complete(page, deskWorker, {
        onEachStep: async () => expect(await page.evaluate(() => localStorage.length)).toBe(0),
      });
      await page.getByRole('button', { name: 'Start over' }).click();
      await onStep(page, 1);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.reload();
      await onStep(page, 1);
      await expect(page.locator('.ma-root')).not.toContainText('Welcome back');
      await expectAccessible(page, 'kiosk page', { sameOrigin: true });
    });

    test('"Forget my answers" needs a confirmation, and sits apart from Next', async ({ page }) => {
      await page.goto('/');
      await answerStep(page, deskWorker);
      await clickNext(page);
      expect(await widgetKeys(page)).toHaveLength(1);
      await page.getByRole('button', { name: 'Forget my answers' }).click();
      await expect(page.locator('.ma-forget')).toContainText('Erase your answers from this device?');
      expect(await widgetKeys(page)).toHaveLength(1);
      // Visibly apart from Next: in the footer, below the privacy line.
      const gap = await page.evaluate(() => {
        const root = document.querySelector('.ma-root') ?? document.querySelector('massage-advisor').shadowRoot.querySelector('.ma-root');
        const next = root.querySelector('.ma-step button[type=submit]').getBoundingClientRect();
        const forget = root.querySelector('.ma-forget').getBoundingClientRect();
        return forget.top - next.bottom;
      });
      expect(gap).toBeGreaterThanOrEqual(40);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await forgetAnswers(page);
      expect(await widgetKeys(page)).toHaveLength(0);
    });

    test('heading-level="3" makes the top heading an h3 under the host\'s h2, with no main of its own', async ({ page }) => {
      await page.goto(`${host}/neighbour.html`);
      const widget = page.locator('massage-advisor');
      await expect(widget.locator('.ma-title')).toHaveText('Find the right massage for your back');
      expect(await widget.locator('.ma-title').evaluate((el) => el.tagName)).toBe('H3');
      expect(await widget.locator('#ma-step-title').evaluate((el) => el.tagName)).toBe('H4');
      expect(await widget.locator('h1, h2, main').count()).toBe(0);
      await expect(widget.getByRole('region', { name: 'Find the right massage for your back' })).toBeVisible();
      // Each question is named once, by its legend.
      await expect(widget.getByRole('group', { name: 'Do any of these apply to you right now?' })).toHaveCount(1);
      await expectAccessible(page, 'host with its own headings', { sameOrigin: true });
      // The step is announced on change: focus goes to the step heading,
      // which the step count describes.
      await answerStep(widget, deskWorker);
      await clickNext(widget);
      await expect.poll(async () => (await focused(page)).id).toBe('ma-step-title');
      await expect(widget.locator('#ma-step-title')).toHaveAccessibleDescription('Step 2 of 7');
      expect(await widget.locator('#ma-step-title').evaluate((el) => el.tagName)).toBe('H3');
      await expectAccessible(page, 'host, second step', { sameOrigin: true });
    });

    test('the demo page passes axe with best-practice rules as well as WCAG', async ({ page }) => {
      await page.goto(`${host}/index.html`);
      await expect(page.locator('.ma-step')).toBeVisible();
      await expectAccessible(page, 'demo page, first step', { sameOrigin: true });
      await page.goto('/');
      await expect(page.locator('.ma-step')).toBeVisible();
      await expectAccessible(page, 'standalone page, first step');
    });

    test('the first question is visible on the first screen', async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/');
      const none = page.locator('#ma-red_flags-none');
      await expect(none).toBeInViewport();
      // Embedded, the widget's own part above the question stays short.
      await page.goto(`${host}/index.html`);
      await expect(page.locator('#ma-red_flags-none')).toBeVisible();
      const rise = await page.evaluate(() => {
        const root = document.querySelector('massage-advisor').shadowRoot;
        const top = root.querySelector('.ma-root').getBoundingClientRect().top;
        return root.querySelector('#ma-red_flags-none').getBoundingClientRect().bottom - top;
      });
      expect(rise).toBeLessThanOrEqual(740);
      await screenshot(page, `${width}-demo-first-step`);
    });

    test('Hindi: the language switch keeps every answer, is remembered, and the summary reads "10 में से 4"', async ({ page }) => {
      await page.goto('/');
      await answer(page, { red_flags: [] });
      await page.getByRole('button', { name: 'हिंदी' }).click();
      await expect(page.locator('.ma-root')).toHaveAttribute('lang', 'hi');
      await expect(page.locator('#ma-red_flags-none')).toBeChecked();
      await expect(page.locator('.ma-progress__label')).toHaveText('चरण 1 / 7');
      await expect(page.getByRole('button', { name: 'हिंदी' })).toHaveAttribute('aria-pressed', 'true');
      await screenshot(page, `${width}-hindi-step-1`);
      // Remembered with the answers.
      await page.reload();
      await seeText(page, 'फिर से स्वागत है');
      await page.getByRole('button', { name: 'जहाँ छोड़ा था, वहीं से आगे बढ़ें' }).click();
      await expect(page.locator('#ma-red_flags-none')).toBeChecked();
      // Every text changes live, both ways, and the answers stay.
      await page.getByRole('button', { name: 'English' }).click();
      await onStep(page, 1);
      await complete(page, { ...deskWorker, pain_intensity: 4 });
      await page.getByText('Your answers', { exact: true }).click();
      await expect(page.locator('.ma-summary__list')).toContainText('4 out of 10');
      await page.getByRole('button', { name: 'हिंदी' }).click();
      await expect(page.locator('#ma-results-title')).toHaveText('आपके लिए सुझाव');
      await expect(page.locator('.ma-summary__list')).toContainText('10 में से 4');
      await expect(page.locator('.ma-summary__list')).toContainText('9 घंटे');
      await expect(page.locator('.ma-summary__list')).not.toContainText('4 10 में से');
      await expect(page.locator('.ma-card')).toHaveCount(3);
      await screenshot(page, `${width}-hindi-results`);
    });

    test('a page in Hindi gets a Hindi widget when the element has no lang', async ({ page }) => {
      await page.goto(`${host}/hindi.html`);
      const widget = page.locator('massage-advisor');
      await expect(widget.locator('.ma-root')).toHaveAttribute('lang', 'hi');
      await expect(widget.locator('.ma-title')).toHaveText('अपनी पीठ के लिए सही मालिश चुनें');
    });

    test('welcome back says where the visitor was, and offers the results when they had finished', async ({ page }) => {
      await page.goto('/');
      await complete(page, deskWorker);
      await page.reload();
      await seeText(page, 'You had finished: your suggestions are ready.');
      await expect(page.locator('.ma-root')).not.toContainText('Lower-back focused massage');
      await screenshot(page, `${width}-welcome-back-finished`);
      await page.getByRole('button', { name: 'See my suggestions' }).click();
      await expect(page.locator('.ma-card')).toHaveCount(3);
    });
  });
}
