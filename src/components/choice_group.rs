//! A single- or multiple-choice question: native radios or checkboxes in a
//! `fieldset` with a `legend`.

use leptos::prelude::*;

use crate::domain::answers::NONE_OPTION;
use crate::domain::questions::Question;
use crate::domain::{Action, Answers, Event};
use crate::i18n::use_i18n;

use super::fieldset::{legend_id, QuestionFieldset};

/// Radios (`multiple = false`) or checkboxes with an exclusive "none of
/// these" (`multiple = true`) for one question.
#[component]
pub fn ChoiceGroup(
    /// The question.
    question: &'static Question,
    /// Whether several options may be chosen.
    multiple: bool,
    /// The answers.
    answers: Signal<Answers>,
    /// Locale key of the error shown under the question, if any.
    error: Signal<Option<&'static str>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = question.id;
    let mut options: Vec<&'static str> = question.kind.options().to_vec();
    if multiple {
        options.push(NONE_OPTION);
    }
    let input_type = if multiple { "checkbox" } else { "radio" };
    let items = options
        .into_iter()
        .map(|option| {
            let id = format!("ma-{qid}-{option}");
            let label_key = format!("opt.{qid}.{option}");
            let on_change = move |_| {
                let action = if multiple {
                    Action::Toggle(qid, option.to_owned())
                } else {
                    Action::Choose(qid, option.to_owned())
                };
                dispatch.run(Event::Answer(action));
            };
            view! {
                <div class="ma-option" class:ma-option--none=option == NONE_OPTION>
                    <input
                        type=input_type
                        class="ma-option__input"
                        id=id.clone()
                        name=format!("ma-{qid}")
                        value=option
                        prop:checked=move || answers.with(|a| a.is_chosen(qid, option))
                        on:change=on_change
                    />
                    <label class="ma-option__label" for=id>{move || i18n.t(&label_key)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset question=qid error>
            <div
                class="ma-options"
                role=if multiple { "group" } else { "radiogroup" }
                aria-labelledby=legend_id(qid)
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
            >
                {items}
            </div>
        </QuestionFieldset>
    }
}
