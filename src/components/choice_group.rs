//! A single- or multiple-choice question: native radios or checkboxes in a
//! `fieldset` with a `legend`.

use leptos::prelude::*;

use crate::domain::answers::NONE_OPTION;
use crate::domain::Action;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::field::Field;
use super::fieldset::QuestionFieldset;

/// Radios for a single choice, or checkboxes with an exclusive "none of
/// these" for a multiple choice.
#[component]
pub fn ChoiceGroup(
    /// The question, its answer, error and sender.
    field: Field,
    /// An extra class for the fieldset.
    #[prop(optional)]
    modifier: &'static str,
    /// Shown before the options, inside the question (the body map's drawing).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = field.id();
    let multiple = field.question.kind.is_multiple();
    // "None of these", the answer most visitors give, comes first, set apart.
    let mut options: Vec<&'static str> = Vec::new();
    if multiple {
        options.push(NONE_OPTION);
    }
    options.extend(field.question.kind.options());
    let input_type = if multiple { "checkbox" } else { "radio" };
    // Laid out to keep a phone's screen short: a single choice of short
    // labels as a row of chips (the age), a long list as compact rows (the
    // warning signs); every option keeps its full touch target.
    let short_options: Vec<String> = field
        .question
        .kind
        .options()
        .iter()
        .map(|o| text::option(qid, o))
        .collect();
    let many = field.question.kind.options().len() >= 8;
    let chips = move || {
        !multiple
            && short_options.len() <= 6
            && short_options
                .iter()
                .all(|k| i18n.t(k).chars().count() <= 14)
    };
    let items = options
        .into_iter()
        .map(|option| {
            let id = dom::option(qid, option);
            let label_key = text::option(qid, option);
            let on_input = move |_| {
                field.on_change.run(if multiple {
                    Action::Toggle(qid, option.to_owned())
                } else {
                    Action::Choose(qid, option.to_owned())
                });
            };
            view! {
                <div class="ma-option" class:ma-option--none=option == NONE_OPTION>
                    <input
                        type=input_type
                        class="ma-option__input"
                        id=id.clone()
                        name=dom::input_name(qid)
                        value=option
                        prop:checked=move || field.is_chosen(option)
                        aria-invalid=move || field.error.get().is_some().then_some("true")
                        on:change=on_input
                    />
                    <label class="ma-option__label" for=id>{move || i18n.t(&label_key)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset question=qid modifier error=field.error>
            <div class="ma-choice">
                {children.map(|c| c())}
                <div
                    class="ma-options"
                    class:ma-options--multiple=multiple
                    class:ma-options--compact=many
                    class:ma-options--chips=chips
                >
                    {items}
                </div>
            </div>
        </QuestionFieldset>
    }
}
