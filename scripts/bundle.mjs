// Assembles dist/ from wasm-bindgen's output, the stylesheet and the custom
// element: one ES module with everything inlined, an offline HTML page, the
// demo clinic page, and the embed snippet with its SRI hash.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const read = (path) => readFileSync(path, 'utf8');
const glue = read('target/embed/massage_advisor.js');
const wasm = readFileSync('target/embed/massage_advisor_bg.opt.wasm');
const css = read('style/advisor.css');
const element = read('src/embed/element.js');
const version = /^version = "([^"]+)"/m.exec(read('Cargo.toml'))[1];

// The module exports nothing: the element registers itself. The glue runs
// only when an element starts (inside loadGlue(), inside a try): the glue
// touches built-ins as it loads (TextDecoder, FinalizationRegistry), and a
// host page that broke one must get a visible fallback, not an empty box.
const internalGlue = glue
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
if (/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(internalGlue + element)) {
  throw new Error('bundle: an HTML string sink would break Trusted Types');
}
const loadGlue = `function loadGlue() {\n${internalGlue}\nreturn { Widget, init: __wbg_init };\n}`;

// The few texts shown before the wasm runs (loading, cannot start), from
// the locale files like every other text.
const bootTexts = {};
for (const lang of ['en', 'hi']) {
  const all = JSON.parse(read(`src/locale/${lang}.json`));
  bootTexts[lang] = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('boot.')).map(([k, v]) => [k.slice(5), v]));
}

// `</` inside inlined strings would close an inline <script> early.
const literal = (text) => JSON.stringify(text).replace(/<\//g, '<\\/');
const module = [
  `// massage-advisor ${version}: <massage-advisor> custom element. Self-contained:`,
  '// the wasm and the stylesheet are inlined, and nothing is fetched.',
  // Gzipped before base64: a third of the size, inflated natively by the browser.
  `const WASM_GZIP_BASE64 = ${literal(gzipSync(wasm, { level: 9 }).toString('base64'))};`,
  `const CSS = ${literal(css)};`,
  `const TEXTS = ${JSON.stringify(bootTexts).replace(/<\//g, '<\\/')};`,
  loadGlue,
  element,
].join('\n');

const sri = `sha384-${createHash('sha384').update(module).digest('base64')}`;
// An absolute URL: a relative one breaks under a permalink (/back-care/
// would look for /back-care/massage-advisor.js).
const snippet = [
  `<!-- massage-advisor ${version}. Change https://YOUR-SITE.example/path/to/ to the folder where you put`,
  '     massage-advisor.js: from the site root (/assets/) or in full, exactly as in the browser\'s address bar',
  '     (same https, same www); not folder-relative (assets/). Change the clinic\'s details to yours, and keep',
  '     a way to reach you inside the element: it shows if the questionnaire cannot start. The integrity hash',
  '     belongs to this file: if a caching or minifying tool rewrites it, the browser refuses it; exclude',
  '     the file from such tools. -->',
  `<script type="module" src="https://YOUR-SITE.example/path/to/massage-advisor.js" integrity="${sri}" crossorigin="anonymous"></script>`,
  '<massage-advisor clinic-name="Your clinic" clinic-phone="+91 82704 82704" emergency-number="112">',
  '  <p>Questions about your back? Call us on <a href="tel:+918270482704">+91 82704 82704</a>.</p>',
  '</massage-advisor>',
].join('\n');

mkdirSync('dist', { recursive: true });
writeFileSync('dist/massage-advisor.js', module);
writeFileSync('dist/snippet.html', `${snippet}\n`);
writeFileSync('dist/index.html', read('demo/index.html').replace('{{INTEGRITY}}', sri));
copyFileSync('demo/demo.css', 'dist/demo.css');
if (/<\/script/i.test(module)) throw new Error('bundle: </script inside the module');
writeFileSync('dist/massage-advisor.html', read('demo/offline.html').replace('{{MODULE}}', () => module));

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`dist/massage-advisor.js    ${kb(module.length)} (wasm ${kb(wasm.length)})`);
console.log(`dist/massage-advisor.html  self-contained, works from file://`);
console.log(`dist/index.html            demo clinic page under a strict CSP`);
console.log(`\nEmbed snippet (also in dist/snippet.html):\n${snippet}`);
