// The plugin on a real WordPress (Debian's 6.1 or 6.8, its default theme,
// MariaDB), installed the way a clinic's admin does it: upload the zip,
// activate, and the shortcode and the block work on the site's pages and in
// the block editor.
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { answer, answerStep, clickNext, complete, deskWorker, holdStart, onStep, screenshot as save, watch, widgetKeys } from '../e2e/helpers.mjs';

const zip = process.env.WP_PLUGIN_ZIP;
const release = process.env.WP_RELEASE ?? '6.1';
/** A screenshot named after the WordPress release too. */
const screenshot = (page, name) => save(page, `${name}-${release}`);

/** Logs in as the site's admin. */
async function logIn(page) {
  await page.goto('/wp-login.php');
  // wp-login.php focuses and selects the user name field 200 ms after load
  // (wp_attempt_focus): typing before then can land the password in it.
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill('admin');
  await page.locator('#user_pass').fill('massage-advisor-test');
  await page.locator('#wp-submit').click();
  await expect(page).toHaveURL(/wp-admin/);
}

test.describe.configure({ mode: 'serial' });

test('an admin uploads the plugin zip through Plugins > Add New and activates it', async ({ page }) => {
  await logIn(page);
  await page.goto('/wp-admin/plugin-install.php?tab=upload');
  await page.locator('#pluginzip').setInputFiles(zip);
  await page.locator('#install-plugin-submit').click();
  await expect(page.locator('#wpbody-content')).toContainText('Plugin installed successfully.');
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.locator('#message, .notice-success').first()).toContainText('Plugin activated.');
  await expect(page.locator('tr[data-slug="massage-advisor"]')).toHaveClass(/active/);
});

/** Requests the page makes from now on (the widget must make none). */
function requestsFrom(page) {
  const seen = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

test('the shortcode under a nested permalink: the module loads once, absolutely, and the first step can be answered', async ({ page }) => {
  const log = watch(page);
  await page.goto('/care/back-care/');
  // The site's own theme is around it.
  await expect(page.locator('body')).toHaveClass(/wp-theme-twentytwenty(three|five)|page-template/);
  const widget = page.locator('massage-advisor');
  await expect(widget.locator('.ma-step')).toBeVisible();
  const scripts = await page.locator('script[src*="massage-advisor.js"]').evaluateAll((els) => els.map((s) => ({ src: s.getAttribute('src'), type: s.type })));
  expect(scripts).toHaveLength(1);
  expect(scripts[0].type).toBe('module');
  expect(scripts[0].src).toMatch(new RegExp(`^${process.env.WP_URL}/wp-content/plugins/massage-advisor/assets/massage-advisor\\.js`));
  await expect(widget).toHaveAttribute('clinic-name', 'Lotus Clinic');
  const requests = requestsFrom(page);
  await answerStep(widget, deskWorker);
  await clickNext(widget);
  await onStep(widget, 2);
  await screenshot(page, 'wordpress-back-care-step-2');
  expect(requests).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the plugin prints the first step as HTML: answerable before the module arrives, styled, and taken over with its ticks', async ({ page }) => {
  const log = watch(page);
  // The wasm is held back until the end, to see the step taken over as printed.
  await holdStart(page);
  // The module arrives late, as on a slow network.
  let arrive;
  const late = new Promise((resolve) => { arrive = resolve; });
  await page.route('**/massage-advisor.js*', async (route) => { await late; await route.continue(); });
  await page.goto('/care/back-care/', { waitUntil: 'commit' });
  const widget = page.locator('massage-advisor');
  const step = widget.locator('.ma-root--prerendered');
  await expect(step).toBeVisible();
  expect(await page.evaluate(() => customElements.get('massage-advisor'))).toBeUndefined();
  // At the shortcode's heading level (2), styled by the plugin's stylesheet,
  // printed inline (a file in the shadow root would cost a round trip).
  await expect(widget.getByRole('heading', { level: 2, name: 'Find the right massage for your back' })).toBeVisible();
  await expect(widget.getByRole('heading', { level: 3, name: 'First, your safety' })).toBeVisible();
  const sheets = await step.evaluate((root) => ({
    inline: root.getRootNode().querySelectorAll('style').length,
    linked: root.getRootNode().querySelectorAll('link[rel=stylesheet]').length,
  }));
  expect(sheets).toEqual({ inline: 1, linked: 0 });
  expect(await widget.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
  // The .wasm preloaded from the page, outside the element, with its hash.
  const preload = page.locator('link[rel=preload][href*="massage-advisor.wasm"]');
  await expect(preload).toHaveCount(1);
  await expect(preload).toHaveAttribute('integrity', /^sha384-/);
  expect(await preload.evaluate((link) => link.parentElement.localName)).not.toBe('massage-advisor');
  await widget.getByLabel('New weakness in one leg').check();
  await widget.getByLabel('40 to 49').check();
  arrive();
  // Defined, the element keeps the printed step (this release's), with its ticks.
  await page.waitForFunction(() => customElements.get('massage-advisor') !== undefined);
  await expect(widget.locator('.ma-root--prerendered[data-ma-version]')).toHaveCount(1);
  await expect(widget.getByLabel('40 to 49')).toBeChecked();
  await page.evaluate(() => window.__openGate());
  await expect(widget.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await expect(widget.getByLabel('New weakness in one leg')).toBeChecked();
  await expect(widget.getByLabel('40 to 49')).toBeChecked();
  await expect.poll(() => page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('massage-advisor:'));
    return key ? JSON.parse(localStorage.getItem(key)).answers : null;
  })).toMatchObject({ red_flags: ['one_leg_weakness'], age_band: '40_49' });
  expect(log.errors).toEqual([]);
});

test('in a classic theme (the head printed before the content) the step is printed styled, the module loads once, and answers go on', async ({ page }) => {
  const log = watch(page);
  const sheets = [];
  page.on('request', (r) => { if (r.url().includes('massage-advisor.css')) sheets.push(r.url()); });
  await holdStart(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().includes('massage-advisor.wasm')) wasm.push(r.url()); });
  await page.goto('/care/back-care/?theme=classic');
  await expect(page.locator('body')).toHaveClass(/ma-test-classic/);
  const widget = page.locator('massage-advisor');
  await expect(widget.locator('.ma-root--prerendered')).toBeVisible();
  expect(await widget.locator('.ma-option').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('none');
  // The module, enqueued from inside the content, is printed in the footer, once.
  const scripts = await page.locator('script[src*="massage-advisor.js"]').evaluateAll((els) => els.map((s) => ({ type: s.type, inHead: !!s.closest('head') })));
  expect(scripts).toEqual([{ type: 'module', inHead: false }]);
  await widget.getByLabel('40 to 49').check();
  await page.evaluate(() => window.__openGate());
  await expect(widget.locator('.ma-root:not(.ma-root--prerendered)')).toBeVisible();
  await expect(widget.getByLabel('40 to 49')).toBeChecked();
  // The .wasm downloaded once: the preload is what the module's fetch takes.
  expect(wasm).toHaveLength(1);
  // The stylesheet inline: no file fetched for it, the step taken over or not.
  expect(sheets).toHaveLength(0);
  await answer(widget, { red_flags: [] });
  await clickNext(widget);
  await onStep(widget, 2);
  await screenshot(page, 'wordpress-classic-theme-step-2');
  expect(log.errors).toEqual([]);
});

test('two widgets on one page keep their own answers, the module loaded once, and a messy name stays text', async ({ page }) => {
  const log = watch(page);
  await page.goto('/two-advisors/');
  const first = page.locator('massage-advisor').nth(0);
  const second = page.locator('massage-advisor').nth(1);
  await expect(first.locator('.ma-step')).toBeVisible();
  await expect(second.locator('.ma-step')).toBeVisible();
  expect(await page.locator('script[src*="massage-advisor.js"]').count()).toBe(1);
  // The underscore spelling of an attribute works too, and an id.
  await expect(first).toHaveAttribute('clinic-name', 'Lotus Clinic');
  await expect(first).toHaveAttribute('id', 'first-advisor');
  // The enclosed fallback is inside the element, and hidden once it runs.
  const fallbackLink = first.locator('> a[href="tel:+918270482704"]');
  await expect(fallbackLink).toHaveCount(1);
  await expect(fallbackLink).toBeHidden();
  // The step printed for the second widget follows its heading level and theme.
  const printed = await (await page.request.get('/two-advisors/')).text();
  expect(printed.match(/<template shadowrootmode="open">/g)).toHaveLength(2);
  expect(printed).toMatch(/data-theme="dark"[^>]*>[\s\S]*?<h4 class="ma-title">/);
  expect(printed).toMatch(/<h2 class="ma-title">/);
  // Escaped by WordPress: the whole value is one attribute, no element was injected.
  await expect(second).toHaveAttribute('clinic-name', /Lotus "Spa"/);
  expect(await page.locator('main script, .entry-content script, .wp-block-post-content script').count()).toBe(0);
  await answerStep(first, deskWorker);
  await clickNext(first);
  await onStep(first, 2);
  await onStep(second, 1);
  await expect(second.locator('#ma-age_band-18_39')).not.toBeChecked();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('massage-advisor:')));
  expect(keys).toEqual(['massage-advisor:first']);
  await screenshot(page, 'wordpress-two-advisors');
  expect(log.errors).toEqual([]);
});

test('the block renders the element with its settings, and a whole run ends on booking links', async ({ page }) => {
  const log = watch(page);
  await page.goto('/block/');
  const widget = page.locator('.wp-block-massage-advisor-advisor massage-advisor');
  await expect(widget.locator('.ma-step')).toBeVisible();
  await expect(widget).toHaveAttribute('clinic-name', 'Lotus Block Clinic');
  await expect(widget).toHaveAttribute('booking-url', 'https://clinic.example/book/{therapy}');
  // The sentence for when it cannot start is inside, as text (escaped).
  expect(await widget.evaluate((el) => el.querySelector(':scope > p')?.textContent)).toBe('Call us on +91 82704 82704 <b>now</b>');
  const requests = requestsFrom(page);
  await complete(widget, deskWorker);
  await expect(widget.locator('.ma-card__title')).toHaveText([/Lower-back focused massage/, /Gentle relaxation massage/]);
  await expect(widget.locator('.ma-card__book a').first()).toHaveAttribute('href', 'https://clinic.example/book/lower_back');
  // The summary goes to the clinic's WhatsApp number the block was given.
  const send = widget.getByRole('link', { name: 'Send my summary to Lotus Block Clinic on WhatsApp' });
  await expect(send).toHaveAttribute('href', /^https:\/\/wa\.me\/918270482704\?text=.*Lower-back%20focused%20massage/);
  await screenshot(page, 'wordpress-block-results');
  expect(requests).toEqual([]);
  expect(log.errors).toEqual([]);
  // The reception code opens this very page with the summary for the therapist.
  const qr = widget.getByRole('img', { name: "QR code that opens your summary on the clinic's page" });
  const png = PNG.sync.read(await qr.screenshot({ scale: 'device' }));
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read, 'the QR code could not be read').not.toBeNull();
  expect(read.data).toMatch(/\/block\/#massage-advisor=1[A-Za-z0-9_-]+$/);
  const reception = await page.context().browser().newPage();
  await reception.goto(read.data);
  const therapist = reception.locator('.wp-block-massage-advisor-advisor massage-advisor');
  await expect(therapist.getByRole('heading', { name: 'Summary for the therapist' })).toBeVisible();
  await expect(therapist.locator('.ma-card__title').first()).toContainText('Lower-back focused massage');
  expect(await widgetKeys(reception)).toEqual([]);
  await reception.close();
});

test('in the block editor the block shows its placeholder and the clinic fields, the WhatsApp number among them, and saves them', async ({ page }) => {
  const log = watch(page);
  await logIn(page);
  await page.goto('/wp-admin/post-new.php?post_type=page');
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('massage-advisor/advisor'));
  // No welcome guide over the editor.
  await page.evaluate(() => {
    const prefs = window.wp.data.dispatch('core/preferences');
    if (prefs) prefs.set('core/edit-post', 'welcomeGuide', false);
    else window.wp.data.dispatch('core/edit-post').toggleFeature?.('welcomeGuide');
  });
  await page.evaluate(() => {
    const { dispatch } = window.wp.data;
    dispatch('core/editor').editPost({ title: 'From the editor', status: 'publish' });
    dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('massage-advisor/advisor'));
  });
  // The content is in the editor's iframe where WordPress uses one (6.3+ with apiVersion 3 blocks):
  // on 6.8 an apiVersion 3 block keeps the editor in its iframe; 6.1 has none.
  if (release !== '6.1') await expect(page.locator('iframe[name="editor-canvas"]')).toBeAttached();
  const iframed = release !== '6.1';
  const canvas = iframed ? page.frameLocator('iframe[name="editor-canvas"]') : page;
  const placeholder = canvas.locator('.wp-block-massage-advisor-advisor');
  await expect(placeholder).toContainText('The back-care questionnaire shows here on the published page.');
  // 6.8 offers a pattern for a new page in a dialog, whenever it comes: closed, as an admin would.
  const dialog = page.getByRole('dialog');
  await page.addLocatorHandler(dialog, async () => { await dialog.getByRole('button', { name: 'Close' }).click(); });
  await placeholder.click();
  await expect(dialog).toHaveCount(0);
  const settings = page.getByRole('region', { name: /Editor settings|Settings/ });
  const whatsapp = settings.getByRole('textbox', { name: 'WhatsApp number' });
  if (!(await whatsapp.isVisible())) await settings.getByRole('button', { name: 'Your clinic' }).click();
  await expect(whatsapp).toBeVisible();
  await expect(settings.getByRole('textbox', { name: 'Reception page' })).toBeVisible();
  await whatsapp.fill('+918270482704');
  await settings.getByRole('textbox', { name: 'Clinic name' }).fill('Editor Clinic');
  await screenshot(page, 'wordpress-block-editor');
  await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
  await expect.poll(() => page.evaluate(() => window.wp.data.select('core/editor').isCurrentPostPublished())).toBe(true);
  const link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
  // The saved page carries what was typed into the fields.
  await page.goto(link);
  const widget = page.locator('.wp-block-massage-advisor-advisor massage-advisor');
  await expect(widget).toHaveAttribute('clinic-whatsapp', '+918270482704');
  await expect(widget).toHaveAttribute('clinic-name', 'Editor Clinic');
  await expect(widget.locator('.ma-step')).toBeVisible();
  // From 6.8 on, WordPress warns about blocks older than apiVersion 3: none.
  expect(log.warnings.filter((w) => /massage-advisor/.test(w) && /API version/i.test(w))).toEqual([]);
  // Nor about the way the block's fields are made.
  expect(log.warnings.filter((w) => /TextControl|__next40pxDefaultSize|__nextHasNoMarginBottom/.test(w))).toEqual([]);
  // The admin screens ask other hosts (avatars, wordpress.org), offline here.
  expect(log.errors.filter((e) => !/ERR_NAME_NOT_RESOLVED/.test(e))).toEqual([]);
});
