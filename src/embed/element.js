// The <massage-advisor> custom element. scripts/bundle.mjs builds one ES
// module from the constants it writes (WASM_GZIP_BASE64, CSS, TEXTS), the
// wasm-bindgen glue wrapped in loadGlue(), and this file.
//
// The element is defined before any of the glue runs. While the widget
// starts it shows "Loading"; if it cannot start (an old browser, a host page
// that broke a built-in, anything else) it shows the host's own fallback
// (the element's light-DOM content) or a short message, and logs one console
// error naming the cause: never an empty box. Nothing is added to `window`
// but the element's registration.

// The attributes, as `config::ATTRIBUTES` lists them in Rust (a native test
// keeps the two lists equal).
const ATTRIBUTES = [
  'lang',
  'storage-key',
  'clinic-name',
  'clinic-phone',
  'clinic-email',
  'clinic-url',
  'theme',
  'save',
  'heading-level',
  'therapies',
  'booking-url',
  'emergency-number',
];

// How long the widget may take to start before the fallback shows.
const START_TIMEOUT_MS = 15000;

// The language the page suggests when the element has no `lang`: the
// page's own, else the browser's first supported one (Rust's config then
// checks it like any value).
function pageLanguage() {
  for (const tag of [document.documentElement.lang, ...(navigator.languages || [])]) {
    const primary = String(tag || '').split(/[-_]/)[0].toLowerCase();
    if (TEXTS[primary]) return primary;
  }
  return 'en';
}

// The texts shown before the wasm runs, in the element's language.
function bootText(element, key) {
  const own = String(element.getAttribute('lang') || '').split(/[-_]/)[0].toLowerCase();
  return (TEXTS[own] || TEXTS[pageLanguage()])[key];
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

// The wasm is inlined (gzipped): no fetch, no wasm MIME type or CORS needed
// from the host, and nothing requested from the network.
async function inflate(base64) {
  const binary = atob(base64);
  const gzipped = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) gzipped[i] = binary.charCodeAt(i);
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

async function boot() {
  if (Object.prototype.then !== undefined) {
    throw new Error('a script on this page defines Object.prototype.then, which breaks every Promise');
  }
  if (typeof DecompressionStream !== 'function') {
    throw new Error('this browser has no DecompressionStream (Chrome 80, Firefox 113 or Safari 16.4 and later are needed)');
  }
  let glue;
  try {
    glue = loadGlue();
  } catch (error) {
    throw new Error(`its code could not load (${error && error.message}); a script on this page may have replaced a built-in such as TextDecoder`);
  }
  await glue.init({ module_or_path: await inflate(WASM_GZIP_BASE64) });
  return glue;
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

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow);
  }

  connectedCallback() {
    this.#connected = true;
    if (this.#widget || this.#failed) return;
    this.#status('loading', 'ma-boot');
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
    // The host's own fallback when it gave one (say, "call us"), else ours:
    // blocked by the site's Content-Security-Policy (another browser would
    // not help), or a browser that cannot run it.
    if (this.childElementCount > 0 || this.textContent.trim() !== '') {
      this.#shadow.replaceChildren(document.createElement('slot'));
    } else {
      const blocked = /Content.Security.Policy|unsafe-eval/i.test(String(error && error.message));
      this.#status(blocked ? 'blocked' : 'failed', 'ma-boot ma-boot--failed');
    }
  }

  #mount(glue) {
    const widget = new glue.Widget(location.pathname, this.id, position(this), pageLanguage());
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) widget.setAttribute(name, this.getAttribute(name));
    }
    const container = document.createElement('div');
    container.className = 'ma-host';
    this.#shadow.replaceChildren(container);
    widget.mount(container);
    this.#widget = { glue, instance: widget };
  }

  #unmount() {
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
