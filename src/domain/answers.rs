//! What a visitor has answered, and the one place that changes it.
//!
//! [`Answers`] itself is generated from the question table
//! (`questions.rs`); this module gives it its reducer and its queries.

use super::choices::*;
use super::questions::{self, FieldError, Kind};
use super::value::{Edit, Unfit, Value};

pub use super::questions::Answers;
pub use super::value::NONE_OPTION;

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

    /// True when both legs are chosen on the body map.
    pub fn hurts_in_both_legs(&self) -> bool {
        self.hurts_in(BodyArea::LeftLeg) && self.hurts_in(BodyArea::RightLeg)
    }

    /// True after an operation in the last 3 months on the back, or not yet
    /// said where (read the cautious way).
    pub fn back_surgery(&self) -> bool {
        self.has_condition(Condition::RecentSurgery)
            && self.surgery_site != Some(SurgerySite::Elsewhere)
    }

    /// True with high blood pressure not said to be under control.
    pub fn blood_pressure_uncontrolled(&self) -> bool {
        self.has_condition(Condition::HighBloodPressure)
            && self.blood_pressure != Some(BloodPressure::Controlled)
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
