//! massage-advisor: an embeddable, offline back-care questionnaire.
//!
//! - [`domain`], [`locale`], [`config`] and [`events`] are pure Rust (no
//!   browser), tested natively.
//! - [`keys`] owns every locale key format and DOM id derived from an id.
//! - [`storage`] is the one module that touches `localStorage`;
//!   [`persistence`] is the pure reducer of what the visitor is told of it.
//! - [`components`] is the thin Leptos view, one component per file, and
//!   [`hooks`] its reusable behaviour (`use_*`); [`App`] is the whole widget
//!   and [`mount_to`] mounts it into any element (the embed uses it).
#![warn(missing_docs)]
// Leptos' view types nest deeply: the results screen, erased into one
// `AnyView` for the native (SSR) build, needs more than the default 128.
#![recursion_limit = "256"]

pub mod components;
pub mod config;
pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod events;
pub mod handoff;
pub mod hooks;
pub mod i18n;
pub mod keys;
pub mod locale;
pub mod persistence;
pub mod prefill;
pub mod storage;

pub use components::app::App;
pub use config::Config;

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

/// Mounts the widget into `parent` with `config`, taking over what the
/// visitor did on the pre-rendered first step (`prefill`). Drop the handle
/// to unmount.
#[cfg(target_arch = "wasm32")]
pub fn mount_to(
    parent: web_sys::HtmlElement,
    config: Signal<Config>,
    prefill: prefill::Prefill,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    leptos::mount::mount_to(
        parent,
        move || view! { <App config prefill=prefill.clone() /> },
    )
}
