// The <massage-advisor> custom element. scripts/bundle.mjs appends this file
// to wasm-bindgen's glue (which defines `__wbg_init` and `Widget`) and defines
// WASM_GZIP_BASE64 and CSS above it: one self-contained ES module.
//
// It adds nothing to `window` but the element's registration: everything
// here is module-scoped.

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
];

let sheet = null;
// One constructed stylesheet shared by every instance: allowed under a strict
// `style-src 'self'`, where a <style> element or style attribute is not.
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

let ready = null;
// The wasm is inlined (gzipped): no fetch, no wasm MIME type or CORS needed
// from the host, and nothing requested from the network.
async function instantiate() {
  const binary = atob(WASM_GZIP_BASE64);
  const gzipped = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) gzipped[i] = binary.charCodeAt(i);
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  const bytes = await new Response(stream).arrayBuffer();
  return __wbg_init({ module_or_path: bytes });
}

function start() {
  if (!ready) ready = instantiate();
  return ready;
}

// What the default storage namespace is made of (Rust's
// `config::default_storage_key` makes it): this page, and this element's id
// or its position among the page's widgets.
function position(element) {
  return Math.max(0, Array.from(document.querySelectorAll('massage-advisor')).indexOf(element));
}

class MassageAdvisorElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #shadow;
  #widget = null;
  #connected = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [styles()];
  }

  connectedCallback() {
    this.#connected = true;
    start()
      .then(() => {
        if (this.#connected && !this.#widget) this.#mount();
      })
      .catch((error) => console.error('massage-advisor: could not start', error));
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#unmount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#widget || oldValue === newValue) return;
    if (name === 'storage-key') {
      // Another namespace is another visitor's progress: start again from it.
      this.#unmount();
      this.#mount();
    } else {
      this.#widget.setAttribute(name, newValue);
    }
  }

  #mount() {
    const widget = new Widget(location.pathname, this.id, position(this));
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) widget.setAttribute(name, this.getAttribute(name));
    }
    const container = document.createElement('div');
    container.className = 'ma-host';
    this.#shadow.replaceChildren(container);
    widget.mount(container);
    this.#widget = widget;
  }

  #unmount() {
    if (this.#widget) {
      this.#widget.unmount();
      this.#widget.free();
      this.#widget = null;
    }
    this.#shadow.replaceChildren();
  }
}

if (!customElements.get('massage-advisor')) {
  customElements.define('massage-advisor', MassageAdvisorElement);
}
