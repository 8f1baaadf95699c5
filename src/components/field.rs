//! What a question's widget gets from its frame ([`QuestionField`](super::question::QuestionField)).

use leptos::prelude::*;

use crate::domain::questions::Question;
use crate::domain::{Action, Value};

/// What a question's widget gets: its question, its own answer, its error,
/// and where its changes go. Built by [`QuestionField`](super::question::QuestionField); nothing else of the
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
