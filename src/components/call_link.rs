//! "Call 112 now": a `tel:` link to the local emergency number.

use leptos::prelude::*;

use crate::i18n::{isolated, use_i18n};

/// A call link to the emergency `number` the host set.
#[component]
pub fn CallLink(
    /// The local emergency number (digits and `+`, checked by the config).
    number: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("tel:{number}");
    view! {
        <a class="ma-button ma-button--danger" href=href>
            <span>{isolated(i18n, "ui.call_emergency", "number", number)}</span>
        </a>
    }
}
