//! The widget's own language switch: every text changes at once, every
//! answer is kept, and the choice is remembered with the answers.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::locale::Lang;

/// "English / हिंदी", each written in its own language.
#[component]
pub fn LanguageSwitch(
    /// The language shown.
    current: Signal<Lang>,
    /// Chooses a language.
    on_choose: Callback<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    let buttons = Lang::ALL
        .iter()
        .map(|&lang| {
            view! {
                <button
                    type="button"
                    class="ma-lang__choice"
                    lang=lang.tag()
                    aria-pressed=move || if current.get() == lang { "true" } else { "false" }
                    on:click=move |_| on_choose.run(lang)
                >
                    {lang.name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="ma-lang ma-no-print" role="group" aria-label=move || i18n.t("ui.language")>
            {buttons}
        </div>
    }
}
