//! "Welcome back": where the visitor was, and a way on from there (straight
//! to the suggestions when they had finished), or a fresh start. It shows
//! no answer: on a shared device the next person sees only that answers
//! exist, and can start over or erase them.

use leptos::prelude::*;

use crate::domain::questions::STEPS;
use crate::domain::RESULTS;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::heading::Heading;

/// The resume prompt shown when saved answers were found.
#[component]
pub fn Resume(
    /// The screen the saved progress returns to (`RESULTS` when finished).
    step: Signal<usize>,
    /// The visitor finished once: a check-in is offered.
    #[prop(optional, into)]
    finished: Signal<bool>,
    /// Continue with the saved answers.
    on_continue: Callback<()>,
    /// Start a check-in ("How is your back today?").
    #[prop(optional, into)]
    on_check_in: Option<Callback<()>>,
    /// Check-ins are kept with the answers: starting over erases them too,
    /// and the visitor is told so before choosing.
    #[prop(optional, into)]
    has_history: Signal<bool>,
    /// Start over (the saved answers are erased).
    on_start_over: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let done = move || step.get() >= RESULTS;
    let whereabouts = move || {
        let n = step.get();
        match STEPS.get(n) {
            Some(def) => i18n.fill(
                "ui.resume_step",
                &[
                    ("n", (n + 1).to_string()),
                    ("total", STEPS.len().to_string()),
                    ("step", i18n.t(&text::step_title(def.id))),
                ],
            ),
            None => i18n.t("ui.resume_finished"),
        }
    };
    view! {
        <section class="ma-resume ma-callout ma-callout--quiet" aria-labelledby=dom::RESUME_TITLE>
            <Heading offset=0 id=dom::RESUME_TITLE class="ma-step__title" focus_target=true>
                {move || i18n.t("ui.welcome_back")}
            </Heading>
            <p class="ma-resume__where">{whereabouts}</p>
            <p class="ma-resume__shared">{move || i18n.t(if has_history.get() { "ui.resume_not_you.history" } else { "ui.resume_not_you" })}</p>
            <div class="ma-nav ma-nav--resume">
                // Between visits: how the back is today, beside the rest.
                {move || (finished.get()).then_some(on_check_in).flatten().map(|check_in| view! {
                    <button type="button" class="ma-button ma-button--primary" on:click=move |_| check_in.run(())>
                        {move || i18n.t("checkin.title")}
                    </button>
                })}
                <button
                    type="button"
                    class=move || if finished.get() && on_check_in.is_some() { "ma-button ma-button--secondary" } else { "ma-button ma-button--primary" }
                    on:click=move |_| on_continue.run(())
                >
                    {move || i18n.t(if done() { "ui.see_results" } else { "ui.continue" })}
                </button>
                <button type="button" class="ma-button ma-button--secondary" on:click=move |_| on_start_over.run(())>
                    {move || i18n.t("ui.start_over")}
                </button>
            </div>
        </section>
    }
}
