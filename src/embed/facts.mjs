// Generated from the Rust facts (config::ATTRIBUTES, locale::Lang, config::Theme,
// config::HEADING_LEVELS) by tests/host_facts.rs: do not edit. Change the Rust,
// then run `UPDATE_HOST_FACTS=1 cargo test --test host_facts`.

/** The attributes of <massage-advisor>, as the widget reads them. */
export const ATTRIBUTES = [
  'clinic-name',
  'clinic-phone',
  'clinic-email',
  'clinic-url',
  'booking-url',
  'clinic-whatsapp',
  'reception-url',
  'therapies',
  'emergency-number',
  'lang',
  'theme',
  'save',
  'heading-level',
  'storage-key',
];

/** The widget's languages (BCP 47 primary tags). */
export const LANGUAGES = ['en', 'hi'];

/** The values of `theme`. */
export const THEMES = ['auto', 'light', 'dark'];

/** The heading levels a host may ask for, and the one used otherwise. */
export const HEADING_LEVELS = { min: 1, max: 6, fallback: 2 };
