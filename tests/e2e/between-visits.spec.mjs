// Between visits (issue 22): with the browser's clock moved forward a week at
// a time, a visitor finishes once, checks in three times, sees the chart and a
// table with one row per check-in, adds the plan to the calendar (a valid
// .ics with a weekly rule), and "Forget my answers" leaves nothing behind.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { complete, deskWorker, expectAccessible, forgetAnswers, screenshot, widgetKeys } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';
const WEEK = 7 * 24 * 60 * 60 * 1000;
const START = new Date('2026-12-07T09:00:00Z').getTime();

/** Answers today's check-in, as a visitor would, and saves it. */
async function checkIn(widget, { pain, activity, sessions = '1', therapy = 'lower_back', changes = [], saved = true }) {
  await expect(widget.locator('#ma-step-title')).toHaveText('How is your back today?');
  await widget.locator('#ma-red_flags-none').check();
  await widget.locator(`[id="ma-checkin_pain-${pain}"]`).check();
  await widget.locator('#ma-checkin_stiffness-mild').check();
  await widget.locator(`[id="ma-checkin_activity-${activity}"]`).check();
  await widget.locator(`[id="ma-checkin_sessions-${sessions}"]`).check();
  if (sessions !== 'none') await widget.locator(`#ma-checkin_therapy-${therapy}`).check();
  if (changes.length) for (const c of changes) await widget.locator(`#ma-checkin_changes-${c}`).check();
  else await widget.locator('#ma-checkin_changes-none').check();
  await widget.getByRole('button', { name: "Save today's check-in" }).click();
  if (saved) await expect(widget.locator('#ma-progress-title')).toHaveText('Your check-in is saved');
}

test('a week at a time: finish once, check in three times, see the chart and the table, add the plan to the calendar, forget it all', async ({ page }) => {
  test.setTimeout(120_000);
  const events = [];
  await page.exposeFunction('recordCheckIn', (detail) => events.push(detail));
  await page.addInitScript(() => document.addEventListener('massage-advisor:checkin', (e) => window.recordCheckIn(e.detail)));
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.clock.install({ time: START });
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await complete(widget, deskWorker);
  for (const [week, ratings] of [[1, { pain: 3, activity: 2 }], [2, { pain: 2, activity: 1 }], [3, { pain: 1, activity: 0, sessions: 'none' }]]) {
    await page.clock.setSystemTime(START + week * WEEK);
    await page.reload();
    // The returning visitor is offered the check-in beside the rest.
    await expect(widget.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Start over' })).toBeVisible();
    // Starting over would erase the check-ins too: said before, once there are any.
    await expect(widget.locator('.ma-resume__shared')).toHaveText(week === 1
      ? 'Not your answers? Choose “Start over”: they are erased from this device.'
      : 'Not your answers? Choose “Start over”: they are erased from this device, and so are the ratings saved at each check-in.');
    await widget.getByRole('button', { name: 'How is your back today?' }).click();
    if (week === 1) {
      await expectAccessible(page, 'check-in');
      await screenshot(page, 'checkin-form');
    }
    await checkIn(widget, ratings);
  }
  await expect.poll(() => events).toEqual([{ checkins: 1 }, { checkins: 2 }, { checkins: 3 }]);
  // The chart, with its name, and the same numbers in a table: one row each.
  const chart = widget.getByRole('img', { name: /Chart of your own ratings over time/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle')).toHaveCount(3);
  await expect(chart.locator('.ma-chart__session')).toHaveCount(2);
  const table = widget.locator('table.ma-history__table');
  await expect(table.locator('thead th')).toHaveText(['Date', 'Pain (0–10)', 'Activities stopped (0–10)', 'Stiffness', 'Sessions']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(/14 Dec|Dec 14/);
  await expect(table.locator('tbody tr').nth(2).locator('td').nth(0)).toHaveText('1');
  // The change since the first entry, in the visitor's own numbers only.
  await expect(widget.locator('.ma-history__change')).toContainText('Your pain rating: 3 then 1.');
  await expect(widget.locator('.ma-root')).not.toContainText(/recover/i);
  await expectAccessible(page, 'check-in history');
  await screenshot(page, 'checkin-history');
  // The results keep the history, and the plan goes into the calendar.
  await widget.getByRole('button', { name: 'See my suggestions' }).click();
  await expect(widget.locator('#ma-results-title')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('link', { name: 'Add the plan to my calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('massage-plan-lower_back.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;COUNT=3\r\n');
  expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=3;COUNT=6\r\n');
  expect(ics).toContain('BEGIN:VALARM\r\n');
  expect(ics).toContain('SUMMARY:Lower-back focused massage at Lotus Clinic\r\n');
  for (const l of ics.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics.match(/END:VEVENT/g)).toHaveLength(2);
  // Printed, the history table goes with the summary.
  await widget.getByRole('button', { name: 'Print a summary' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('table.ma-history__table')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // Forgotten: no key, and no check-in offered.
  await forgetAnswers(widget);
  expect(await widgetKeys(page)).toEqual([]);
  await page.reload();
  await expect(widget.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  await expect(widget.getByRole('button', { name: 'How is your back today?' })).toHaveCount(0);
});

test('a warning sign in a check-in goes straight to its instruction', async ({ page }) => {
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await complete(widget, deskWorker);
  await page.reload();
  await widget.getByRole('button', { name: 'How is your back today?' }).click();
  await widget.locator('#ma-red_flags-chest_pain').check();
  await widget.getByRole('button', { name: "Save today's check-in" }).click();
  await expect(widget.locator('.ma-triage__title')).toHaveText('Call emergency services now');
  await expect(widget.locator('.ma-card')).toHaveCount(0);
});

test('pain up by two in a check-in is pain getting worse: the more careful advice shows at once', async ({ page }) => {
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await complete(widget, deskWorker);
  await expect(widget.locator('.ma-triage__title')).toHaveText('No urgent warning signs in your answers');
  await page.reload();
  await widget.getByRole('button', { name: 'How is your back today?' }).click();
  await checkIn(widget, { pain: 6, activity: 4, saved: false });
  await expect(widget.locator('.ma-triage__title')).toHaveText('See a doctor soon');
  // The check-in is kept all the same.
  await expect(widget.locator('.ma-history table tbody tr')).toHaveCount(1);
});

test('something new in a check-in holds back the earlier suggestions until the questionnaire is answered again', async ({ page }) => {
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await complete(widget, deskWorker);
  await page.reload();
  await widget.getByRole('button', { name: 'How is your back today?' }).click();
  await checkIn(widget, { pain: 3, activity: 2, changes: ['new_area'] });
  await expect(widget.locator('.ma-checkin-again')).toContainText('the earlier suggestions may no longer suit you');
  await expect(widget.locator('.ma-checkin-again')).toContainText('It hurts in a new place.');
  await expect(widget.getByRole('button', { name: 'See my suggestions' })).toHaveCount(0);
  // Leaving and coming back resumes at the questionnaire, not the old results.
  await page.reload();
  await expect(widget.locator('.ma-resume')).toContainText('step 1 of 7');
  await widget.getByRole('button', { name: 'Continue' }).click();
  await expect(widget.locator('.ma-progress__label')).toHaveText('Step 1 of 7');
  await expect(widget.locator('#ma-age_band-18_39')).toBeChecked();
});

test('leaving a check-in half answered keeps the results as they were', async ({ page }) => {
  await page.goto(`${host}/clinic.html`);
  const widget = page.locator('#advisor');
  await complete(widget, deskWorker);
  await page.reload();
  await widget.getByRole('button', { name: 'How is your back today?' }).click();
  await widget.locator('#ma-red_flags-none').check();
  await widget.locator('[id="ma-checkin_pain-7"]').check();
  await page.reload();
  await expect(widget.getByRole('button', { name: 'See my suggestions' })).toBeVisible();
  await widget.getByRole('button', { name: 'See my suggestions' }).click();
  await expect(widget.locator('.ma-triage__title')).toHaveText('No urgent warning signs in your answers');
  await expect(widget.locator('.ma-card').first()).toBeVisible();
});

for (const [lang, width] of [['hi', 375], ['en', 1280], ['hi', 1280], ['en', 375]]) {
  test(`the history reads at ${width} px in ${lang}, light and dark`, async ({ browser }) => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.clock.install({ time: START });
      await page.goto(`${host}/clinic.html`);
      const widget = page.locator('#advisor');
      await complete(widget, deskWorker);
      await page.evaluate((l) => document.querySelector('#advisor').setAttribute('lang', l), lang);
      if (colorScheme === 'dark') await widget.evaluate((el) => el.setAttribute('theme', 'dark'));
      await page.clock.setSystemTime(START + WEEK);
      await widget.locator('.ma-between__checkin').click();
      await widget.locator('#ma-red_flags-none').check();
      await widget.locator('[id="ma-checkin_pain-4"]').check();
      await widget.locator('#ma-checkin_stiffness-moderate').check();
      await widget.locator('[id="ma-checkin_activity-3"]').check();
      await widget.locator('#ma-checkin_sessions-2').check();
      await widget.locator('#ma-checkin_therapy-kati_basti').check();
      await widget.locator('#ma-checkin_changes-none').check();
      await widget.locator('.ma-step button[type=submit]').click();
      await expect(widget.locator('table.ma-history__table tbody tr')).toHaveCount(1);
      const wide = await widget.evaluate((el) => {
        const limit = document.documentElement.clientWidth;
        return [...el.shadowRoot.querySelectorAll('.ma-history *')].filter((n) => n.getBoundingClientRect().right > limit + 0.5).length;
      });
      expect(wide).toBe(0);
      await screenshot(page, `${width}-${lang}-${colorScheme}-history`);
      await page.close();
    }
  });
}
