//! How urgently the visitor should see a doctor: warning signs ticked on the
//! safety step, and patterns in the other answers. It runs before anything
//! is suggested. Every rule is one match arm with its level and its source;
//! matches are exhaustive, so a new sign cannot fall silently to a low level.
//! `docs/clinical-rules.md` is generated from these rules.

#![deny(clippy::wildcard_enum_match_arm)]

use super::answers::Answers;
use super::choices::*;
use super::sources::{self, Source};

/// What a rule calls for, and the guidance that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// How urgently to see a doctor.
    pub level: Level,
    /// Where the rule comes from.
    pub source: &'static Source,
}

const fn rule(level: Level, source: &'static Source) -> Rule {
    Rule { level, source }
}

impl RedFlag {
    /// The level this warning sign calls for, and its source.
    pub const fn rule(self) -> Rule {
        use Level::{Emergency, Urgent};
        match self {
            RedFlag::BothLegsNumb => rule(Emergency, &sources::NHS_BACK_999),
            RedFlag::SaddleNumbness => rule(Emergency, &sources::NHS_BACK_999),
            RedFlag::BladderBowel => rule(Emergency, &sources::NHS_BACK_999),
            RedFlag::SexualFunction => rule(Emergency, &sources::CAUDA_EQUINA_LEAFLET),
            RedFlag::ChestPain => rule(Emergency, &sources::NHS_CHEST_PAIN),
            // Recent: the older case is `Pattern::OlderAccident`.
            RedFlag::SeriousFall => rule(Emergency, &sources::NHS_BACK_999),
            RedFlag::CalfSwelling => rule(Urgent, &sources::NHS_DVT),
            RedFlag::Fever => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::WeightLoss => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::LumpOrShape => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::CoughSneeze => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::NightPain => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::CancerHistory => rule(Urgent, &sources::NG234),
            RedFlag::OneLegWeakness => rule(Urgent, &sources::NG59_ASSESSMENT),
        }
    }
}

/// A combination of answers (rather than one ticked sign) that calls for a
/// doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// Pain into both legs, chosen on the body map.
    BothLegs,
    /// Pain in the spine between the shoulder blades (or not sure where).
    SpineBetweenBlades,
    /// Bleeding in pregnancy.
    PregnancyBleeding,
    /// Signs of pre-eclampsia in pregnancy.
    PreEclampsia,
    /// Strong pain (7 or more) within 3 months of back surgery.
    SurgeryStrongPain,
    /// A serious fall or accident more than 6 weeks ago.
    OlderAccident,
    /// Pain of 8 or more out of 10.
    StrongPain,
    /// Pain that is getting worse.
    GettingWorse,
    /// Pain for 6 weeks or more that is not improving.
    LongNotImproving,
    /// The inflammatory pattern NICE NG65 looks for: long morning stiffness
    /// eased by movement, for over 3 months, in an adult under 50.
    InflammatoryPattern,
    /// Back pain for the first time at 50 or over.
    NewAfter50,
    /// Osteoporosis with new back pain, or at 65 or over.
    OsteoporosisPain,
    /// Pregnancy with high blood pressure or a history of clots.
    HighRiskPregnancy,
    /// Back pain under 18.
    Under18,
}

impl Pattern {
    /// Every pattern, most urgent first.
    pub const ALL: &'static [Pattern] = &[
        Pattern::BothLegs,
        Pattern::SpineBetweenBlades,
        Pattern::PregnancyBleeding,
        Pattern::PreEclampsia,
        Pattern::SurgeryStrongPain,
        Pattern::OlderAccident,
        Pattern::StrongPain,
        Pattern::GettingWorse,
        Pattern::LongNotImproving,
        Pattern::InflammatoryPattern,
        Pattern::NewAfter50,
        Pattern::OsteoporosisPain,
        Pattern::HighRiskPregnancy,
        Pattern::Under18,
    ];

    /// Stable id (locale key `trigger.{id}`).
    pub const fn id(self) -> &'static str {
        match self {
            Pattern::BothLegs => "both_legs_pain",
            Pattern::SpineBetweenBlades => "between_shoulder_blades",
            Pattern::PregnancyBleeding => "pregnancy_bleeding",
            Pattern::PreEclampsia => "preeclampsia",
            Pattern::SurgeryStrongPain => "surgery_strong_pain",
            Pattern::OlderAccident => "older_accident",
            Pattern::StrongPain => "strong_pain",
            Pattern::GettingWorse => "getting_worse",
            Pattern::LongNotImproving => "long_not_improving",
            Pattern::InflammatoryPattern => "inflammatory_pattern",
            Pattern::NewAfter50 => "new_after_50",
            Pattern::OsteoporosisPain => "osteoporosis_pain",
            Pattern::HighRiskPregnancy => "high_risk_pregnancy",
            Pattern::Under18 => "under_18",
        }
    }

    /// The level this pattern calls for, and its source.
    pub const fn rule(self) -> Rule {
        use Level::{Emergency, Soon, Urgent};
        match self {
            Pattern::BothLegs => rule(Emergency, &sources::NHS_SCIATICA_999),
            Pattern::SpineBetweenBlades => rule(Urgent, &sources::NHS_BACK_URGENT),
            Pattern::PregnancyBleeding => rule(Urgent, &sources::NHS_PREGNANCY_BLEEDING),
            Pattern::PreEclampsia => rule(Urgent, &sources::NHS_PREECLAMPSIA),
            Pattern::SurgeryStrongPain => rule(Urgent, &sources::CLINIC_DECISION),
            Pattern::OlderAccident => rule(Soon, &sources::DOWNIE_2013),
            Pattern::StrongPain => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::GettingWorse => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::LongNotImproving => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::InflammatoryPattern => rule(Soon, &sources::NG65),
            Pattern::NewAfter50 => rule(Soon, &sources::DOWNIE_2013),
            Pattern::OsteoporosisPain => rule(Soon, &sources::BHOF_SPINE),
            Pattern::HighRiskPregnancy => rule(Soon, &sources::NCCIH_MASSAGE),
            Pattern::Under18 => rule(Soon, &sources::NG59_ASSESSMENT),
        }
    }

    /// When it applies, in plain English (for the rules document).
    pub const fn summary(self) -> &'static str {
        match self {
            Pattern::BothLegs => "Both legs chosen on the body map (pain spreading into both legs)",
            Pattern::SpineBetweenBlades => {
                "Upper back chosen, and the pain is in the spine itself or the visitor is not sure"
            }
            Pattern::PregnancyBleeding => "Pregnant, with bleeding from the vagina",
            Pattern::PreEclampsia => {
                "Pregnant, with a bad headache, sight problems or sudden swelling"
            }
            Pattern::SurgeryStrongPain => "Back surgery in the last 3 months and pain of 7 or more",
            Pattern::OlderAccident => {
                "The pain started after a serious fall or accident more than 6 weeks ago"
            }
            Pattern::StrongPain => "Pain of 8 or more out of 10, with no other sign",
            Pattern::GettingWorse => "The pain or stiffness is getting worse",
            Pattern::LongNotImproving => "Pain for 6 weeks or more that stays the same",
            Pattern::InflammatoryPattern => {
                "Morning stiffness of 30 minutes or more that eases with movement, for more than \
                 3 months, aged 18 to 49"
            }
            Pattern::NewAfter50 => "Aged 50 or over, and the first back pain like this",
            Pattern::OsteoporosisPain => {
                "Osteoporosis or a recent fracture, with back pain that is new or at 65 or over"
            }
            Pattern::HighRiskPregnancy => "Pregnant, with high blood pressure or a past blood clot",
            Pattern::Under18 => "Under 18",
        }
    }

    /// True when the pattern is in `a` (answers to hidden questions already removed).
    pub fn applies(self, a: &Answers) -> bool {
        let pain = a.intensity().unwrap_or(0);
        let duration = a.pain_duration;
        match self {
            Pattern::BothLegs => a.hurts_in(BodyArea::LeftLeg) && a.hurts_in(BodyArea::RightLeg),
            Pattern::SpineBetweenBlades => matches!(
                a.upper_back_pain,
                Some(UpperBackPain::Spine | UpperBackPain::NotSure)
            ),
            Pattern::PregnancyBleeding => a
                .pregnancy_signs
                .as_ref()
                .is_some_and(|s| s.contains(&PregnancySign::Bleeding)),
            Pattern::PreEclampsia => a
                .pregnancy_signs
                .as_ref()
                .is_some_and(|s| s.contains(&PregnancySign::Preeclampsia)),
            Pattern::SurgeryStrongPain => a.has_condition(Condition::RecentSurgery) && pain >= 7,
            Pattern::OlderAccident => {
                a.has_flag(RedFlag::SeriousFall) && a.accident_when == Some(AccidentWhen::Older)
            }
            Pattern::StrongPain => pain >= 8,
            Pattern::GettingWorse => a.pain_trend == Some(PainTrend::Worse),
            Pattern::LongNotImproving => {
                matches!(
                    duration,
                    Some(PainDuration::SixTo12Weeks | PainDuration::Over3Months)
                ) && a.pain_trend == Some(PainTrend::Same)
            }
            Pattern::InflammatoryPattern => {
                a.morning_stiffness == Some(MorningStiffness::Over30)
                    && a.eased_by(Relief::Movement)
                    && duration == Some(PainDuration::Over3Months)
                    && a.age_band.is_some_and(AgeBand::is_adult_under_50)
            }
            Pattern::NewAfter50 => {
                a.age_band.is_some_and(AgeBand::is_50_or_over) && a.first_episode == Some(true)
            }
            Pattern::OsteoporosisPain => {
                a.has_condition(Condition::Osteoporosis)
                    && a.has_pain()
                    && (a.first_episode == Some(true) || a.age_band == Some(AgeBand::Over65))
            }
            Pattern::HighRiskPregnancy => {
                a.has_condition(Condition::Pregnancy)
                    && (a.has_condition(Condition::HighBloodPressure)
                        || a.has_condition(Condition::BloodClots))
            }
            Pattern::Under18 => a.age_band == Some(AgeBand::Under18),
        }
    }
}

/// An answer, or a combination of answers, that calls for a doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trigger {
    /// A warning sign ticked on the safety step.
    Flag(RedFlag),
    /// A pattern in the answers.
    Pattern(Pattern),
}

impl Trigger {
    /// The rule behind it.
    pub const fn rule(self) -> Rule {
        match self {
            Trigger::Flag(flag) => flag.rule(),
            Trigger::Pattern(pattern) => pattern.rule(),
        }
    }

    /// The outcome this trigger calls for.
    pub const fn level(self) -> Level {
        self.rule().level
    }

    /// Stable id, for its locale key (`crate::keys::text::trigger`).
    pub const fn id(self) -> &'static str {
        match self {
            Trigger::Flag(flag) => flag.id(),
            Trigger::Pattern(pattern) => pattern.id(),
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

/// Triage of `answers` (only answers to visible questions should count:
/// pass them through `answers::effective` first).
pub fn triage(answers: &Answers) -> Triage {
    let older_accident = Pattern::OlderAccident.applies(answers);
    let flags = answers
        .red_flags
        .iter()
        .flatten()
        .filter(|flag| !(**flag == RedFlag::SeriousFall && older_accident))
        .map(|flag| Trigger::Flag(*flag));
    let patterns = Pattern::ALL
        .iter()
        .filter(|p| p.applies(answers))
        .map(|p| Trigger::Pattern(*p));
    let mut triggers: Vec<Trigger> = flags.chain(patterns).collect();
    // Most urgent first; within a level, the order above.
    triggers.sort_by_key(|t| std::cmp::Reverse(t.level()));
    let level = triggers
        .iter()
        .map(|t| t.level())
        .max()
        .unwrap_or(Level::Routine);
    Triage { level, triggers }
}
