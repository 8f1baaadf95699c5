//! Validation: which required answers are missing and which are out of range.

use serde::Serialize;

use super::answers::{Answers, Value};
use super::questions::{self, NumberRange};

/// A problem with one answer; `key` is a locale key of the message to show
/// next to the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The question the error belongs to.
    pub question: &'static str,
    /// Locale key of the message.
    pub key: &'static str,
}

impl FieldError {
    /// An error for `question` with message `key`.
    pub fn new(question: &'static str, key: &'static str) -> Self {
        Self { question, key }
    }
}

/// Checks a number against a range: finite, inside, and on a step.
pub fn check_number(
    question: &'static str,
    range: &NumberRange,
    value: f32,
) -> Result<f32, FieldError> {
    if !value.is_finite() || value < range.min || value > range.max {
        return Err(FieldError::new(question, "error.out_of_range"));
    }
    let steps = (value - range.min) / range.step;
    if (steps - steps.round()).abs() > 1e-4 {
        return Err(FieldError::new(question, "error.not_a_step"));
    }
    Ok(range.min + steps.round() * range.step)
}

/// Parses what a visitor typed into a number field ("7", "7.5", "7,5").
pub fn parse_number(
    question: &'static str,
    range: &NumberRange,
    raw: &str,
) -> Result<f32, FieldError> {
    let cleaned = raw.trim().replace(',', ".");
    if cleaned.is_empty() {
        return Err(FieldError::new(question, "error.required"));
    }
    let value: f32 = cleaned
        .parse()
        .map_err(|_| FieldError::new(question, "error.not_a_number"))?;
    check_number(question, range, value)
}

/// The errors of step `index`: visible required questions left unanswered,
/// and stored numbers out of range. Empty when the step may be left.
pub fn step_errors(index: usize, answers: &Answers) -> Vec<FieldError> {
    questions::visible_in(index, answers)
        .into_iter()
        .filter_map(|question| match (answers.get(question.id), question.kind) {
            (None, _) if question.required => Some(FieldError::new(question.id, "error.required")),
            (Some(Value::Number(n)), questions::Kind::Number(range)) => {
                check_number(question.id, &range, n).err()
            }
            _ => None,
        })
        .collect()
}
