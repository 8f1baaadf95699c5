// Where the wasm's bytes go: twiggy's item list (CSV on stdin, from the
// wasm-bindgen output before wasm-opt strips the names) grouped by crate,
// with the largest single items. Prints a plain-text table for BENCHMARKS.md.
import { readFileSync } from 'node:fs';

const rows = readFileSync(0, 'utf8').trim().split('\n').slice(1).map((line) => {
  const m = /^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/.exec(line);
  return { name: (m[1] ?? m[2]).replace(/""/g, '"'), size: Number(m[3]) };
});

// The crate a symbol belongs to: the first path segment, looking through
// `<`, `&`, `impl`, `dyn` and `[hash]` disambiguators.
function crate(name) {
  if (/^data\[/.test(name)) return '(static data: texts, tables, strings)';
  if (/subsection|^custom section|^table\[|^elem\[|^type\[|^import |^export |^global\[|^memory\[|^wasm magic|^code section|^data section|^function section|^type section|^import section|^export section|^global section|^table section|^element section|^start section/.test(name)) return '(wasm structure: names, tables, imports)';
  const m = /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name.replace(/^(?:<|&|\s|impl |dyn |mut )+/, ''));
  if (!m) return '(glue exports and unnamed)';
  return m[1] === 'massage_advisor' ? `massage_advisor::${/massage_advisor::([a-z_0-9]+)/.exec(name)?.[1] ?? ''}` : m[1];
}

const names = rows.filter((r) => /"function names" subsection|names" subsection|^"?name/.test(r.name));
const counted = rows.filter((r) => !names.includes(r));
const total = counted.reduce((t, r) => t + r.size, 0);
const groups = new Map();
for (const r of counted) {
  const g = crate(r.name);
  const entry = groups.get(g) ?? { size: 0, items: 0 };
  entry.size += r.size;
  entry.items += 1;
  groups.set(g, entry);
}
const pad = (s, n) => String(s).padEnd(n);
const num = (n, w = 9) => n.toLocaleString('en').padStart(w);
const out = [];
out.push(`${total.toLocaleString('en')} bytes before wasm-opt (the name section left out); by crate:`);
out.push('');
out.push(`${pad('crate', 44)} ${'bytes'.padStart(9)}  ${'share'.padStart(6)}  items`);
for (const [g, e] of [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, 22)) {
  out.push(`${pad(g, 44)} ${num(e.size)}  ${(100 * e.size / total).toFixed(1).padStart(5)}%  ${e.items}`);
}
out.push('');
out.push('largest items:');
for (const r of counted.sort((a, b) => b.size - a.size).slice(0, 12)) {
  out.push(`${num(r.size)}  ${r.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
console.log(out.join('\n'));
