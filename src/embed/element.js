// The <massage-advisor> custom element. scripts/bundle.mjs builds the ES
// modules from the constants it writes (WASM_URL and WASM_INTEGRITY for the
// module that fetches massage-advisor.wasm beside it, or WASM_GZIP_BASE64 in
// the one-file module; VERSION, CSS, TEXTS, FIRST_STEP), the wasm-bindgen glue
// wrapped in loadGlue(), the facts generated from Rust (facts.mjs), the
// rules for reading what a host writes (host.mjs), and this file.
//
// The element is defined before any of the glue runs. The moment it is on
// the page it shows the first step, pre-rendered at build time from the app
// itself (examples/prerender.rs) as plain DOM with native inputs that work
// at once, unless the page already carries that step as HTML (a declarative
// shadow root: the offline file, the WordPress plugin); when the app has
// started it takes that step over with whatever the visitor did on it (see
// src/prefill.rs). Inflating and starting the wasm wait until the step has
// been painted. A returning visitor, whose saved answers only the app can
// read, sees "Loading" instead (unless the host turned saving off). If it
// cannot start (an old browser, a host page that broke a built-in, anything else)
// it shows the host's own fallback (the element's light-DOM content) or a
// short message, and logs one console error naming the cause: never an
// empty box. Nothing is added to `window` but the element's registration.

import { ATTRIBUTES, LANGUAGES } from './facts.mjs';
import { headingLevelOf, languageOf, pageScheme, savingOff, shiftHeading, themeOf } from './host.mjs';

// How long the widget may take to start before the fallback shows.
const START_TIMEOUT_MS = 15000;

// The language the page suggests when the element has no `lang`: the
// page's own, else the browser's first supported one (Rust's config then
// checks it like any value).
function pageLanguage() {
  for (const tag of [document.documentElement.lang, ...(navigator.languages || [])]) {
    const lang = languageOf(tag);
    if (lang) return lang;
  }
  return LANGUAGES[0];
}

// The element's language: its own `lang`, else the page's.
function elementLanguage(element) {
  return languageOf(element.getAttribute('lang')) ?? pageLanguage();
}

// The texts shown before the wasm runs, in the element's language.
function bootText(element, key) {
  return TEXTS[elementLanguage(element)][key];
}

// ---- the pre-rendered first step --------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';

// Builds DOM from the build-time tree: a node is a text, or
// [tag, [name, value, ...], ...children]. DOM calls only, no HTML parsing
// (allowed under Trusted Types). `level` moves the headings to the host's
// `heading-level` (the tree is rendered at the default, 2).
function build(node, level, svg = false) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const inSvg = svg || tag === 'svg';
  const heading = /^h([1-6])$/.exec(tag);
  const name = heading ? `h${shiftHeading(Number(heading[1]), level)}` : tag;
  const element = inSvg ? document.createElementNS(SVG, name) : document.createElement(name);
  for (let i = 0; i < attributes.length; i += 2) element.setAttribute(attributes[i], attributes[i + 1]);
  for (const child of children) element.append(build(child, level, inSvg));
  return element;
}

// The ticked inputs under `root`, in page order, as [name, value] pairs.
function checkedIn(root) {
  return Array.from(root.querySelectorAll('input'))
    .filter((input) => input.checked)
    .map((input) => [input.name, input.value]);
}

// True when this browser holds answers of any widget: only the app can
// tell whose and where to resume, so the pre-render is not shown. (A
// read-only look at the keys' prefix; blocked storage holds nothing.)
function savedBefore() {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if (String(localStorage.key(i)).startsWith(FIRST_STEP.prefix)) return true;
    }
  } catch {
    // Blocked storage: nothing to resume.
  }
  return false;
}


// The host page's colour scheme on a pre-rendered step, for `theme="auto"`
// (the app gets it through its Widget).
function markScheme(root) {
  const scheme = pageScheme(document);
  if (scheme) root.setAttribute('data-host-scheme', scheme);
  else root.removeAttribute('data-host-scheme');
}

let sheet = null;
// One constructed stylesheet shared by every instance: allowed under a strict
// `style-src 'self'`, where a <style> element or style attribute is not.
function adoptStyles(root) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets (an old browser): a <style> element.
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

// The one-file module's wasm is inlined (gzipped): no fetch, no wasm MIME
// type or CORS needed from the host, and nothing requested from the network.
// (Not Uint8Array.fromBase64: in Chromium 156 it leaves 0.35 MiB more heap
// behind after the start, measured by `make bench`.)
async function inflate(base64) {
  const binary = atob(base64);
  const gzipped = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) gzipped[i] = binary.charCodeAt(i);
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

// Resolves once the browser has painted the next frame, or after 100 ms in
// a frame that paints nothing (hidden), whichever comes first.
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

async function boot() {
  if (Object.prototype.then !== undefined) {
    throw new Error('a script on this page defines Object.prototype.then, which breaks every Promise');
  }
  if (typeof DecompressionStream !== 'function') {
    throw new Error('this browser has no DecompressionStream (Chrome 80, Firefox 113 or Safari 16.4 and later are needed)');
  }
  // The .wasm beside the module starts downloading at once; inflating and
  // compiling hold the main thread, so the first step (or "Loading") is
  // painted first.
  const download = typeof WASM_URL !== 'undefined' ? fetchWasm() : null;
  if (download) download.catch(() => {}); // a failure is reported by init below
  await afterPaint();
  let glue;
  try {
    glue = loadGlue();
  } catch (error) {
    throw new Error(`its code could not load (${error && error.message}); a script on this page may have replaced a built-in such as TextDecoder`);
  }
  // The .wasm beside the module is compiled while it streams; the one-file
  // module inflates its own copy.
  await glue.init({ module_or_path: download ?? await inflate(WASM_GZIP_BASE64) });
  return glue;
}

// Fetches massage-advisor.wasm from beside the module, checked against this
// build's hash. A failure names the file and the likely cause: not
// uploaded (HTTP 404), or refused by the site's Content-Security-Policy
// (`connect-src`), which the fallback then says.
async function fetchWasm() {
  let refused = false;
  const watch = (event) => {
    if (event.blockedURI === WASM_URL.href) refused = true;
  };
  document.addEventListener('securitypolicyviolation', watch);
  try {
    return await fetch(WASM_URL, { integrity: WASM_INTEGRITY });
  } catch (error) {
    // The policy's report comes as an event of its own, just after.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (refused) throw new Error(`its file ${WASM_URL.href} was refused by this page's Content-Security-Policy (connect-src)`);
    // After an update the browser's cache may still hold the earlier
    // release's .wasm (its name does not change), which fails the check:
    // fetched once more past the cache, an updated site works at once.
    try {
      return await fetch(WASM_URL, { integrity: WASM_INTEGRITY, cache: 'reload' });
    } catch {
      // Told apart below.
    }
    // A failed integrity check and a missing file look alike to fetch: the
    // file's status, asked again without the check, tells them apart.
    const status = await fetch(WASM_URL, { method: 'HEAD', cache: 'no-store' }).then((r) => r.status, () => 0);
    if (status >= 400) throw new Error(`its file ${WASM_URL.href} could not be loaded (HTTP ${status}): upload massage-advisor.wasm beside massage-advisor.js`);
    if (status >= 200 && status < 300) throw new Error(`its file ${WASM_URL.href} is not this release's (its hash differs): upload the massage-advisor.js and massage-advisor.wasm of one release, and keep caching or optimising tools from changing them`);
    throw new Error(`its file ${WASM_URL.href} could not be loaded (${error && error.message})`);
  } finally {
    document.removeEventListener('securitypolicyviolation', watch);
  }
}

let startup = null;
let reported = false;
function report(error) {
  if (reported) return;
  reported = true;
  console.error(`massage-advisor: could not start: ${error && error.message ? error.message : error}`);
}

function start() {
  if (!startup) startup = boot();
  return startup;
}

// Where this element stands among the page's widgets (Rust's
// `config::default_storage_key` makes the default storage namespace from
// the page, the element's id or this position).
function position(element) {
  return Math.max(0, Array.from(document.querySelectorAll('massage-advisor')).indexOf(element));
}

// Imported where there is no DOM (a bundler's server-side pass, Node), the
// module does nothing: no element to define, and no error.
const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

class MassageAdvisorElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #shadow;
  #widget = null;
  #connected = false;
  #failed = false;
  // The pre-rendered first step while it shows: its root and what the
  // visitor did on it that the inputs themselves do not hold.
  #firstStep = null;

  constructor() {
    super();
    // The offline page declares the first step in the HTML (a declarative
    // shadow root): kept, with anything already ticked on it.
    this.#shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow);
  }

  connectedCallback() {
    this.#connected = true;
    if (this.#widget || this.#failed) return;
    // With saving off the app reads nothing back, so the first step is
    // always where it starts.
    const resumes = !savingOff(this.getAttribute('save')) && savedBefore();
    // A step the page declared is taken over as it is if this version wrote
    // it in this language; else it is built again, keeping its ticks.
    const declared = this.#shadow.querySelector('.ma-root--prerendered');
    const lang = elementLanguage(this);
    if (declared && !resumes && declared.lang === lang && declared.getAttribute('data-ma-version') === VERSION) {
      this.#takeFirstStep(declared, lang);
    } else if (!resumes) {
      this.#showFirstStep(lang, declared ? checkedIn(declared) : []);
    } else {
      this.#status('loading', 'ma-boot');
    }
    const watchdog = setTimeout(() => {
      if (this.#connected && !this.#widget) {
        report(new Error(`it did not start within ${START_TIMEOUT_MS / 1000} seconds`));
        this.#fail(null);
      }
    }, START_TIMEOUT_MS);
    start()
      .then((glue) => {
        clearTimeout(watchdog);
        if (this.#connected && !this.#widget && !this.#failed) this.#mount(glue);
      })
      .catch((error) => {
        clearTimeout(watchdog);
        report(error);
        this.#fail(error);
      });
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#unmount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#widget || oldValue === newValue) return;
    if (name === 'storage-key' || name === 'save' || name === 'heading-level') {
      // Another namespace is another visitor's progress, saving on or off
      // changes what is read, and the headings are built at mount: start
      // again from storage.
      const glue = this.#widget.glue;
      this.#unmount();
      this.#mount(glue);
    } else {
      this.#widget.instance.setAttribute(name, newValue);
    }
  }

  // A one-line status in place of the widget ("Loading", "cannot start").
  #status(key, className) {
    const box = document.createElement('p');
    box.className = className;
    box.setAttribute('role', 'status');
    box.textContent = bootText(this, key);
    this.#shadow.replaceChildren(box);
  }

  #fail(error) {
    if (this.#widget) return;
    this.#failed = true;
    this.#firstStep = null;
    // The host's own fallback when it gave one (say, "call us"), else ours:
    // blocked by the site's Content-Security-Policy (another browser would
    // not help), or a browser that cannot run it.
    // (A declarative shadow root a browser did not attach stays behind as a
    // <template>: not the host's fallback.)
    const given = Array.from(this.childNodes).some((node) => (node.nodeType === Node.ELEMENT_NODE
      ? node.localName !== 'template'
      : node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== ''));
    if (given) {
      this.#shadow.replaceChildren(document.createElement('slot'));
    } else {
      const blocked = /Content.Security.Policy|unsafe-eval/i.test(String(error && error.message));
      this.#status(blocked ? 'blocked' : 'failed', 'ma-boot ma-boot--failed');
    }
  }

  // Shows the pre-rendered first step in `lang`, with `checked` ticked
  // again (after a language switch).
  #showFirstStep(lang, checked) {
    const tree = FIRST_STEP.steps[lang] || FIRST_STEP.steps[LANGUAGES[0]];
    const root = build(tree, headingLevelOf(this.getAttribute('heading-level')));
    root.setAttribute('data-theme', themeOf(this.getAttribute('theme')));
    root.classList.add('ma-root--prerendered');
    for (const [name, value] of checked) {
      for (const input of root.querySelectorAll('input')) {
        if (input.name === name && input.value === value) input.checked = true;
      }
    }
    this.#takeFirstStep(root, lang);
    this.#shadow.replaceChildren(root);
  }

  // Makes `root`, the pre-rendered step in `lang`, the one shown: remembers
  // what the visitor does on it that the inputs themselves do not hold.
  #takeFirstStep(root, lang) {
    markScheme(root);
    const next = this.#firstStep ? this.#firstStep.next : false;
    this.#firstStep = { root, lang, next };
    // "None of these" excludes the other options, as the app's reducer does.
    root.addEventListener('change', (event) => {
      const input = event.target;
      if (input.type !== 'checkbox' || !input.checked) return;
      for (const other of root.querySelectorAll(`input[type=checkbox]`)) {
        if (other.name === input.name && other !== input && (input.value === FIRST_STEP.none || other.value === FIRST_STEP.none)) {
          other.checked = false;
        }
      }
    });
    // Next is remembered and taken when the app starts; nothing is submitted.
    root.addEventListener('submit', (event) => event.preventDefault());
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && target.closest('button[type=submit]')) {
        event.preventDefault();
        this.#firstStep.next = true;
      }
      // Nothing is saved yet: forgetting is clearing the boxes.
      if (target && target.closest('#ma-forget')) {
        for (const input of this.#firstStep.root.querySelectorAll('input')) input.checked = false;
      }
      const choice = target && target.closest('.ma-lang__choice');
      if (choice && choice.lang !== this.#firstStep.lang) {
        this.#showFirstStep(choice.lang, this.#checked());
        this.#firstStep.chosenLang = choice.lang;
      }
    });
  }

  // The ticked inputs of the pre-rendered step, in page order.
  #checked() {
    return this.#firstStep ? checkedIn(this.#firstStep.root) : [];
  }

  #mount(glue) {
    const widget = new glue.Widget(location.pathname, this.id, position(this), pageLanguage(), pageScheme(document) ?? undefined);
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) widget.setAttribute(name, this.getAttribute(name));
    }
    // What the visitor did on the pre-rendered step goes to the app, and
    // where focus was comes back: the swap is one DOM change, to an app
    // that renders the same step from the same components.
    let focus = null;
    if (this.#firstStep) {
      const active = this.#shadow.activeElement;
      focus = active && active.id ? active.id : null;
      widget.prefill(JSON.stringify({
        checked: this.#checked(),
        next: this.#firstStep.next,
        lang: this.#firstStep.chosenLang || null,
      }));
      this.#firstStep = null;
    }
    const container = document.createElement('div');
    container.className = 'ma-host';
    widget.mount(container);
    this.#shadow.replaceChildren(container);
    this.#widget = { glue, instance: widget };
    if (focus) {
      const again = this.#shadow.getElementById ? this.#shadow.getElementById(focus) : null;
      if (again) again.focus({ preventScroll: true });
    }
  }

  #unmount() {
    this.#firstStep = null;
    if (this.#widget) {
      this.#widget.instance.unmount();
      this.#widget.instance.free();
      this.#widget = null;
    }
    this.#shadow.replaceChildren();
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('massage-advisor')) {
  customElements.define('massage-advisor', MassageAdvisorElement);
}
