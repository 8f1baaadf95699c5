//! Triage: warning signs in the answers, and how urgently to see a doctor.
//! It runs before anything is suggested.

use super::answers::Answers;
use super::choices::*;

/// An answer, or a combination of answers, that calls for a doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Trigger {
    /// A warning sign ticked on the safety step.
    Flag(RedFlag),
    /// Pain for 6 weeks or more that is not improving.
    LongNotImproving,
    /// Morning stiffness over 30 minutes that eases with movement.
    MorningStiffnessEasedByMovement,
    /// Pain between the shoulder blades.
    BetweenShoulderBlades,
    /// Back pain for the first time at 50 or over.
    NewAfter50,
    /// Pain spreading into both legs.
    BothLegsPain,
    /// Back pain under 18.
    Under18,
}

impl Trigger {
    /// The outcome this trigger calls for.
    pub fn level(self) -> Level {
        match self {
            Trigger::Flag(
                RedFlag::BothLegsNumb
                | RedFlag::SaddleNumbness
                | RedFlag::BladderBowel
                | RedFlag::ChestPain
                | RedFlag::SeriousFall,
            ) => Level::Emergency,
            Trigger::Flag(
                RedFlag::Fever
                | RedFlag::WeightLoss
                | RedFlag::CancerHistory
                | RedFlag::NightPain
                | RedFlag::OneLegWeakness,
            ) => Level::Urgent,
            _ => Level::Soon,
        }
    }

    /// Stable id, for its locale key (`crate::keys::text::trigger`).
    pub fn id(self) -> &'static str {
        match self {
            Trigger::Flag(flag) => flag.id(),
            Trigger::LongNotImproving => "long_not_improving",
            Trigger::MorningStiffnessEasedByMovement => "morning_stiffness_movement",
            Trigger::BetweenShoulderBlades => "between_shoulder_blades",
            Trigger::NewAfter50 => "new_after_50",
            Trigger::BothLegsPain => "both_legs_pain",
            Trigger::Under18 => "under_18",
        }
    }
}

/// The triage outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    /// The most urgent level any trigger calls for.
    pub level: Level,
    /// What triggered it, most urgent first.
    pub triggers: Vec<Trigger>,
}

impl Triage {
    /// True when no therapy may be suggested at all.
    pub fn suppresses_therapies(&self) -> bool {
        self.level >= Level::Urgent
    }
}

/// Triage of `answers` (only answers to visible questions count).
pub fn triage(answers: &Answers) -> Triage {
    let mut triggers: Vec<Trigger> = answers
        .red_flags
        .iter()
        .flatten()
        .map(|flag| Trigger::Flag(*flag))
        .collect();
    let long = matches!(
        answers.pain_duration,
        Some(PainDuration::SixTo12Weeks | PainDuration::Over3Months)
    );
    if long && matches!(answers.pain_trend, Some(PainTrend::Same | PainTrend::Worse)) {
        triggers.push(Trigger::LongNotImproving);
    }
    if answers.morning_stiffness == Some(MorningStiffness::Over30)
        && answers.eased_by(Relief::Movement)
    {
        triggers.push(Trigger::MorningStiffnessEasedByMovement);
    }
    if answers.hurts_in(BodyArea::UpperBack) {
        triggers.push(Trigger::BetweenShoulderBlades);
    }
    if answers.age_band.is_some_and(AgeBand::is_50_or_over) && answers.first_episode == Some(true) {
        triggers.push(Trigger::NewAfter50);
    }
    if answers.hurts_in(BodyArea::BothLegs) {
        triggers.push(Trigger::BothLegsPain);
    }
    if answers.age_band == Some(AgeBand::Under18) {
        triggers.push(Trigger::Under18);
    }
    // Most urgent first; within a level, the order above.
    triggers.sort_by_key(|t| std::cmp::Reverse(t.level()));
    let level = triggers
        .iter()
        .map(|t| t.level())
        .max()
        .unwrap_or(Level::Routine);
    Triage { level, triggers }
}
