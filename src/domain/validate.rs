//! Validation of what a visitor typed, and of whether a step may be left.

use super::answers::Answers;
use super::questions::{self, FieldError, Kind, NumberRange};
use super::value::Value;

/// The zero of every decimal digit block a visitor is likely to type in:
/// ASCII, Arabic-Indic, the Indic scripts (Devanagari first), Thai, fullwidth.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50,
    0xFF10,
];

/// A digit of any of those scripts as its ASCII digit; other characters as they are.
fn ascii_digit(c: char) -> char {
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
        .unwrap_or(c)
}

/// Parses what a visitor typed into a number field ("7", "7.5", "7,5",
/// "७.५", and with its unit after it: "9 hours", "९ घंटे", "7.5h"), checked
/// against `range`. A comma is a decimal comma only when one or two digits
/// follow it: "1,000" is refused, never read as 1. On failure, the locale
/// key of the message.
pub fn parse_number(range: &NumberRange, raw: &str) -> Result<f32, &'static str> {
    let typed: String = raw.trim().chars().map(ascii_digit).collect();
    if typed.is_empty() {
        return Err("error.required");
    }
    // The field's own unit written after the number is left out (a number
    // must still be there); any other word is not a number.
    let body = typed.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let lower = body.to_ascii_lowercase();
    let typed = range
        .typed
        .iter()
        .filter_map(|unit| lower.strip_suffix(unit))
        .map(|rest| rest.trim_end().to_owned())
        .find(|rest| rest.ends_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(typed);
    let number = match typed.split_once(',') {
        None => typed,
        Some((whole, fraction))
            if (1..=2).contains(&fraction.len())
                && fraction.chars().all(|c| c.is_ascii_digit())
                && !whole.contains('.') =>
        {
            format!("{whole}.{fraction}")
        }
        Some(_) => return Err("error.number_format"),
    };
    let value: f32 = number.parse().map_err(|_| "error.not_a_number")?;
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
