//! "Welcome back": continue with saved answers, or start over.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::keys::dom;

/// The resume prompt shown when saved answers were found.
#[component]
pub fn Resume(
    /// Continue with the saved answers.
    on_continue: Callback<()>,
    /// Forget them and start over.
    on_start_over: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ma-resume ma-callout ma-callout--quiet" aria-labelledby=dom::RESUME_TITLE>
            <h2 id=dom::RESUME_TITLE class="ma-step__title ma-focus-target" tabindex="-1">
                {move || i18n.t("ui.welcome_back")}
            </h2>
            <div class="ma-nav">
                <button type="button" class="ma-button ma-button--secondary" on:click=move |_| on_start_over.run(())>
                    {move || i18n.t("ui.start_over")}
                </button>
                <button type="button" class="ma-button ma-button--primary" on:click=move |_| on_continue.run(())>
                    {move || i18n.t("ui.continue")}
                </button>
            </div>
        </section>
    }
}
