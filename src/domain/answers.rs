//! What a visitor has answered, and the one place that changes it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::choices::*;
use super::questions::{self, q, Kind};
use super::validate::{check_number, FieldError};

/// The id of the exclusive "none of these" option of a multiple-choice question.
pub const NONE_OPTION: &str = "none";

/// Every answer the questionnaire collects. `None` means "not answered yet";
/// for multiple-choice questions `Some(empty set)` means "none of these".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Warning signs the visitor has.
    pub red_flags: Option<BTreeSet<RedFlag>>,
    /// Age band.
    pub age_band: Option<AgeBand>,
    /// Health conditions.
    pub conditions: Option<BTreeSet<Condition>>,
    /// Overall stiffness.
    pub stiffness: Option<Stiffness>,
    /// When stiffness is worst.
    pub stiffness_worst: Option<StiffnessTime>,
    /// How long morning stiffness lasts.
    pub morning_stiffness: Option<MorningStiffness>,
    /// Hours a day spent sitting, in steps of half an hour.
    pub sitting_hours: Option<f32>,
    /// Longest stretch of sitting without a break.
    pub longest_sitting: Option<SittingStretch>,
    /// Physical demands of work.
    pub work_demands: Option<BTreeSet<WorkDemand>>,
    /// Where it hurts.
    pub pain_areas: Option<BTreeSet<BodyArea>>,
    /// Pain intensity right now, 0 to 10.
    pub pain_intensity: Option<u8>,
    /// How long the pain has lasted.
    pub pain_duration: Option<PainDuration>,
    /// Whether long-lasting pain is improving.
    pub pain_trend: Option<PainTrend>,
    /// Whether this is the first time the back has hurt like this.
    pub first_episode: Option<bool>,
    /// What eases it.
    pub eased_by: Option<BTreeSet<Relief>>,
    /// Preferred pressure.
    pub pressure: Option<Pressure>,
    /// Whether oil is welcome.
    pub oil_welcome: Option<bool>,
    /// Whether heat is welcome.
    pub heat_welcome: Option<bool>,
}

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

fn ids<T: Copy>(set: &BTreeSet<T>, id: impl Fn(T) -> &'static str) -> Value {
    Value::Choices(set.iter().map(|v| id(*v)).collect())
}

fn yes_no(b: bool) -> Value {
    Value::Choice(if b { "yes" } else { "no" })
}

/// Toggles `option` in a multiple-choice answer.
fn toggle<T: Copy + Ord>(
    slot: &mut Option<BTreeSet<T>>,
    option: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(), ()> {
    if option == NONE_OPTION {
        *slot = match slot {
            Some(set) if set.is_empty() => None,
            _ => Some(BTreeSet::new()),
        };
        return Ok(());
    }
    let value = parse(option).ok_or(())?;
    let set = slot.get_or_insert_with(BTreeSet::new);
    if !set.remove(&value) {
        set.insert(value);
    }
    Ok(())
}

fn choose<T>(
    slot: &mut Option<T>,
    option: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<(), ()> {
    *slot = Some(parse(option).ok_or(())?);
    Ok(())
}

fn parse_yes_no(option: &str) -> Option<bool> {
    match option {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

impl Answers {
    /// The answer to `question`, if any.
    pub fn get(&self, question: &str) -> Option<Value> {
        match question {
            q::RED_FLAGS => self.red_flags.as_ref().map(|s| ids(s, RedFlag::id)),
            q::AGE_BAND => self.age_band.map(|v| Value::Choice(v.id())),
            q::CONDITIONS => self.conditions.as_ref().map(|s| ids(s, Condition::id)),
            q::STIFFNESS => self.stiffness.map(|v| Value::Choice(v.id())),
            q::STIFFNESS_WORST => self.stiffness_worst.map(|v| Value::Choice(v.id())),
            q::MORNING_STIFFNESS => self.morning_stiffness.map(|v| Value::Choice(v.id())),
            q::SITTING_HOURS => self.sitting_hours.map(Value::Number),
            q::LONGEST_SITTING => self.longest_sitting.map(|v| Value::Choice(v.id())),
            q::WORK_DEMANDS => self.work_demands.as_ref().map(|s| ids(s, WorkDemand::id)),
            q::PAIN_AREAS => self.pain_areas.as_ref().map(|s| ids(s, BodyArea::id)),
            q::PAIN_INTENSITY => self.pain_intensity.map(|v| Value::Number(f32::from(v))),
            q::PAIN_DURATION => self.pain_duration.map(|v| Value::Choice(v.id())),
            q::PAIN_TREND => self.pain_trend.map(|v| Value::Choice(v.id())),
            q::FIRST_EPISODE => self.first_episode.map(yes_no),
            q::EASED_BY => self.eased_by.as_ref().map(|s| ids(s, Relief::id)),
            q::PRESSURE => self.pressure.map(|v| Value::Choice(v.id())),
            q::OIL_WELCOME => self.oil_welcome.map(yes_no),
            q::HEAT_WELCOME => self.heat_welcome.map(yes_no),
            _ => None,
        }
    }

    /// True when `option` is currently chosen for `question`
    /// ("none" is chosen when a multiple-choice answer is the empty set).
    pub fn is_chosen(&self, question: &str, option: &str) -> bool {
        match self.get(question) {
            Some(Value::Choice(id)) => id == option,
            Some(Value::Choices(ids)) if option == NONE_OPTION => ids.is_empty(),
            Some(Value::Choices(ids)) => ids.contains(&option),
            _ => false,
        }
    }

    /// Applies one change. An unknown question, an unknown option or a number
    /// out of range leaves the answers as they were and returns the error.
    pub fn apply(&mut self, action: Action) -> Result<(), FieldError> {
        let invalid = |question: &'static str| FieldError::new(question, "error.invalid_option");
        match action {
            Action::Reset => {
                *self = Answers::default();
                Ok(())
            }
            Action::Clear(question) => {
                let question = questions::find(question)
                    .ok_or_else(|| invalid(question))?
                    .id;
                self.clear(question);
                Ok(())
            }
            Action::SetNumber(question, value) => {
                let found = questions::find(question).ok_or_else(|| invalid(question))?;
                let Kind::Number(range) = found.kind else {
                    return Err(invalid(question));
                };
                let value = check_number(found.id, &range, value)?;
                match found.id {
                    q::SITTING_HOURS => self.sitting_hours = Some(value),
                    // The range check above guarantees 0..=10 in whole steps.
                    q::PAIN_INTENSITY => self.pain_intensity = Some(value as u8),
                    _ => return Err(invalid(question)),
                }
                Ok(())
            }
            Action::Choose(question, option) => {
                let o = option.as_str();
                let done = match question {
                    q::AGE_BAND => choose(&mut self.age_band, o, AgeBand::from_id),
                    q::STIFFNESS => choose(&mut self.stiffness, o, Stiffness::from_id),
                    q::STIFFNESS_WORST => {
                        choose(&mut self.stiffness_worst, o, StiffnessTime::from_id)
                    }
                    q::MORNING_STIFFNESS => {
                        choose(&mut self.morning_stiffness, o, MorningStiffness::from_id)
                    }
                    q::LONGEST_SITTING => {
                        choose(&mut self.longest_sitting, o, SittingStretch::from_id)
                    }
                    q::PAIN_DURATION => choose(&mut self.pain_duration, o, PainDuration::from_id),
                    q::PAIN_TREND => choose(&mut self.pain_trend, o, PainTrend::from_id),
                    q::PRESSURE => choose(&mut self.pressure, o, Pressure::from_id),
                    q::FIRST_EPISODE => choose(&mut self.first_episode, o, parse_yes_no),
                    q::OIL_WELCOME => choose(&mut self.oil_welcome, o, parse_yes_no),
                    q::HEAT_WELCOME => choose(&mut self.heat_welcome, o, parse_yes_no),
                    _ => Err(()),
                };
                done.map_err(|()| invalid(question))
            }
            Action::Toggle(question, option) => {
                let o = option.as_str();
                let done = match question {
                    q::RED_FLAGS => toggle(&mut self.red_flags, o, RedFlag::from_id),
                    q::CONDITIONS => toggle(&mut self.conditions, o, Condition::from_id),
                    q::WORK_DEMANDS => toggle(&mut self.work_demands, o, WorkDemand::from_id),
                    q::PAIN_AREAS => toggle(&mut self.pain_areas, o, BodyArea::from_id),
                    q::EASED_BY => toggle(&mut self.eased_by, o, Relief::from_id),
                    _ => Err(()),
                };
                done.map_err(|()| invalid(question))
            }
        }
    }

    fn clear(&mut self, question: &str) {
        match question {
            q::RED_FLAGS => self.red_flags = None,
            q::AGE_BAND => self.age_band = None,
            q::CONDITIONS => self.conditions = None,
            q::STIFFNESS => self.stiffness = None,
            q::STIFFNESS_WORST => self.stiffness_worst = None,
            q::MORNING_STIFFNESS => self.morning_stiffness = None,
            q::SITTING_HOURS => self.sitting_hours = None,
            q::LONGEST_SITTING => self.longest_sitting = None,
            q::WORK_DEMANDS => self.work_demands = None,
            q::PAIN_AREAS => self.pain_areas = None,
            q::PAIN_INTENSITY => self.pain_intensity = None,
            q::PAIN_DURATION => self.pain_duration = None,
            q::PAIN_TREND => self.pain_trend = None,
            q::FIRST_EPISODE => self.first_episode = None,
            q::EASED_BY => self.eased_by = None,
            q::PRESSURE => self.pressure = None,
            q::OIL_WELCOME => self.oil_welcome = None,
            q::HEAT_WELCOME => self.heat_welcome = None,
            _ => {}
        }
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

    /// True when `relief` eases it.
    pub fn eased_by(&self, relief: Relief) -> bool {
        self.eased_by.as_ref().is_some_and(|s| s.contains(&relief))
    }

    /// Sitting hours, only when they are a valid answer.
    pub fn valid_sitting_hours(&self) -> Option<f32> {
        self.sitting_hours
            .filter(|h| h.is_finite() && (0.0..=24.0).contains(h))
    }

    /// Pain intensity, only when it is a valid answer.
    pub fn valid_pain_intensity(&self) -> Option<u8> {
        self.pain_intensity.filter(|i| *i <= 10)
    }
}
