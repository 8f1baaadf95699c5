//! One step of the wizard: its visible questions, Back and Next.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::questions::{self, STEPS};
use crate::domain::validate::FieldError;
use crate::domain::{Answers, Event};
use crate::i18n::use_i18n;

use super::question::QuestionField;

/// The form of step `step`.
#[component]
pub fn StepForm(
    /// Index of the step.
    step: usize,
    /// The answers.
    answers: Signal<Answers>,
    /// Errors of the current step.
    errors: Signal<Vec<FieldError>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some(def) = STEPS.get(step) else {
        return ().into_any();
    };
    let sid = def.id;
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let last = step + 1 == STEPS.len();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        dispatch.run(Event::Next);
        // Refused: move focus to the first field with an error.
        let first = errors.with_untracked(|e| e.first().map(|e| e.question));
        if let (Some(question), Some(form)) = (first, form_ref.get_untracked()) {
            let selector = format!("#ma-q-{question} input, #ma-q-{question} [tabindex]");
            if let Ok(Some(el)) = form.query_selector(&selector) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    // Questions appear and disappear as answers change.
    let visible = move || {
        answers.with(|a| {
            questions::visible_in(step, a)
                .into_iter()
                .map(|q| q.id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="ma-step" novalidate node_ref=form_ref on:submit=on_submit>
            <h2 class="ma-step__title ma-focus-target" tabindex="-1">
                {move || i18n.t(&format!("step.{sid}.title"))}
            </h2>
            <p class="ma-step__intro">{move || i18n.t(&format!("step.{sid}.intro"))}</p>
            <div class="ma-step__summary" role="alert">
                {move || errors.with(|e| !e.is_empty()).then(|| i18n.t("ui.errors_summary"))}
            </div>
            <For each=visible key=|id| *id let:id>
                {
                    let question = questions::find(id);
                    let error = Signal::derive(move || {
                        errors.with(|e| e.iter().find(|e| e.question == id).map(|e| e.key))
                    });
                    question.map(|question| view! { <QuestionField question answers error dispatch /> })
                }
            </For>
            <div class="ma-nav">
                {(step > 0).then(|| view! {
                    <button type="button" class="ma-button ma-button--secondary" on:click=move |_| dispatch.run(Event::Back)>
                        {move || i18n.t("ui.back")}
                    </button>
                })}
                <button type="submit" class="ma-button ma-button--primary">
                    {move || i18n.t(if last { "ui.see_results" } else { "ui.next" })}
                </button>
            </div>
        </form>
    }
    .into_any()
}
