// Stages the release packages in <out>: the npm package (npm/) and the
// WordPress plugin (wordpress/massage-advisor/), each with the version from
// Cargo.toml, and the snippet with the jsDelivr address. Run by
// scripts/release.sh after scripts/dist.sh; no dependencies.
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const [out] = process.argv.slice(2);
const read = (path) => readFileSync(path, 'utf8');
const cargo = read('Cargo.toml');
const field = (name) => new RegExp(`^${name} = "([^"]+)"`, 'm').exec(cargo)[1];
const version = field('version');
const stamp = (text) => text.replaceAll('{{VERSION}}', version);

// npm: what jsDelivr or unpkg would serve once published, and what a bundler imports.
const npm = join(out, 'npm');
mkdirSync(npm, { recursive: true });
const pkg = {
  name: 'massage-advisor',
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './massage-advisor.js',
  module: './massage-advisor.js',
  exports: {
    '.': './massage-advisor.js',
    './massage-advisor.js': './massage-advisor.js',
    './massage-advisor.wasm': './massage-advisor.wasm',
    './one-file': './massage-advisor-one-file.js',
    './massage-advisor-one-file.js': './massage-advisor-one-file.js',
    './massage-advisor.html': './massage-advisor.html',
    './massage-advisor.css': './massage-advisor.css',
    './first-step/*': './first-step/*',
    './package.json': './package.json',
  },
  files: ['massage-advisor.js', 'massage-advisor.wasm', 'massage-advisor-one-file.js', 'massage-advisor.html', 'massage-advisor.css', 'first-step', 'README.md', 'LICENSE'],
  // The module defines the element when imported: keep it in bundles.
  sideEffects: true,
  jsdelivr: './massage-advisor.js',
  unpkg: './massage-advisor.js',
  keywords: ['massage', 'back pain', 'questionnaire', 'custom element', 'web component', 'wasm'],
};
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(join(npm, 'README.md'), stamp(read('packaging/npm/README.md')));
copyFileSync('LICENSE', join(npm, 'LICENSE'));
// The module finds its .wasm beside itself (`new URL(..., import.meta.url)`,
// which bundlers such as Vite and webpack 5 follow and copy).
copyFileSync('dist/massage-advisor.js', join(npm, 'massage-advisor.js'));
copyFileSync('dist/massage-advisor.wasm', join(npm, 'massage-advisor.wasm'));
copyFileSync('dist/massage-advisor-one-file.js', join(npm, 'massage-advisor-one-file.js'));
copyFileSync('dist/massage-advisor.html', join(npm, 'massage-advisor.html'));
// The first step as HTML for a page to carry, and its stylesheet (README).
copyFileSync('dist/massage-advisor.css', join(npm, 'massage-advisor.css'));
cpSync('dist/first-step', join(npm, 'first-step'), { recursive: true });

// WordPress: the plugin's folder, the module inside it, the version stamped
// into every text file.
const plugin = join(out, 'wordpress', 'massage-advisor');
cpSync('packaging/wordpress/massage-advisor', plugin, { recursive: true });
const stampAll = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) stampAll(path);
    else writeFileSync(path, stamp(read(path)));
  }
};
stampAll(plugin);
mkdirSync(join(plugin, 'assets'), { recursive: true });
copyFileSync('dist/massage-advisor.js', join(plugin, 'assets', 'massage-advisor.js'));
copyFileSync('dist/massage-advisor.wasm', join(plugin, 'assets', 'massage-advisor.wasm'));
// The first step as HTML, which the plugin prints inside each element, and its stylesheet.
copyFileSync('dist/massage-advisor.css', join(plugin, 'assets', 'massage-advisor.css'));
cpSync('dist/first-step', join(plugin, 'assets', 'first-step'), { recursive: true });
copyFileSync('LICENSE', join(plugin, 'LICENSE'));

// The snippet, with the address once the npm package is published.
const snippet = read('dist/snippet.html');
const cdn = `https://cdn.jsdelivr.net/npm/massage-advisor@${version}/massage-advisor.js`;
writeFileSync(join(out, 'snippet.html'), `${snippet}<!-- Or, from the npm package on jsDelivr (same files, same integrity; it serves the .wasm beside it):\n     ${cdn} -->\n`);
console.log(version);
