//! One question, rendered by its kind. The frame between the step and the
//! input widgets: it narrows the whole answers to this question's answer and
//! the step's callback to an [`Action`] sender (a [`Field`]), so a leaf gets
//! only what it needs.

use leptos::prelude::*;

use crate::domain::questions::{Kind, Question};
use crate::domain::{Action, Answers};

use super::body_map::BodyMap;
use super::choice_group::ChoiceGroup;
use super::field::Field;
use super::number_field::NumberField;
use super::scale::Scale;

/// The input for `question`, chosen by its kind.
#[component]
pub fn QuestionField(
    /// The question.
    question: &'static Question,
    /// Every answer (read only for this question's own).
    answers: Signal<Answers>,
    /// Locale key of this question's error, if any.
    error: Signal<Option<&'static str>>,
    /// Where this question's changes go.
    on_change: Callback<Action>,
) -> impl IntoView {
    let answer = Memo::new(move |_| answers.with(|a| question.answer(a)));
    let field = Field {
        question,
        answer: answer.into(),
        error,
        on_change,
    };
    match question.kind {
        Kind::Single(_) | Kind::YesNo | Kind::Multi(_) => {
            view! { <ChoiceGroup field /> }.into_any()
        }
        Kind::Number(range) if range.is_scale() => view! { <Scale field range /> }.into_any(),
        Kind::Number(range) => view! { <NumberField field range /> }.into_any(),
        Kind::BodyAreas => view! { <BodyMap field /> }.into_any(),
    }
}
