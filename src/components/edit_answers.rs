//! Buttons back to any step of the questionnaire.

use leptos::prelude::*;

use crate::domain::questions::STEPS;
use crate::domain::Event;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

/// Buttons back to any step.
#[component]
pub fn EditAnswers(
    /// Where the jump goes.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="ma-edit ma-no-print" aria-labelledby=dom::EDIT_TITLE>
            <h3 class="ma-edit__title" id=dom::EDIT_TITLE>{move || i18n.t("ui.edit_answers")}</h3>
            <ul class="ma-edit__list">
                {STEPS.iter().enumerate().map(|(i, s)| {
                    let title = text::step_title(s.id);
                    view! {
                        <li>
                            <button type="button" class="ma-link-button" on:click=move |_| dispatch.run(Event::GoTo(i))>
                                {move || i18n.fill("ui.edit_step", &[("step", i18n.t(&title))])}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
