//! One question, rendered by its kind.

use leptos::prelude::*;

use crate::domain::questions::{Kind, Question};
use crate::domain::{Answers, Event};

use super::body_map::BodyMap;
use super::choice_group::ChoiceGroup;
use super::number_field::NumberField;
use super::scale::Scale;

/// The input for `question`, chosen by its kind.
#[component]
pub fn QuestionField(
    /// The question.
    question: &'static Question,
    /// The answers.
    answers: Signal<Answers>,
    /// Locale key of this question's error, if any.
    error: Signal<Option<&'static str>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    match question.kind {
        Kind::Single(_) | Kind::YesNo => view! {
            <ChoiceGroup question multiple=false answers error dispatch />
        }
        .into_any(),
        Kind::Multi(_) => view! {
            <ChoiceGroup question multiple=true answers error dispatch />
        }
        .into_any(),
        Kind::Number(range) if (range.max - range.min) / range.step <= 10.0 => view! {
            <Scale question range answers error dispatch />
        }
        .into_any(),
        Kind::Number(range) => view! {
            <NumberField question range answers error dispatch />
        }
        .into_any(),
        Kind::BodyAreas => view! { <BodyMap question answers error dispatch /> }.into_any(),
    }
}
