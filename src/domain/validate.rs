//! Validation of what a visitor typed, and of whether a step may be left.

use super::answers::{Answers, Value};
use super::questions::{self, FieldError, Kind, NumberRange};

/// Parses what a visitor typed into a number field ("7", "7.5", "7,5"),
/// checked against `range`. On failure, the locale key of the message.
pub fn parse_number(range: &NumberRange, raw: &str) -> Result<f32, &'static str> {
    let cleaned = raw.trim().replace(',', ".");
    if cleaned.is_empty() {
        return Err("error.required");
    }
    let value: f32 = cleaned.parse().map_err(|_| "error.not_a_number")?;
    range.check(value)
}

/// The errors of step `index`: visible required questions left unanswered,
/// and stored numbers out of range. Empty when the step may be left.
pub fn step_errors(index: usize, answers: &Answers) -> Vec<FieldError> {
    questions::visible_in(index, answers)
        .into_iter()
        .filter_map(|question| {
            let key = match (question.answer(answers), question.kind) {
                (None, _) if question.required => "error.required",
                (Some(Value::Number(n)), Kind::Number(range)) => range.check(n).err()?,
                _ => return None,
            };
            Some(FieldError::new(question.id, key))
        })
        .collect()
}
