// Assembles dist/ from wasm-bindgen's output, the stylesheet and the custom
// element: the module a page loads (massage-advisor.js, which draws the
// first step at once and fetches massage-advisor.wasm beside it), the same
// as one file with everything inlined (massage-advisor-one-file.js), an
// offline HTML page, the demo clinic pages, and the embed snippet with its
// SRI hashes.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
// The facts generated from Rust, and the one JavaScript reading of what a
// host writes: the same files the element is built from.
import { HEADING_LEVELS, LANGUAGES } from '../src/embed/facts.mjs';
import { headingLevelOf, shiftHeading } from '../src/embed/host.mjs';

const read = (path) => readFileSync(path, 'utf8');
const glue = read('target/embed/massage_advisor.js');
const wasm = readFileSync('target/embed/massage_advisor_bg.opt.wasm');
const css = read('style/advisor.css');
// The element's own modules, in one script: facts.mjs and host.mjs before
// element.js, their imports and exports dropped (the module exports nothing).
const unmodule = (text) => text.replace(/^import [^;]+;\n/gm, '').replace(/^export /gm, '');
const element = ['src/embed/facts.mjs', 'src/embed/host.mjs', 'src/embed/element.js'].map((f) => unmodule(read(f))).join('\n');
if (/^(import|export) /m.test(element)) throw new Error('bundle: an import or export survived in the element');
const version = /^version = "([^"]+)"/m.exec(read('Cargo.toml'))[1];

// The module exports nothing: the element registers itself. The glue runs
// only when an element starts (inside loadGlue(), inside a try): the glue
// touches built-ins as it loads (TextDecoder, FinalizationRegistry), and a
// host page that broke one must get a visible fallback, not an empty box.
const internalGlue = glue
  // Leptos links an innerHTML setter it only calls to clear an `inner_html`
  // attribute, which this widget never sets. It is replaced by a loud
  // failure, so that no HTML string sink ships (Trusted Types).
  .replace(/^(\s*__wbg_set_innerHTML_[0-9a-f]+: function\(arg0, arg1, arg2\) \{\n)\s*arg0\.innerHTML = getStringFromWasm0\(arg1, arg2\);\n/m,
    "$1            throw new Error('massage-advisor: innerHTML is never used');\n")
  // The wasm is always handed over as bytes: the glue's default (fetching a
  // file next to the module) is dropped, and with it the module-only
  // `import.meta`, which breaks a host's "combine scripts" optimiser.
  .replace(/^\s*module_or_path = new URL\('massage_advisor_bg\.wasm', import\.meta\.url\);$/m, "        throw new Error('massage-advisor: no wasm given');")
  .replace(/^export (class|function|const|let) /gm, '$1 ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/^export default [^;]+;\s*$/gm, '');
if (/^export /m.test(internalGlue)) throw new Error('bundle: an export survived in the glue');
if (/import\.meta/.test(internalGlue + element)) throw new Error('bundle: import.meta survived in the glue');
if (/\beval\(|new Function\(/.test(internalGlue + element)) throw new Error('bundle: eval would break a strict CSP');
if (/\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write/.test(internalGlue + element)) {
  throw new Error('bundle: an HTML string sink would break Trusted Types');
}
const loadGlue = `function loadGlue() {\n${internalGlue}\nreturn { Widget, init: __wbg_init };\n}`;

// The few texts shown before the wasm runs (loading, cannot start), from
// the locale files like every other text.
const bootTexts = {};
for (const lang of LANGUAGES) {
  const all = JSON.parse(read(`src/locale/${lang}.json`));
  bootTexts[lang] = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('boot.')).map(([k, v]) => [k.slice(5), v]));
}

// The first step, pre-rendered at build time by the app itself
// (examples/prerender.rs), as a tree the element builds with DOM calls: a
// node is a text, or [tag, [name, value, ...], ...children]. The HTML comes
// from Leptos' renderer, so a small strict parser is enough; anything it
// does not expect stops the build.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    if (!(e in ENTITIES)) throw new Error(`bundle: unknown entity ${all} in the pre-rendered step`);
    return ENTITIES[e];
  });
}
function tree(html) {
  const root = ['#root', []];
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<!>|<\/([a-z0-9-]+)>|<([a-z0-9-]+)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/gi;
  let at = 0;
  for (const m of html.matchAll(token)) {
    if (m.index !== at) throw new Error(`bundle: cannot read the pre-rendered step at ${at}`);
    at = m.index + m[0].length;
    const parent = stack[stack.length - 1];
    if (m[1]) {
      const open = stack.pop();
      if (!open || open[0] !== m[1].toLowerCase()) throw new Error(`bundle: </${m[1]}> closes <${open && open[0]}>`);
    } else if (m[2]) {
      const attributes = [];
      for (const a of m[3].matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) attributes.push(a[1], decode(a[2] ?? ''));
      const node = [m[2].toLowerCase(), attributes];
      parent.push(node);
      if (!VOID.has(node[0]) && !m[4]) stack.push(node);
    } else if (m[5]) {
      const text = decode(m[5]);
      if (typeof parent[parent.length - 1] === 'string') parent[parent.length - 1] += text;
      else parent.push(text);
    }
  }
  if (at !== html.length || stack.length !== 1) throw new Error('bundle: the pre-rendered step is not well formed');
  const top = root.slice(2);
  if (top.length !== 1) throw new Error('bundle: the pre-rendered step has more than one root');
  return top[0];
}
const prerendered = JSON.parse(read('target/embed/prerender.json'));
const firstStep = {
  prefix: prerendered.prefix,
  none: prerendered.none,
  steps: Object.fromEntries(Object.entries(prerendered.steps).map(([lang, html]) => [lang, tree(html)])),
};

// `</` inside inlined strings would close an inline <script> early.
const literal = (text) => JSON.stringify(text).replace(/<\//g, '<\\/');
// What a declared first step must carry for the element to take it over as
// it is: the release and a digest of the step itself (a build that changes
// the step without a new version number is still told apart).
const stepVersion = `${version}+${createHash('sha256').update(JSON.stringify(firstStep)).digest('hex').slice(0, 12)}`;
const shared = [
  `const VERSION = ${literal(stepVersion)};`,
  `const CSS = ${literal(css)};`,
  `const TEXTS = ${JSON.stringify(bootTexts).replace(/<\//g, '<\\/')};`,
  `const FIRST_STEP = ${JSON.stringify(firstStep).replace(/<\//g, '<\\/')};`,
  loadGlue,
  element,
];
// The one-file module, for hosts that want a single file (and the offline
// page, which inlines it): the wasm inside, gzipped then base64 (a third of
// the size, inflated natively by the browser), nothing fetched.
const oneFile = [
  `// massage-advisor ${version}: <massage-advisor> custom element, in one file:`,
  '// the wasm and the stylesheet are inlined, and nothing is fetched.',
  `const WASM_GZIP_BASE64 = ${literal(gzipSync(wasm, { level: 9 }).toString('base64'))};`,
  ...shared,
].join('\n');
// The module a page loads: everything but the wasm, so that it arrives
// quickly and draws the first step; it fetches massage-advisor.wasm from
// beside itself at once (compiled while it streams), checked against this
// build's hash.
const wasmIntegrity = `sha384-${createHash('sha384').update(wasm).digest('base64')}`;
const module = [
  `// massage-advisor ${version}: <massage-advisor> custom element. It shows the first`,
  '// question at once and fetches massage-advisor.wasm from the same folder.',
  "const WASM_URL = new URL('massage-advisor.wasm', import.meta.url);",
  `const WASM_INTEGRITY = ${literal(wasmIntegrity)};`,
  ...shared,
].join('\n');
const sri = `sha384-${createHash('sha384').update(module).digest('base64')}`;
const oneFileSri = `sha384-${createHash('sha384').update(oneFile).digest('base64')}`;
// An absolute URL: a relative one breaks under a permalink (/back-care/
// would look for /back-care/massage-advisor.js).
const snippet = [
  `<!-- massage-advisor ${version}. Upload the two files massage-advisor.js and massage-advisor.wasm to one`,
  '     folder of your site, as they are. Change https://YOUR-SITE.example/path/to/ to that folder: from the',
  '     site root (/assets/) or in full, exactly as in the browser\'s address bar (same https, same www); not',
  '     folder-relative (assets/). Change the clinic\'s details to yours, and keep a way to reach you inside',
  '     the element: it shows if the questionnaire cannot start. The integrity hash belongs to this file (and',
  '     the file checks the .wasm\'s own): if a caching or minifying tool rewrites them, the browser refuses',
  '     them; exclude both from such tools. One file instead (slower to show the first question): upload',
  '     massage-advisor-one-file.js alone and load it the same way, with integrity="' + oneFileSri + '". -->',
  `<script type="module" src="https://YOUR-SITE.example/path/to/massage-advisor.js" integrity="${sri}" crossorigin="anonymous"></script>`,
  '<massage-advisor clinic-name="Your clinic" clinic-phone="+91 82704 82704" emergency-number="112">',
  '  <p>Questions about your back? Call us on <a href="tel:+918270482704">+91 82704 82704</a>.</p>',
  '</massage-advisor>',
].join('\n');

// A fresh clone has no dist/ yet.
mkdirSync('dist', { recursive: true });
rmSync('dist/split', { recursive: true, force: true });
writeFileSync('dist/massage-advisor.js', module);
writeFileSync('dist/massage-advisor.wasm', wasm);
writeFileSync('dist/massage-advisor-one-file.js', oneFile);
// The demo clinic page, for the module (`integrity`), with `step` inside the element.
const demo = read('demo/index.html');
const demoPage = (integrity, step = '') => demo.replace('{{INTEGRITY}}', integrity).replace('{{FIRST_STEP}}', () => step);
writeFileSync('dist/snippet.html', `${snippet}\n`);
writeFileSync('dist/index.html', demoPage(sri));
// The same page with the one-file module.
writeFileSync('dist/one-file.html', demoPage(oneFileSri).replace('src="massage-advisor.js"', 'src="massage-advisor-one-file.js"'));
copyFileSync('demo/demo.css', 'dist/demo.css');
if (/<\/script/i.test(oneFile)) throw new Error('bundle: </script inside the module');

// The first step as HTML in a declarative shadow root, for a page to carry
// so that the browser shows it before any script: the offline page (styled
// inline, it has no CSP) and, through the WordPress plugin, a clinic's page
// (styled by a stylesheet file, allowed under a strict CSP). The element
// takes it over if it comes from its own version and language.
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
function html(node, level) {
  if (typeof node === 'string') return escapeText(node);
  const [tag, attributes, ...children] = node;
  const heading = /^h([1-6])$/.exec(tag);
  const name = heading ? `h${shiftHeading(Number(heading[1]), level)}` : tag;
  let open = `<${name}`;
  for (let i = 0; i < attributes.length; i += 2) open += ` ${attributes[i]}="${escapeAttribute(attributes[i + 1])}"`;
  return VOID.has(name) ? `${open}>` : `${open}>${children.map((c) => html(c, level)).join('')}</${name}>`;
}
function declaredFirstStep(lang, level, style) {
  const [tag, attributes, ...children] = firstStep.steps[lang];
  const marked = attributes.slice();
  const at = marked.indexOf('class');
  marked[at + 1] += ' ma-root--prerendered';
  marked.push('data-ma-version', stepVersion);
  const step = html([tag, marked, ...children], level);
  // Before the module runs, Next must not submit the form (a page reload that
  // loses the ticks): a dialog-method form outside a dialog submits nothing.
  if ((step.match(/<form /g) || []).length !== 1) throw new Error('bundle: the first step has no single <form>');
  // The host's fallback (say, "call us") shows below the step until the
  // module has defined the element: if it never arrives (blocked, no
  // JavaScript), the visitor still has it.
  return `<template shadowrootmode="open">${style}${step.replace('<form ', '<form method="dialog" ')}<slot class="ma-early-fallback"></slot></template>`;
}
// For a host page: at the default heading level (2), with the stylesheet
// beside the module. Whoever prints it sets the stylesheet's URL, the
// heading level and the theme (see the WordPress plugin). A page that can
// print the stylesheet inline should: a stylesheet file inside the shadow
// root holds the step back by a round trip (BENCHMARKS.md, issue 24); a
// strict Content-Security-Policy then allows it by its hash (style.csp).
mkdirSync('dist/first-step', { recursive: true });
writeFileSync('dist/massage-advisor.css', css);
if (/<\/style/i.test(css)) throw new Error('bundle: </style inside the stylesheet');
const linked = '<link rel="stylesheet" href="massage-advisor.css">';
for (const lang of Object.keys(firstStep.steps)) {
  writeFileSync(`dist/first-step/${lang}.html`, `${declaredFirstStep(lang, HEADING_LEVELS.fallback, linked)}\n`);
}
const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
writeFileSync('dist/first-step/style.csp', `${styleHash}\n`);
// The .wasm's hash, for a page that preloads it (the plugin does).
writeFileSync('dist/first-step/wasm.sri', `${wasmIntegrity}\n`);
// The demo clinic page carrying the step as the WordPress plugin prints it
// (measured by `make bench`, tested under its strict CSP, which allows the
// inline stylesheet by its hash): the stylesheet inline, the .wasm
// preloaded from the head.
const demoLevel = headingLevelOf(/<massage-advisor[^>]*\sheading-level="([^"]*)"/.exec(demo)[1]);
const preload = `<link rel="preload" href="massage-advisor.wasm" as="fetch" crossorigin="anonymous" integrity="${wasmIntegrity}">`;
writeFileSync('dist/carried.html', demoPage(sri, declaredFirstStep('en', demoLevel, `<style>${css}</style>`))
  .replace("style-src 'self'", `style-src 'self' ${styleHash}`)
  .replace('<link rel="stylesheet" href="demo.css">', `<link rel="stylesheet" href="demo.css">\n  ${preload}`));
const offline = read('demo/offline.html');
const offlineLevel = headingLevelOf(/<massage-advisor heading-level="([^"]*)">/.exec(offline)[1]);
const offlineLang = /<html lang="([a-z]+)">/.exec(offline)[1];
writeFileSync('dist/massage-advisor.html', offline
  .replace('{{FIRST_STEP}}', () => declaredFirstStep(offlineLang, offlineLevel, `<style>${css}</style>`))
  .replace('{{MODULE}}', () => oneFile));

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`dist/massage-advisor.js           ${kb(module.length)}, and massage-advisor.wasm ${kb(wasm.length)} beside it`);
console.log(`dist/massage-advisor-one-file.js  ${kb(oneFile.length)} (the wasm inside)`);
console.log(`dist/massage-advisor.html         self-contained, works from file://`);
console.log(`dist/index.html                   demo clinic page under a strict CSP`);
console.log(`dist/one-file.html                the same with the one-file module`);
console.log(`dist/carried.html                 the same page carrying the first step as HTML`);
console.log(`\nEmbed snippet (also in dist/snippet.html):\n${snippet}`);
