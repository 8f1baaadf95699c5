// From the screen to the clinic (issue 23): the summary by WhatsApp, text
// message or email, never on an urgent outcome, and a reception QR code that,
// read back by a QR decoder, opens the clinic's page with the summary for the
// therapist and nothing stored.
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { answer, clickNext, complete, deskWorker, expectAccessible, screenshot, widgetKeys } from './helpers.mjs';

const host = 'http://127.0.0.1:8092';

/** The clinic page with a WhatsApp number and a recorder of hand-off events. */
async function openClinic(page, { lang = 'en' } = {}) {
  const events = [];
  await page.exposeFunction('recordHandoff', (detail) => events.push(detail));
  await page.addInitScript(() => document.addEventListener('massage-advisor:handoff', (e) => window.recordHandoff(e.detail)));
  await page.goto(`${host}/clinic.html`);
  await page.evaluate((l) => {
    const el = document.querySelector('#advisor');
    el.setAttribute('clinic-whatsapp', '+91 8270482704'.replace(' ', ''));
    el.setAttribute('clinic-email', 'care@lotus.example');
    el.setAttribute('lang', l);
  }, lang);
  return { widget: page.locator('#advisor'), events };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** `code` as a build with another question table or rules writes it: the
 * digest's last bit flipped, the CRC-12 (polynomial 0x80F, as
 * src/domain/code.rs) made again, so that only the version differs. */
function otherVersion(code) {
  const symbols = [...code.slice(1)].map((c) => ALPHABET.indexOf(c));
  const payload = symbols.slice(0, -2);
  payload[1] ^= 1;
  let crc = 0;
  for (const s of payload) {
    for (let i = 5; i >= 0; i--) {
      const top = (crc >> 11) & 1;
      crc = (crc << 1) & 0xfff;
      if (top ^ ((s >> i) & 1)) crc ^= 0x80f;
    }
  }
  return `1${[...payload, crc >> 6, crc & 0x3f].map((s) => ALPHABET[s]).join('')}`;
}

/** The text a WhatsApp link carries, decoded. */
async function whatsappText(widget) {
  const href = await widget.locator('a[href^="https://wa.me/"]').getAttribute('href');
  const url = new URL(href);
  expect(url.pathname).toBe('/918270482704');
  return url.searchParams.get('text');
}

test('the summary goes to the clinic on WhatsApp, by text or email, named, within the limits, in both languages', async ({ page }) => {
  const { widget, events } = await openClinic(page);
  await complete(widget, { ...deskWorker, conditions: ['blood_thinners'], low_platelets: false });
  // Shown in full, with who gets it, before anything is pressed.
  await expect(widget.locator('.ma-handoff__what')).toContainText('This is what will be sent to Lotus Clinic, only when you press one of the buttons below');
  const shown = await widget.locator('#ma-handoff-summary').innerText();
  const text = await whatsappText(widget);
  expect(text).toBe(shown);
  expect(text).toContain('Suggested: 1. ');
  expect(text).toContain('Where it hurts: Lower back');
  expect(text).toContain('Please know: blood thinners, a bleeding disorder or low platelets');
  expect(text.length).toBeLessThanOrEqual(1000);
  await expect(widget.getByRole('link', { name: 'Send my summary to Lotus Clinic on WhatsApp' })).toBeVisible();
  const sms = await widget.locator('a[href^="sms:"]').getAttribute('href');
  expect(sms).toMatch(/^sms:\+918270482704\?body=/);
  expect(decodeURIComponent(sms.split('body=')[1])).toBe(text);
  const mail = await widget.locator('a[href^="mailto:"].ma-handoff__way').getAttribute('href');
  expect(mail).toMatch(/^mailto:care@lotus\.example\?subject=My%20back-care%20summary&body=/);
  // The channel only, on the host page.
  await widget.getByRole('button', { name: 'Copy the summary' }).click();
  await expect.poll(() => events).toEqual([{ channel: 'copy' }]);
  await expectAccessible(page, 'results with the hand-off');
  await screenshot(page, 'handoff-en');
  // Hindi: the same, within 700 characters.
  await page.evaluate(() => document.querySelector('#advisor').setAttribute('lang', 'hi'));
  await expect(widget.locator('.ma-root')).toHaveAttribute('lang', 'hi');
  const hindi = await whatsappText(widget);
  expect(hindi).toContain('सुझाव: 1.');
  expect(hindi.length).toBeLessThanOrEqual(700);
  await screenshot(page, 'handoff-hi');
});

test('no summary to send on an emergency: the visitor is told to call', async ({ page }) => {
  const { widget } = await openClinic(page);
  await answer(widget, { red_flags: 'chest_pain' });
  await clickNext(widget);
  await expect(widget.locator('.ma-triage__title')).toHaveText('Call emergency services now');
  await expect(widget.locator('a[href^="https://wa.me/"]')).toHaveCount(0);
  await expect(widget.locator('.ma-handoff')).toHaveCount(0);
  await expect(widget.locator('.ma-qr')).toHaveCount(0);
});

test('the reception QR code, read back, opens the clinic page with the summary for the therapist, storing nothing', async ({ page, browser }) => {
  const { widget } = await openClinic(page);
  await complete(widget, { ...deskWorker, conditions: ['pregnancy'], pregnancy_stage: '12_27w', pregnancy_signs: [] });
  const qr = widget.getByRole('img', { name: "QR code that opens your summary on the clinic's page" });
  await expect(qr).toBeVisible();
  const suggestions = await widget.locator('.ma-card__title').allTextContents();
  const png = PNG.sync.read(await qr.screenshot({ scale: 'device' }));
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read, 'the QR code could not be read').not.toBeNull();
  expect(read.data).toMatch(/^http:\/\/127\.0\.0\.1:8092\/clinic\.html#massage-advisor=1[A-Za-z0-9_-]+$/);
  // At reception, on another device: the same advice, read-only, nothing saved.
  const reception = await browser.newPage();
  await reception.goto(read.data);
  const therapist = reception.locator('#advisor');
  await expect(therapist.getByRole('heading', { name: 'Summary for the therapist' })).toBeVisible();
  // The advice is the visitor's, worded for them: the therapist is told so.
  await expect(therapist.getByText('“you” below means the visitor')).toBeVisible();
  await expect(therapist.locator('.ma-card__title')).toHaveText(suggestions);
  await expect(therapist.locator('.ma-notes')).toContainText('Check with your midwife or doctor before booking');
  await expect(therapist.locator('.ma-summary__list')).toContainText('How many weeks pregnant are you?');
  await expect(therapist.locator('.ma-card__book, .ma-handoff, .ma-between, .ma-cta')).toHaveCount(0);
  expect(await widgetKeys(reception)).toEqual([]);
  // The code has left the address; mounted again (an attribute changed),
  // the widget still shows the therapist the visitor's summary.
  expect(reception.url()).not.toContain('massage-advisor=');
  await therapist.evaluate((el) => el.setAttribute('heading-level', '3'));
  await expect(therapist.getByRole('heading', { name: 'Summary for the therapist', level: 3 })).toBeVisible();
  await expect(therapist.locator('.ma-card__title')).toHaveText(suggestions);
  expect(await widgetKeys(reception)).toEqual([]);
  await therapist.evaluate((el) => el.setAttribute('heading-level', '2'));
  await expect(therapist.getByRole('heading', { name: 'Summary for the therapist', level: 2 })).toBeVisible();
  await expectAccessible(reception, 'therapist view');
  await screenshot(reception, 'therapist-view');
  // A code cut short or from elsewhere says so plainly.
  await reception.goto(`${read.data.slice(0, -6)}`);
  await reception.reload();
  await expect(therapist.locator('.ma-therapist__error')).toContainText(/could not be read|damaged/);
  await reception.goto(`${host}/clinic.html#massage-advisor=${otherVersion(read.data.split('=')[1])}`);
  await reception.reload();
  await expect(therapist.locator('.ma-therapist__error')).toContainText('another version of the questionnaire');
  expect(await widgetKeys(reception)).toEqual([]);
  await reception.close();
});

test('reception-url points the code at the clinic page the host names', async ({ page }) => {
  const { widget } = await openClinic(page);
  await page.evaluate(() => document.querySelector('#advisor').setAttribute('reception-url', 'https://lotus.example/back-care/'));
  await complete(widget, deskWorker);
  const png = PNG.sync.read(await widget.locator('.ma-qr').screenshot({ scale: 'device' }));
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read.data).toMatch(/^https:\/\/lotus\.example\/back-care\/#massage-advisor=1/);
});
