//! What a visitor did on the pre-rendered first step before the app had
//! started (the module shows that step as plain HTML the moment it runs):
//! the boxes they ticked, whether they pressed Next, the language they
//! chose. The app takes it over when it starts, so nothing is lost.

use serde::Deserialize;

use crate::domain::questions::{self, Kind};
use crate::domain::Action;
use crate::keys::dom;
use crate::locale::Lang;

/// The pre-rendered step's state, handed over by the element.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Prefill {
    /// The checked inputs, in page order: `[name, value]`.
    #[serde(default)]
    pub checked: Vec<(String, String)>,
    /// Next was pressed.
    #[serde(default)]
    pub next: bool,
    /// The language chosen with the switch, as a tag.
    #[serde(default)]
    pub lang: Option<String>,
}

impl Prefill {
    /// Parses what the element sends (JSON); `None` when it is not that.
    pub fn parse(json: &str) -> Option<Prefill> {
        serde_json::from_str(json).ok()
    }

    /// The answers given, as the reducer's actions: each input is found by
    /// its name (`keys::dom::input_name`); an unknown name or value is left
    /// out (the reducer checks every value anyway).
    pub fn actions(&self) -> Vec<Action> {
        self.checked
            .iter()
            .filter_map(|(name, value)| {
                let question = questions::all().find(|q| dom::input_name(q.id) == *name)?;
                let id = question.id;
                Some(match question.kind {
                    Kind::Multi(_) | Kind::BodyAreas => Action::Toggle(id, value.clone()),
                    Kind::Single(_) | Kind::YesNo => Action::Choose(id, value.clone()),
                    Kind::Number(_) => Action::SetNumber(id, value.parse().ok()?),
                })
            })
            .collect()
    }

    /// The language chosen, if it is one of ours.
    pub fn lang(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_tag)
    }
}
