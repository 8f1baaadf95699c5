//! Buttons back to the steps of the questionnaire that led to the results
//! (a warning sign can end it early: the steps never seen are not offered).

use leptos::prelude::*;

use crate::domain::questions::STEPS;
use crate::domain::Event;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::heading::Heading;

/// Buttons back to each of `steps`.
#[component]
pub fn EditAnswers(
    /// The steps to offer.
    steps: Signal<std::ops::Range<usize>>,
    /// Where the jump goes.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="ma-edit ma-no-print" aria-labelledby=dom::EDIT_TITLE>
            <Heading offset=1 class="ma-edit__title" id=dom::EDIT_TITLE>{move || i18n.t("ui.edit_answers")}</Heading>
            <ul class="ma-edit__list">
                {move || STEPS.iter().enumerate().filter(|(i, _)| steps.with(|r| r.contains(i))).map(|(i, s)| {
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
