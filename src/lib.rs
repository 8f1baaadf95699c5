//! massage-advisor: an embeddable, offline back-care questionnaire.
//!
//! - [`domain`] and [`locale`] are pure Rust (no browser), tested natively.
//! - [`storage`] is the one module that touches `localStorage`.
//! - [`components`] is the thin Leptos view; [`App`] is the whole widget and
//!   [`mount_to`] mounts it into any element (used for embedding).
#![warn(missing_docs)]

pub mod domain;
pub mod locale;
