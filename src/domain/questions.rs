//! The questionnaire, defined once.
//!
//! Every question is one row of the [`questionnaire!`] invocation below. From
//! that row come the field of [`Answers`] that holds its answer, its stable id
//! in [`q`], its place in [`STEPS`], and the accessors that read, change and
//! clear it, so that adding a question is one row here, its options (a
//! `choice!` enum, when they are new) and its texts in the locale files.
//!
//! Locale keys and DOM ids are derived from the ids (see `crate::keys`).

use super::choice_set::ChoiceSet;

use serde::Serialize;

use super::choices::*;
use super::value::{Edit, Slot, Unfit, Value};

/// The allowed range of a number question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRange {
    /// Smallest allowed value.
    pub min: f32,
    /// Largest allowed value.
    pub max: f32,
    /// Allowed values are `min + k * step`.
    pub step: f32,
    /// Locale key of the unit beside the input ("hours").
    pub unit: &'static str,
    /// The unit as a visitor may type it after the number, in English
    /// (lowercase) and Hindi: "9 hours", "९ घंटे", "7.5h". Another word
    /// there ("10 min") is refused, never read as this unit.
    pub typed: &'static [&'static str],
    /// Locale key of an answer written out, with `{n}` for the number
    /// ("{n} hours"; Hindi puts "10 में से" before the number).
    pub value: &'static str,
}

impl NumberRange {
    /// Checks a value: finite, inside the range, and on a step. On success
    /// the value snapped exactly onto its step; on failure the locale key of
    /// the message.
    pub fn check(&self, value: f32) -> Result<f32, &'static str> {
        if !value.is_finite() || value < self.min || value > self.max {
            return Err("error.out_of_range");
        }
        let steps = (value - self.min) / self.step;
        if (steps - steps.round()).abs() > 1e-4 {
            return Err("error.not_a_step");
        }
        Ok(self.min + steps.round() * self.step)
    }

    /// True when the range is short enough to show as a row of choices
    /// (0 to 10) rather than a text field.
    pub fn is_scale(&self) -> bool {
        (self.max - self.min) / self.step <= 10.0
    }

    /// Every allowed value, for a scale.
    pub fn values(&self) -> impl Iterator<Item = f32> + '_ {
        let count = ((self.max - self.min) / self.step).round() as u32;
        (0..=count).map(move |k| self.min + k as f32 * self.step)
    }
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

    /// True for questions answered by ticking any number of options.
    pub fn is_multiple(&self) -> bool {
        matches!(self, Kind::Multi(_) | Kind::BodyAreas)
    }
}

/// A problem with one answer; `key` is the locale key of the message shown
/// next to the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The question the error belongs to.
    pub question: &'static str,
    /// Locale key of the message.
    pub key: &'static str,
}

impl FieldError {
    /// An error for `question` with message `key`.
    pub fn new(question: &'static str, key: &'static str) -> Self {
        Self { question, key }
    }
}

/// One question: its id, its input, when it is shown, and the accessors of
/// its answer (generated with the question, never written by hand).
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id: the storage field, and the root of its locale keys and DOM ids.
    pub id: &'static str,
    /// Input kind and options.
    pub kind: Kind,
    /// Whether Next refuses to go on without an answer (when visible).
    pub required: bool,
    /// Whether the question is shown, given the answers so far.
    pub visible: fn(&Answers) -> bool,
    get: fn(&Answers) -> Option<Value>,
    edit: fn(&mut Answers, Edit<'_>) -> Result<(), Unfit>,
    clear: fn(&mut Answers),
}

impl Question {
    /// True when this question is shown for `answers`.
    pub fn is_visible(&self, answers: &Answers) -> bool {
        (self.visible)(answers)
    }

    /// Its answer in `answers`, if any.
    pub fn answer(&self, answers: &Answers) -> Option<Value> {
        (self.get)(answers)
    }

    /// Changes its answer; `Err` when the edit does not fit the question
    /// (an unknown option, or an edit of another kind).
    pub(super) fn edit(&self, answers: &mut Answers, edit: Edit<'_>) -> Result<(), Unfit> {
        (self.edit)(answers, edit)
    }

    /// Forgets its answer.
    pub(super) fn clear(&self, answers: &mut Answers) {
        (self.clear)(answers)
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

/// The type of the answer a kind of question holds.
macro_rules! answer_type {
    (Single $t:tt) => { Option<$t> };
    (Multi $t:tt) => { Option<ChoiceSet<$t>> };
    (Areas $t:tt) => { Option<ChoiceSet<$t>> };
    (YesNo) => { Option<bool> };
    (Number $range:tt) => { Option<f32> };
}

/// The [`Kind`] of a kind of question.
macro_rules! kind_of {
    (Single $t:tt) => {
        Kind::Single($t::IDS)
    };
    (Multi $t:tt) => {
        Kind::Multi($t::IDS)
    };
    (Areas $t:tt) => {
        Kind::BodyAreas
    };
    (YesNo) => {
        Kind::YesNo
    };
    (Number $range:tt) => {
        Kind::Number($range)
    };
}

macro_rules! visible_when {
    () => {
        always
    };
    ($when:expr) => {
        $when
    };
}

/// One [`Question`] of the table.
macro_rules! question {
    ($field:ident, $kind:ident $(($arg:tt))? $(, $when:expr)?) => {
        Question {
            id: stringify!($field),
            kind: kind_of!($kind $($arg)?),
            required: true,
            visible: visible_when!($($when)?),
            get: |a| a.$field.value(),
            edit: |a, edit| a.$field.edit(edit),
            clear: |a| a.$field = None,
        }
    };
}

/// Defines the questionnaire: for each step, its questions in order, each as
/// `doc, id: Kind(options or range) [, when visibility];`, then the questions
/// of a check-in (asked on a later visit, not a step of the wizard).
/// Generates [`Answers`], [`q`], [`STEPS`] and [`CHECK_IN`].
macro_rules! questionnaire {
    ($(
        step $step:ident {
            $( $(#[$doc:meta])* $field:ident : $kind:ident $(($arg:tt))? $(, when $when:expr)? ; )*
        }
    )*
    check_in {
        $( $(#[$cdoc:meta])* $cfield:ident : $ckind:ident $(($carg:tt))? $(, when $cwhen:expr)? ; )*
    }) => {
        /// Every answer the questionnaire collects (and the check-in being
        /// answered). `None` means "not answered yet"; for multiple-choice
        /// questions `Some(empty set)` means "none of these". Change it only
        /// through [`Answers::apply`](super::answers::Answers::apply).
        #[derive(Clone, Debug, Default, PartialEq, Serialize)]
        pub struct Answers {
            $($( $(#[$doc])* pub $field: answer_type!($kind $($arg)?), )*)*
            $( $(#[$cdoc])* pub $cfield: answer_type!($ckind $($carg)?), )*
        }

        /// Stable question ids, named after the fields of [`Answers`].
        #[allow(non_upper_case_globals)]
        pub mod q {
            $($( $(#[$doc])* pub const $field: &str = stringify!($field); )*)*
            $( $(#[$cdoc])* pub const $cfield: &str = stringify!($cfield); )*
        }

        /// The wizard's steps, in order.
        pub const STEPS: &[Step] = &[$(
            Step {
                id: stringify!($step),
                questions: &[$( question!($field, $kind $(($arg))? $(, $when)?), )*],
            },
        )*];

        /// The check-in's own questions (it asks the warning signs of the
        /// safety step too: see [`check_in_questions`]).
        pub const CHECK_IN: Step = Step {
            id: "check_in",
            questions: &[$( question!($cfield, $ckind $(($carg))? $(, $cwhen)?), )*],
        };
    };
}

/// Hours a day sitting, in half hours, up to a plausible 18 (a waking day).
pub const SITTING_RANGE: NumberRange = NumberRange {
    min: 0.0,
    max: 18.0,
    step: 0.5,
    unit: "unit.hours",
    typed: &[
        "hours",
        "hour",
        "hrs",
        "hr",
        "h",
        "घंटे",
        "घंटा",
        "घण्टे",
        "घण्टा",
    ],
    value: "value.hours",
};

/// Pain intensity, 0 (none) to 10 (worst imaginable).
pub const INTENSITY_RANGE: NumberRange = NumberRange {
    min: 0.0,
    max: 10.0,
    step: 1.0,
    unit: "unit.out_of_10",
    typed: &[],
    value: "value.out_of_10",
};

/// How much back pain stopped the usual activities this week, 0 (not at
/// all) to 10 (completely): the check-in's own wording, no licensed scale.
pub const ACTIVITY_RANGE: NumberRange = INTENSITY_RANGE;

// Safety comes first, so that a warning sign stops the questionnaire before
// anything else is asked.
questionnaire! {
    step safety {
        /// Warning signs the visitor has.
        red_flags: Multi(RedFlag);
        /// When the serious fall or accident was (asked when it is ticked).
        accident_when: Single(AccidentWhen),
            when |a| a.has_flag(RedFlag::SeriousFall);
        /// Whether a swollen calf comes with breathlessness (asked when the
        /// calf is ticked): a clot may have reached the lungs.
        calf_breathless: YesNo,
            when |a| a.has_flag(RedFlag::CalfSwelling);
        /// Whether a fever comes with cancer treatment or a weakened immune
        /// system (asked when the fever is ticked): possible sepsis.
        fever_immune: YesNo,
            when |a| a.has_flag(RedFlag::Fever);
        /// Age band.
        age_band: Single(AgeBand);
    }
    step health {
        /// Health conditions that rule out or limit some therapies.
        conditions: Multi(Condition);
        /// How far on the pregnancy is (asked in pregnancy).
        pregnancy_stage: Single(PregnancyStage),
            when |a| a.has_condition(Condition::Pregnancy);
        /// Signs in pregnancy that need the midwife now (asked in pregnancy).
        pregnancy_signs: Multi(PregnancySign),
            when |a| a.has_condition(Condition::Pregnancy);
        /// Low platelets, or bruising and bleeding very easily (asked with
        /// blood thinners or a bleeding disorder).
        low_platelets: YesNo,
            when |a| a.has_condition(Condition::BloodThinners);
        /// Whether the back pain started after a minor fall, a bump or a
        /// lift (asked with osteoporosis or steroid tablets).
        minor_fall: YesNo,
            when |a| a.has_condition(Condition::Osteoporosis) || a.has_condition(Condition::Steroids);
        /// Where the recent operation was (asked after one).
        surgery_site: Single(SurgerySite),
            when |a| a.has_condition(Condition::RecentSurgery);
        /// Whether high blood pressure is under control (asked with it).
        blood_pressure: Single(BloodPressure),
            when |a| a.has_condition(Condition::HighBloodPressure);
        /// What kind of skin condition, and where (asked with one).
        skin_kind: Single(SkinKind),
            when |a| a.has_condition(Condition::SkinProblem);
        /// What the allergy is to (asked with one).
        allergy_kind: Single(AllergyKind),
            when |a| a.has_condition(Condition::OilAllergy);
    }
    step stiffness {
        /// How stiff the back feels overall.
        stiffness: Single(Stiffness);
        /// When stiffness is worst (asked when there is stiffness).
        stiffness_worst: Single(StiffnessTime),
            when |a| a.stiffness.is_some_and(|s| s != Stiffness::None);
        /// How long morning stiffness lasts (asked when it is worst on waking).
        morning_stiffness: Single(MorningStiffness),
            when |a| a.stiffness.is_some_and(|s| s != Stiffness::None)
                && a.stiffness_worst == Some(StiffnessTime::OnWaking);
    }
    step sitting {
        /// Hours a day spent sitting, in steps of half an hour.
        sitting_hours: Number(SITTING_RANGE);
        /// Longest stretch of sitting without a break (asked when they sit).
        longest_sitting: Single(SittingStretch),
            when |a| a.valid_sitting_hours().is_some_and(|h| h > 0.0);
        /// Physical demands of work.
        work_demands: Multi(WorkDemand);
    }
    step areas {
        /// Where it hurts, chosen on the body map.
        pain_areas: Areas(BodyArea);
        /// Signs that the spinal cord in the neck may be pressed (asked when
        /// the neck is chosen).
        neck_signs: Multi(NeckSign),
            when |a| a.hurts_in(BodyArea::Neck);
        /// Whether upper-back pain is in the muscles or the spine (asked
        /// when the upper back is chosen).
        upper_back_pain: Single(SpineOrMuscles),
            when |a| a.hurts_in(BodyArea::UpperBack);
        /// The same for the middle of the back.
        mid_back_pain: Single(SpineOrMuscles),
            when |a| a.hurts_in(BodyArea::MidBack);
        /// Whether the pain came on suddenly and severely with tummy pain, a
        /// pulsing in the tummy or feeling faint (asked from 50 when the
        /// lower or middle back hurts): an aortic aneurysm.
        sudden_severe: YesNo,
            when |a| a.age_band.is_some_and(AgeBand::is_50_or_over)
                && (a.hurts_in(BodyArea::LowerBack) || a.hurts_in(BodyArea::MidBack));
        /// Whether pain into both legs is new (asked when both legs are chosen).
        both_legs_course: Single(LegsCourse),
            when |a| a.hurts_in_both_legs();
    }
    step pain {
        /// Pain intensity right now, 0 to 10 (not asked after "no pain,
        /// only stiffness": there is no pain to score).
        pain_intensity: Number(INTENSITY_RANGE),
            when |a| !a.only_stiffness();
        /// How long the pain or stiffness has lasted.
        pain_duration: Single(PainDuration);
        /// Whether a doctor or physiotherapist has checked it (asked from
        /// 6 weeks on, about pain: only pain that persists calls for it).
        pain_checked: YesNo,
            when |a| !a.only_stiffness()
                && a.pain_duration.is_some_and(|d| d != PainDuration::Under6Weeks);
        /// Whether it is getting better, staying the same or getting worse.
        pain_trend: Single(PainTrend);
        /// Whether this is the first time the back has hurt like this.
        first_episode: YesNo;
        /// What eases it.
        eased_by: Multi(Relief);
    }
    step preferences {
        /// Preferred massage pressure.
        pressure: Single(Pressure);
        /// Whether oil is welcome.
        oil_welcome: YesNo;
        /// Whether heat is welcome.
        heat_welcome: YesNo;
    }
    check_in {
        /// Pain now, 0 to 10.
        checkin_pain: Number(INTENSITY_RANGE);
        /// How stiff the back feels now.
        checkin_stiffness: Single(Stiffness);
        /// How much back pain stopped the usual activities this week, 0 to 10.
        checkin_activity: Number(ACTIVITY_RANGE);
        /// Massage sessions since the last check-in.
        checkin_sessions: Single(SessionCount);
        /// Which therapy (asked when there were sessions).
        checkin_therapy: Single(TherapyId),
            when |a| a.checkin_sessions.is_some_and(|s| s != SessionCount::None);
        /// What is new since the last visit.
        checkin_changes: Multi(CheckInChange);
    }
}

/// How the questions speak of the visitor's back: of pain, or, after "no
/// pain, only stiffness" on the body map, of stiffness. A text with a
/// `.stiffness` variant in the locale uses it then.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wording {
    /// Of pain (and stiffness).
    #[default]
    Pain,
    /// Of stiffness alone.
    Stiffness,
}

impl Wording {
    /// The wording `answers` call for.
    pub fn of(answers: &Answers) -> Wording {
        if answers.only_stiffness() {
            Wording::Stiffness
        } else {
            Wording::Pain
        }
    }

    /// The suffix of the locale key of its variant, if it has one.
    pub fn suffix(self) -> Option<&'static str> {
        match self {
            Wording::Pain => None,
            Wording::Stiffness => Some(".stiffness"),
        }
    }
}

/// Every question of the table, in the order they are asked (the steps,
/// then the check-in's own).
pub fn all() -> impl Iterator<Item = &'static Question> {
    STEPS
        .iter()
        .chain(std::iter::once(&CHECK_IN))
        .flat_map(|s| s.questions.iter())
}

/// The questions a check-in asks, for `answers`: the warning signs again,
/// with their follow-ups (every time, exactly as the safety step asks them:
/// the age is not asked again), then its own.
pub fn check_in_questions(answers: &Answers) -> Vec<&'static Question> {
    visible_in(0, answers)
        .into_iter()
        .filter(|q| q.id != q::age_band)
        .chain(CHECK_IN.questions.iter().filter(|q| q.is_visible(answers)))
        .collect()
}

/// The question with this id.
pub fn find(id: &str) -> Option<&'static Question> {
    all().find(|question| question.id == id)
}

/// The index of the step that asks `question`.
pub fn step_of(question: &str) -> Option<usize> {
    STEPS
        .iter()
        .position(|s| s.questions.iter().any(|q| q.id == question))
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
