//! The questionnaire as data: questions, their kinds and options, when they
//! are shown, and how they are grouped into steps.
//!
//! Locale keys are derived from ids: `q.{id}.label`, `q.{id}.hint`,
//! `opt.{id}.{option}` and `step.{step}.title`.

use super::answers::Answers;
use super::choices::*;

/// Stable question ids.
pub mod q {
    /// Warning signs.
    pub const RED_FLAGS: &str = "red_flags";
    /// Age band.
    pub const AGE_BAND: &str = "age_band";
    /// Health conditions.
    pub const CONDITIONS: &str = "conditions";
    /// Overall stiffness.
    pub const STIFFNESS: &str = "stiffness";
    /// When stiffness is worst.
    pub const STIFFNESS_WORST: &str = "stiffness_worst";
    /// How long morning stiffness lasts.
    pub const MORNING_STIFFNESS: &str = "morning_stiffness";
    /// Hours a day sitting.
    pub const SITTING_HOURS: &str = "sitting_hours";
    /// Longest stretch of sitting.
    pub const LONGEST_SITTING: &str = "longest_sitting";
    /// Physical demands of work.
    pub const WORK_DEMANDS: &str = "work_demands";
    /// Where it hurts.
    pub const PAIN_AREAS: &str = "pain_areas";
    /// Pain intensity.
    pub const PAIN_INTENSITY: &str = "pain_intensity";
    /// How long the pain has lasted.
    pub const PAIN_DURATION: &str = "pain_duration";
    /// Whether the pain is improving.
    pub const PAIN_TREND: &str = "pain_trend";
    /// First episode of back pain like this.
    pub const FIRST_EPISODE: &str = "first_episode";
    /// What eases it.
    pub const EASED_BY: &str = "eased_by";
    /// Preferred pressure.
    pub const PRESSURE: &str = "pressure";
    /// Oil welcome.
    pub const OIL_WELCOME: &str = "oil_welcome";
    /// Heat welcome.
    pub const HEAT_WELCOME: &str = "heat_welcome";
}

/// The allowed range of a number question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRange {
    /// Smallest allowed value.
    pub min: f32,
    /// Largest allowed value.
    pub max: f32,
    /// Allowed values are `min + k * step`.
    pub step: f32,
    /// Locale key of the unit ("hours").
    pub unit: &'static str,
}

/// What kind of input a question takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// Exactly one of these option ids.
    Single(&'static [&'static str]),
    /// Any of these option ids, or the exclusive "none of these".
    Multi(&'static [&'static str]),
    /// A number in a range.
    Number(NumberRange),
    /// Yes or no.
    YesNo,
    /// Areas chosen on the body map (any of [`BodyArea`], or none).
    BodyAreas,
}

impl Kind {
    /// The option ids of a choice question, in display order.
    pub fn options(&self) -> &'static [&'static str] {
        match self {
            Kind::Single(o) | Kind::Multi(o) => o,
            Kind::YesNo => &["yes", "no"],
            Kind::BodyAreas => BodyArea::IDS,
            Kind::Number(_) => &[],
        }
    }
}

/// One question.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// Input kind and options.
    pub kind: Kind,
    /// Whether Next refuses to go on without an answer (when visible).
    pub required: bool,
    /// Whether the question is shown, given the answers so far.
    pub visible: fn(&Answers) -> bool,
}

impl Question {
    /// True when this question is shown for `answers`.
    pub fn is_visible(&self, answers: &Answers) -> bool {
        (self.visible)(answers)
    }
}

/// A step of the wizard: one topic.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// Stable id (locale key `step.{id}.title`).
    pub id: &'static str,
    /// Its questions, in order.
    pub questions: &'static [Question],
}

fn always(_: &Answers) -> bool {
    true
}

const fn ask(id: &'static str, kind: Kind) -> Question {
    Question {
        id,
        kind,
        required: true,
        visible: always,
    }
}

const fn ask_when(id: &'static str, kind: Kind, visible: fn(&Answers) -> bool) -> Question {
    Question {
        id,
        kind,
        required: true,
        visible,
    }
}

/// Hours a day sitting.
pub const SITTING_RANGE: NumberRange = NumberRange {
    min: 0.0,
    max: 24.0,
    step: 0.5,
    unit: "unit.hours",
};

/// Pain intensity, 0 (none) to 10 (worst imaginable).
pub const INTENSITY_RANGE: NumberRange = NumberRange {
    min: 0.0,
    max: 10.0,
    step: 1.0,
    unit: "unit.out_of_10",
};

/// The wizard's steps. Safety comes first, so that a warning sign stops the
/// questionnaire before anything else is asked.
pub const STEPS: &[Step] = &[
    Step {
        id: "safety",
        questions: &[
            ask(q::RED_FLAGS, Kind::Multi(RedFlag::IDS)),
            ask(q::AGE_BAND, Kind::Single(AgeBand::IDS)),
        ],
    },
    Step {
        id: "health",
        questions: &[ask(q::CONDITIONS, Kind::Multi(Condition::IDS))],
    },
    Step {
        id: "stiffness",
        questions: &[
            ask(q::STIFFNESS, Kind::Single(Stiffness::IDS)),
            ask_when(q::STIFFNESS_WORST, Kind::Single(StiffnessTime::IDS), |a| {
                a.stiffness.is_some_and(|s| s != Stiffness::None)
            }),
            ask_when(
                q::MORNING_STIFFNESS,
                Kind::Single(MorningStiffness::IDS),
                |a| {
                    a.stiffness.is_some_and(|s| s != Stiffness::None)
                        && a.stiffness_worst == Some(StiffnessTime::OnWaking)
                },
            ),
        ],
    },
    Step {
        id: "sitting",
        questions: &[
            ask(q::SITTING_HOURS, Kind::Number(SITTING_RANGE)),
            ask_when(q::LONGEST_SITTING, Kind::Single(SittingStretch::IDS), |a| {
                a.valid_sitting_hours().is_some_and(|h| h > 0.0)
            }),
            ask(q::WORK_DEMANDS, Kind::Multi(WorkDemand::IDS)),
        ],
    },
    Step {
        id: "areas",
        questions: &[ask(q::PAIN_AREAS, Kind::BodyAreas)],
    },
    Step {
        id: "pain",
        questions: &[
            ask(q::PAIN_INTENSITY, Kind::Number(INTENSITY_RANGE)),
            ask(q::PAIN_DURATION, Kind::Single(PainDuration::IDS)),
            ask_when(q::PAIN_TREND, Kind::Single(PainTrend::IDS), |a| {
                a.pain_duration
                    .is_some_and(|d| d != PainDuration::Under6Weeks)
            }),
            ask(q::FIRST_EPISODE, Kind::YesNo),
            ask(q::EASED_BY, Kind::Multi(Relief::IDS)),
        ],
    },
    Step {
        id: "preferences",
        questions: &[
            ask(q::PRESSURE, Kind::Single(Pressure::IDS)),
            ask(q::OIL_WELCOME, Kind::YesNo),
            ask(q::HEAT_WELCOME, Kind::YesNo),
        ],
    },
];

/// Every question, in the order they are asked.
pub fn all() -> impl Iterator<Item = &'static Question> {
    STEPS.iter().flat_map(|s| s.questions.iter())
}

/// The question with this id.
pub fn find(id: &str) -> Option<&'static Question> {
    all().find(|question| question.id == id)
}

/// The questions of step `index` that are shown for `answers`.
pub fn visible_in(index: usize, answers: &Answers) -> Vec<&'static Question> {
    STEPS
        .get(index)
        .map(|s| {
            s.questions
                .iter()
                .filter(|question| question.is_visible(answers))
                .collect()
        })
        .unwrap_or_default()
}
