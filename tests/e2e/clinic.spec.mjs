// A clinic's own offer, booking links, emergency number and analytics
// events (issue 12), on a plain host page.
import { test, expect } from '@playwright/test';
import { answer, clickNext, complete, completeSteps, deskWorker, expectAccessible, watch } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

/**
 * Opens the clinic page with a recorder of the widget's events: each as
 * { type, detail, bubbles, composed, target }, kept on the test's side so
 * that a navigation (a booking link) does not lose them.
 */
async function openClinic(page) {
  const events = [];
  await page.exposeFunction('recordEvent', (e) => events.push(e));
  await page.addInitScript(() => {
    for (const type of ['massage-advisor:step', 'massage-advisor:result', 'massage-advisor:book']) {
      // On the document: the events bubble out of the shadow root.
      document.addEventListener(type, (e) => window.recordEvent({
        type: e.type, detail: e.detail, bubbles: e.bubbles, composed: e.composed, target: e.target.id,
      }));
    }
  });
  await page.route('https://clinic.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Booking</title><p>Booking page</p>' }));
  await page.goto(`${host}/clinic.html`);
  return events;
}

const widget = (page) => page.locator('#advisor');

test('only the therapies the clinic offers are suggested, each with its own booking link', async ({ page }) => {
  const log = watch(page);
  await openClinic(page);
  await complete(widget(page), { ...deskWorker, eased_by: ['warmth'] });
  const offered = ['Gentle relaxation massage', 'Lower-back focused massage', 'Stretch-assisted massage', 'Kati Basti', 'Abhyanga'];
  const titles = await widget(page).locator('.ma-card__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(offered.some((o) => title.includes(o)), title).toBe(true);
  // Not offered: neither suggested nor listed as left out.
  await widget(page).getByText('Other therapies and why they were left out').click();
  await expect(widget(page).locator('.ma-left-out')).not.toContainText('Potli');
  await expect(widget(page).locator('.ma-left-out')).not.toContainText('Swedana');
  // Each card books its own therapy, the id encoded into the template.
  const hrefs = await widget(page).locator('.ma-card__book a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(titles.length);
  expect(hrefs[0]).toBe('https://clinic.example/book?service=lower_back&from=advisor');
  await expect(widget(page).locator('.ma-card').first().getByRole('link', { name: 'Book Lower-back focused massage' })).toBeVisible();
  await expectAccessible(page, 'clinic results');
  expect(log.errors).toEqual([]);
});

test('when nothing the clinic offers suits, the result says so and points to the clinic', async ({ page }) => {
  await openClinic(page);
  // A clinic that offers only what pregnancy rules out.
  await page.evaluate(() => document.querySelector('#advisor').setAttribute('therapies', 'deep_pressure swedana potli'));
  await complete(widget(page), { ...deskWorker, conditions: ['pregnancy'], pregnancy_stage: '12_27w', pregnancy_signs: [] });
  await expect(widget(page).locator('.ma-none-suits')).toHaveText(
    'None of the massages this clinic offers suits what you told us. Please ask the clinic, or your doctor, what else may help.',
  );
  await expect(widget(page).locator('.ma-card')).toHaveCount(0);
  await expect(widget(page).locator('.ma-cta')).toContainText('Lotus Clinic');
  // Live: the clinic adds relaxation, and the result follows at once.
  await page.evaluate(() => document.querySelector('#advisor').setAttribute('therapies', 'deep_pressure swedana potli relaxation'));
  await expect(widget(page).locator('.ma-card__title')).toHaveText([/Gentle relaxation massage/]);
  await expect(widget(page).locator('.ma-none-suits')).toHaveCount(0);
});

test('an unknown therapy id is named in one console warning, and the known ones are kept', async ({ page }) => {
  const log = watch(page);
  await openClinic(page);
  await page.evaluate(() => document.querySelector('#advisor').setAttribute('therapies', 'relaxation shiatsu'));
  await expect.poll(() => log.warnings.filter((w) => w.includes('"therapies"')).length).toBe(1);
  expect(log.warnings.find((w) => w.includes('"therapies"'))).toContain('shiatsu');
});

test('the emergency screen calls the local number the clinic set', async ({ page }) => {
  await openClinic(page);
  await answer(widget(page), { red_flags: 'saddle_numbness', age_band: '40_49' });
  await clickNext(widget(page));
  const call = widget(page).getByRole('link', { name: 'Call 112 now' });
  await expect(call).toHaveAttribute('href', 'tel:112');
  // No number set: the usual words, no link.
  await page.evaluate(() => document.querySelector('#advisor').removeAttribute('emergency-number'));
  await expect(widget(page).locator('.ma-triage a[href^="tel:"]')).toHaveCount(0);
  await expect(widget(page).locator('.ma-triage')).toContainText('Call your local emergency number');
});

test('the host page hears step, result and book events, bubbling and composed, with no answer in them', async ({ page }) => {
  const events = await openClinic(page);
  await expect(widget(page).locator('.ma-step')).toBeVisible();
  await complete(widget(page), deskWorker);
  await widget(page).locator('.ma-card__book a').first().click();
  await expect(page).toHaveTitle('Booking');
  const steps = events.filter((e) => e.type === 'massage-advisor:step');
  expect(steps.map((e) => e.detail)).toEqual([
    { step: 1, total: 7, id: 'safety' },
    { step: 2, total: 7, id: 'health' },
    { step: 3, total: 7, id: 'stiffness' },
    { step: 4, total: 7, id: 'sitting' },
    { step: 5, total: 7, id: 'areas' },
    { step: 6, total: 7, id: 'pain' },
    { step: 7, total: 7, id: 'preferences' },
  ]);
  const results = events.filter((e) => e.type === 'massage-advisor:result');
  expect(results.map((e) => e.detail)).toEqual([
    { level: 'routine', therapies: ['lower_back', 'stretch_assisted', 'relaxation'] },
  ]);
  const books = events.filter((e) => e.type === 'massage-advisor:book');
  expect(books.map((e) => e.detail)).toEqual([{ therapy: 'lower_back' }]);
  for (const e of events) {
    expect(e.bubbles && e.composed, e.type).toBe(true);
    // Heard outside the shadow root as coming from the element itself.
    expect(e.target).toBe('advisor');
  }
  // None of the visitor's answers is in any event: only the documented
  // fields (their values are pinned above), and no answer's option id
  // (lower_back is also a therapy's id).
  const fields = new Set(events.flatMap((e) => Object.keys(e.detail)));
  expect([...fields].sort()).toEqual(['id', 'level', 'step', 'therapies', 'therapy', 'total']);
  const said = JSON.stringify(events.map((e) => e.detail));
  for (const [question, value] of Object.entries(deskWorker)) {
    for (const v of [value].flat()) {
      if (typeof v === 'string' && v !== 'lower_back') expect(said, `${question}=${v}`).not.toContain(`"${v}"`);
    }
    // (A question may share its name with its step: stiffness.)
    if (!steps.some((e) => e.detail.id === question)) expect(said).not.toContain(question);
  }
});

test('an emergency result is told as such, with no therapy', async ({ page }) => {
  const events = await openClinic(page);
  await answer(widget(page), { red_flags: 'bladder_bowel', age_band: '40_49' });
  await clickNext(widget(page));
  await expect(widget(page).locator('.ma-triage')).toBeVisible();
  await expect.poll(() => events.filter((e) => e.type === 'massage-advisor:result').map((e) => e.detail))
    .toEqual([{ level: 'emergency', therapies: [] }]);
});

test('a step shown again is told again', async ({ page }) => {
  const events = await openClinic(page);
  await completeSteps(widget(page), deskWorker, 2);
  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect.poll(() => events.filter((e) => e.type === 'massage-advisor:step').map((e) => e.detail.step))
    .toEqual([1, 2, 3, 2]);
});
