//! What a visitor has answered, and the one place that changes it.
//!
//! [`Answers`] itself is generated from the question table
//! (`questions.rs`); this module gives it its reducer and its queries.

use super::choice_set::ChoiceSet;
use super::choices::*;
use super::questions::{self, FieldError, Kind};

pub use super::questions::Answers;

/// The id of the exclusive "none of these" option of a multiple-choice question.
pub const NONE_OPTION: &str = "none";

/// A question's answer seen generically, as the view renders it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// One option id (single choice; "yes"/"no" for yes-no questions).
    Choice(&'static str),
    /// The chosen option ids; empty means "none of these".
    Choices(Vec<&'static str>),
    /// A number.
    Number(f32),
}

impl Value {
    /// True when `option` is chosen in this answer ("none" is chosen when a
    /// multiple-choice answer is the empty set).
    pub fn is_chosen(&self, option: &str) -> bool {
        match self {
            Value::Choice(id) => *id == option,
            Value::Choices(ids) if option == NONE_OPTION => ids.is_empty(),
            Value::Choices(ids) => ids.contains(&option),
            Value::Number(_) => false,
        }
    }
}

/// A change to the answers. Every change goes through [`Answers::apply`].
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Picks an option of a single-choice or yes-no question.
    Choose(&'static str, String),
    /// Toggles an option of a multiple-choice question; toggling
    /// [`NONE_OPTION`] clears the others.
    Toggle(&'static str, String),
    /// Sets a number answer, checked against the question's range.
    SetNumber(&'static str, f32),
    /// Forgets one answer.
    Clear(&'static str),
    /// Forgets every answer.
    Reset,
}

/// One edit of one answer, already routed to its question.
#[derive(Clone, Copy, Debug)]
pub enum Edit<'a> {
    /// Pick this option.
    Choose(&'a str),
    /// Toggle this option.
    Toggle(&'a str),
    /// Set this (checked) number.
    Number(f32),
}

/// An edit that does not fit an answer: an unknown option, or an edit of
/// another kind (a toggle on a single choice, a number on a choice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unfit;

/// The answer slot of one question: how it reads as a [`Value`] and which
/// edits it takes. Implemented once per kind of answer, so a new question
/// needs no code of its own.
pub trait Slot {
    /// The answer, if any.
    fn value(&self) -> Option<Value>;
    /// Applies an edit; `Err` when it does not fit this kind of answer.
    fn edit(&mut self, edit: Edit<'_>) -> Result<(), Unfit>;
}

/// An option set of a choice question (implemented by `choice!`).
pub trait Choice: Copy + Ord + 'static {
    /// Every option, in the order a visitor sees them (and of `Ord`).
    const ALL: &'static [Self];
    /// Its place in `ALL`, under 64 (checked by `choice!` at compile time).
    fn index(self) -> u32;
    /// Its stable id.
    fn id(self) -> &'static str;
    /// Parses a stable id.
    fn from_id(id: &str) -> Option<Self>;
}

impl<T: Choice> Slot for Option<T> {
    fn value(&self) -> Option<Value> {
        self.map(|v| Value::Choice(v.id()))
    }

    fn edit(&mut self, edit: Edit<'_>) -> Result<(), Unfit> {
        match edit {
            Edit::Choose(option) => *self = Some(T::from_id(option).ok_or(Unfit)?),
            _ => return Err(Unfit),
        }
        Ok(())
    }
}

impl<T: Choice> Slot for Option<ChoiceSet<T>> {
    fn value(&self) -> Option<Value> {
        self.as_ref()
            .map(|set| Value::Choices(set.iter().map(|v| v.id()).collect()))
    }

    fn edit(&mut self, edit: Edit<'_>) -> Result<(), Unfit> {
        let Edit::Toggle(option) = edit else {
            return Err(Unfit);
        };
        if option == NONE_OPTION {
            *self = match self {
                Some(set) if set.is_empty() => None,
                _ => Some(ChoiceSet::new()),
            };
            return Ok(());
        }
        let value = T::from_id(option).ok_or(Unfit)?;
        let set = self.get_or_insert_with(ChoiceSet::new);
        if !set.remove(&value) {
            set.insert(value);
        }
        Ok(())
    }
}

impl Slot for Option<bool> {
    fn value(&self) -> Option<Value> {
        self.map(|b| Value::Choice(if b { "yes" } else { "no" }))
    }

    fn edit(&mut self, edit: Edit<'_>) -> Result<(), Unfit> {
        *self = match edit {
            Edit::Choose("yes") => Some(true),
            Edit::Choose("no") => Some(false),
            _ => return Err(Unfit),
        };
        Ok(())
    }
}

impl Slot for Option<f32> {
    fn value(&self) -> Option<Value> {
        self.map(Value::Number)
    }

    fn edit(&mut self, edit: Edit<'_>) -> Result<(), Unfit> {
        let Edit::Number(n) = edit else {
            return Err(Unfit);
        };
        *self = Some(n);
        Ok(())
    }
}

impl Answers {
    /// The answer to `question`, if any.
    pub fn get(&self, question: &str) -> Option<Value> {
        questions::find(question)?.answer(self)
    }

    /// True when `option` is currently chosen for `question`
    /// ("none" is chosen when a multiple-choice answer is the empty set).
    pub fn is_chosen(&self, question: &str, option: &str) -> bool {
        self.get(question).is_some_and(|v| v.is_chosen(option))
    }

    /// Applies one change. An unknown question, an unknown option, an edit
    /// of the wrong kind or a number out of range leaves the answers as
    /// they were and returns the error.
    pub fn apply(&mut self, action: Action) -> Result<(), FieldError> {
        let (id, edit) = match &action {
            Action::Reset => {
                *self = Answers::default();
                return Ok(());
            }
            Action::Clear(id) => (*id, None),
            Action::Choose(id, option) => (*id, Some(Edit::Choose(option))),
            Action::Toggle(id, option) => (*id, Some(Edit::Toggle(option))),
            Action::SetNumber(id, n) => (*id, Some(Edit::Number(*n))),
        };
        let invalid = FieldError::new(id, "error.invalid_option");
        let question = questions::find(id).ok_or_else(|| invalid.clone())?;
        let Some(edit) = edit else {
            question.clear(self);
            return Ok(());
        };
        let edit = match (edit, question.kind) {
            (Edit::Number(n), Kind::Number(range)) => Edit::Number(
                range
                    .check(n)
                    .map_err(|key| FieldError::new(question.id, key))?,
            ),
            (Edit::Number(_), _) => return Err(invalid),
            (edit, _) => edit,
        };
        question.edit(self, edit).map_err(|Unfit| invalid)
    }

    /// True when `flag` was reported.
    pub fn has_flag(&self, flag: RedFlag) -> bool {
        self.red_flags.as_ref().is_some_and(|s| s.contains(&flag))
    }

    /// True when `condition` was reported.
    pub fn has_condition(&self, condition: Condition) -> bool {
        self.conditions
            .as_ref()
            .is_some_and(|s| s.contains(&condition))
    }

    /// True when it hurts in `area`.
    pub fn hurts_in(&self, area: BodyArea) -> bool {
        self.pain_areas.as_ref().is_some_and(|s| s.contains(&area))
    }

    /// True when the visitor chose "no pain, only stiffness" on the body map.
    pub fn only_stiffness(&self) -> bool {
        self.pain_areas.as_ref().is_some_and(|s| s.is_empty())
    }

    /// True when it hurts somewhere (an area chosen on the body map).
    pub fn has_pain(&self) -> bool {
        self.pain_areas.as_ref().is_some_and(|s| !s.is_empty())
    }

    /// Pain intensity for the advice: the score given, 0 with no pain, and
    /// `None` when unknown.
    pub fn intensity(&self) -> Option<u8> {
        if self.only_stiffness() {
            Some(0)
        } else {
            self.valid_pain_intensity()
        }
    }

    /// True when `relief` eases it.
    pub fn eased_by(&self, relief: Relief) -> bool {
        self.eased_by.as_ref().is_some_and(|s| s.contains(&relief))
    }

    /// Sitting hours, only when they are a valid answer.
    pub fn valid_sitting_hours(&self) -> Option<f32> {
        self.sitting_hours
            .and_then(|h| questions::SITTING_RANGE.check(h).ok())
    }

    /// Pain intensity, only when it is a valid answer.
    pub fn valid_pain_intensity(&self) -> Option<u8> {
        self.pain_intensity
            .and_then(|i| questions::INTENSITY_RANGE.check(i).ok())
            .map(|i| i as u8)
    }

    /// Drops numbers that are out of range (hand-edited storage or a buggy
    /// build), so that they are asked again instead of being trusted.
    pub fn drop_invalid_numbers(&mut self) {
        for question in questions::all() {
            if let (Kind::Number(range), Some(Value::Number(n))) =
                (question.kind, question.answer(self))
            {
                if range.check(n).is_err() {
                    question.clear(self);
                }
            }
        }
    }
}

/// The answers with every answer to a question that is not shown removed,
/// so that a stale answer to a hidden question cannot sway the advice.
pub fn effective(answers: &Answers) -> Answers {
    let mut out = answers.clone();
    // Visibility can depend on answers that are themselves hidden: repeat
    // until nothing changes. Each round clears at least one answer, so this
    // ends within as many rounds as there are questions.
    loop {
        let hidden: Vec<&questions::Question> = questions::all()
            .filter(|q| !q.is_visible(&out) && q.answer(&out).is_some())
            .collect();
        if hidden.is_empty() {
            return out;
        }
        for question in hidden {
            question.clear(&mut out);
        }
    }
}
