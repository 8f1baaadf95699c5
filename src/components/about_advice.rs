//! "About this advice": what the widget is and is not, what its rules rest
//! on, and when they were last reviewed.

use leptos::prelude::*;

use crate::domain::sources::RULES_REVIEWED;
use crate::i18n::use_i18n;

/// The disclosure under the results.
#[component]
pub fn AboutAdvice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="ma-about">
            <summary>{move || i18n.t("ui.about")}</summary>
            <p>{move || i18n.t("ui.about_what")}</p>
            <p>{move || i18n.t("ui.about_sources")}</p>
            <p>{move || i18n.fill("ui.about_reviewed", &[("date", RULES_REVIEWED.to_owned())])}</p>
        </details>
    }
}
