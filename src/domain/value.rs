//! One answer seen generically (a [`Value`]), the edits an answer takes
//! ([`Edit`]), and the [`Slot`] each kind of answer implements once, so that
//! a question of the table needs no code of its own.

use super::choice_set::ChoiceSet;
use super::choices::Choice;

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
