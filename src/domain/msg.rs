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

/// Formats hours for display: `9` or `8.5`.
pub fn hours(h: f32) -> String {
    if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        format!("{h:.1}")
    }
}
