//! One question, rendered by its kind. The frame between the step and the
//! input widgets: it narrows the whole answers to this question's answer and
//! the step's callback to an [`Action`] sender, so a leaf gets only what it needs.

use leptos::prelude::*;

use crate::domain::questions::{Kind, Question};
use crate::domain::{Action, Answers, Value};

use super::body_map::BodyMap;
use super::choice_group::ChoiceGroup;
use super::number_field::NumberField;
use super::scale::Scale;

/// What a question's widget gets: its question, its own answer, its error,
/// and where its changes go. Built by [`QuestionField`]; nothing else of the
/// state reaches a leaf.
#[derive(Clone, Copy)]
pub struct Field {
    /// The question.
    pub question: &'static Question,
    /// Its answer.
    pub answer: Signal<Option<Value>>,
    /// Locale key of its error, if any.
    pub error: Signal<Option<&'static str>>,
    /// Where its changes go.
    pub on_change: Callback<Action>,
}

impl Field {
    /// The question's id.
    pub fn id(&self) -> &'static str {
        self.question.id
    }

    /// True when `option` is chosen in the answer (tracks the answer).
    pub fn is_chosen(&self, option: &str) -> bool {
        self.answer
            .with(|a| a.as_ref().is_some_and(|a| a.is_chosen(option)))
    }
}

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
