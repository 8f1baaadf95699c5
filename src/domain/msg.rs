//! Language-neutral messages: a locale key plus named arguments.

/// A message to show a visitor, rendered by the locale layer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    /// Locale key.
    pub key: String,
    /// Values for `{name}` placeholders in the text.
    pub args: Vec<(&'static str, String)>,
}

impl Msg {
    /// A message with no arguments.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Writes a number the way a visitor reads it and a form sends it: to the
/// nearest tenth (halves away from zero), without a trailing `.0` (`9`,
/// `8.5`).
/// Every number range in the questionnaire steps by whole or half units, so
/// one decimal is exact there. Integers only: `core`'s float formatting
/// would add about 12 KB to the wasm (BENCHMARKS.md).
pub fn decimal(value: f32) -> String {
    // Saturating: a value beyond i64 (never reached) gives its bound.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;
    use crate::domain::questions::{all, Kind};
    use crate::domain::validate::parse_number;

    #[test]
    fn whole_numbers_have_no_point_and_others_one_decimal() {
        assert_eq!(decimal(0.0), "0");
        assert_eq!(decimal(-0.0), "0");
        assert_eq!(decimal(9.0), "9");
        assert_eq!(decimal(10.0), "10");
        assert_eq!(decimal(8.5), "8.5");
        assert_eq!(decimal(0.5), "0.5");
        assert_eq!(decimal(-0.5), "-0.5");
        assert_eq!(decimal(-12.0), "-12");
        assert_eq!(decimal(7.25), "7.3");
        assert_eq!(decimal(7.04), "7");
        assert_eq!(decimal(23.96), "24");
    }

    #[test]
    fn every_value_of_every_range_reads_back_as_itself() {
        let mut checked = 0;
        for question in all() {
            if let Kind::Number(range) = &question.kind {
                let count = ((range.max - range.min) / range.step).round() as u32;
                for k in 0..=count {
                    let value = range.min + k as f32 * range.step;
                    assert_eq!(
                        parse_number(range, &decimal(value)),
                        Ok(value),
                        "{}",
                        question.id
                    );
                    assert_eq!(decimal(value), value.to_string(), "{}", question.id);
                    checked += 1;
                }
            }
        }
        assert!(checked > 20, "only {checked} values checked");
    }
}
