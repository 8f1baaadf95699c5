// How the element reads what a host page writes, in one place for every
// JavaScript that needs it: the element (bundled into the module) and the
// build (scripts/bundle.mjs imports it). The facts come from Rust
// (facts.mjs, generated); the rules are the Rust config's, checked on the
// same fixture of odd values (tests/fixtures/heading-levels.json) by
// tests/e2e/host-facts.spec.mjs.
import { HEADING_LEVELS, LANGUAGES, THEMES } from './facts.mjs';

// ASCII whitespace only, as Rust's `config::ascii_trim` and the plugin's PHP.
const ASCII_SPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;

/** ASCII letters in lower case, others as they are (Rust's `to_ascii_lowercase`). */
export function asciiLower(value) {
  return String(value ?? '').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** `value` without the ASCII whitespace around it. */
export function asciiTrim(value) {
  return String(value ?? '').replace(ASCII_SPACE, '');
}

/**
 * A `heading-level` value: ASCII digits, an optional `+` before them, ASCII
 * whitespace around, within HEADING_LEVELS; null otherwise ("3.0", "0x3",
 * "7"). Rust's `config::parse_heading_level`.
 */
export function parseHeadingLevel(value) {
  const text = asciiTrim(value);
  if (!/^\+?[0-9]+$/.test(text)) return null;
  const digits = text.replace(/^\+/, '').replace(/^0+/, '');
  if (digits.length !== 1) return null;
  const level = Number(digits);
  return level >= HEADING_LEVELS.min && level <= HEADING_LEVELS.max ? level : null;
}

/** The element's heading level, or the default one. */
export function headingLevelOf(value) {
  return parseHeadingLevel(value) ?? HEADING_LEVELS.fallback;
}

/** A heading tag's level moved to `level` (the pre-render is at the default). */
export function shiftHeading(tagLevel, level) {
  return Math.min(HEADING_LEVELS.max, Math.max(HEADING_LEVELS.min, tagLevel + level - HEADING_LEVELS.fallback));
}

/** A `theme` value, or the default (`auto`, first): Rust's `config::Theme::parse`. */
export function themeOf(value) {
  const theme = asciiLower(asciiTrim(value));
  return THEMES.includes(theme) ? theme : THEMES[0];
}

/** The widget's language for a BCP 47 tag ("hi-IN"), or null. */
export function languageOf(tag) {
  const primary = asciiLower(String(tag ?? '').split(/[-_]/)[0]);
  return LANGUAGES.includes(primary) ? primary : null;
}

/** True when `save` turns saving off: Rust's `config::parse_save`. */
export function savingOff(value) {
  return asciiLower(asciiTrim(value)) === 'off';
}

/**
 * The colour scheme the host page is drawn in, for `theme="auto"`: 'light'
 * or 'dark' when the page declares only that one (its CSS `color-scheme` or
 * its `<meta name="color-scheme">`), or declares none and is drawn light or
 * dark (its background); null when it declares both (then the visitor's
 * setting decides, for the page and the widget alike).
 */
export function pageScheme(doc) {
  const root = doc.documentElement;
  const css = root ? getComputedStyle(root).colorScheme || '' : '';
  const meta = doc.querySelector('meta[name="color-scheme"]');
  const declared = `${css} ${meta ? meta.getAttribute('content') : ''}`;
  const light = /\blight\b/.test(declared);
  const dark = /\bdark\b/.test(declared);
  if (light !== dark) return light ? 'light' : 'dark';
  if (light) return null;
  // None declared: as the page is drawn (a page with no background is white).
  for (const el of [doc.body, root]) {
    if (!el) continue;
    const rgba = /rgba?\(([^)]+)\)/.exec(getComputedStyle(el).backgroundColor);
    if (!rgba) continue;
    const [r, g, b, a = 1] = rgba[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    if (!(a > 0)) continue;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return luminance < 0.5 ? 'dark' : 'light';
  }
  return 'light';
}
