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
            RedFlag::ChestPain => rule(Emergency, &sources::NHS_BACK_999),
            // In the last 7 days (or not yet said when); weeks or more ago is
            // `Pattern::AccidentWeeksAgo` or `Pattern::OlderAccident`.
            RedFlag::SeriousFall => rule(Emergency, &sources::NHS_BACK_999),
            RedFlag::CalfSwelling => rule(Urgent, &sources::NHS_DVT),
            RedFlag::Fever => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::WeightLoss => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::LumpOrShape => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::CoughSneeze => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::NightPain => rule(Urgent, &sources::NHS_BACK_URGENT),
            RedFlag::CancerHistory => rule(Urgent, &sources::NG234),
            RedFlag::OneLegWeakness => rule(Urgent, &sources::LOTHIAN_RED_FLAGS),
        }
    }
}

/// A combination of answers (rather than one ticked sign) that calls for a
/// doctor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pattern {
    /// Pain into both legs, chosen on the body map, new or getting worse.
    BothLegs,
    /// Cancer (now or before) with weakness or pain into a leg.
    CancerNerveSigns,
    /// Sudden severe back pain with tummy pain, a pulsing in the tummy or
    /// feeling faint, from 50 (an aortic aneurysm).
    Aneurysm,
    /// Neck pain with a weak arm, clumsy hands or unsteady walking (the
    /// spinal cord in the neck may be pressed).
    NeckCordSigns,
    /// Pain in the spine between the shoulder blades (or not sure where).
    SpineBetweenBlades,
    /// Pain in the spine in the upper or middle back during cancer treatment.
    CancerSpinePain,
    /// Bleeding in pregnancy.
    PregnancyBleeding,
    /// Signs of pre-eclampsia in pregnancy.
    PreEclampsia,
    /// Other signs in pregnancy that need the midwife now (tightenings,
    /// leaking fluid, the baby moving less, pain when peeing).
    PregnancyUrgent,
    /// Strong (7 or more) or worsening pain within 3 months of back surgery.
    SurgeryStrongPain,
    /// A serious fall or accident 1 to 6 weeks ago.
    AccidentWeeksAgo,
    /// A serious fall or accident more than 6 weeks ago.
    OlderAccident,
    /// Pain in the spine in the middle of the back (or not sure where).
    SpineMidBack,
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
    /// Osteoporosis (or long-term steroids) with new back pain, or at 65 or over.
    OsteoporosisPain,
    /// High blood pressure that is not under control (or not known to be).
    UncontrolledBloodPressure,
    /// Very low platelets, or bruising or bleeding very easily.
    BleedingRisk,
    /// Pregnancy with high blood pressure or a history of clots.
    HighRiskPregnancy,
    /// Back pain under 18.
    Under18,
}

impl Pattern {
    /// Every pattern, most urgent first.
    pub const ALL: &'static [Pattern] = &[
        Pattern::BothLegs,
        Pattern::CancerNerveSigns,
        Pattern::Aneurysm,
        Pattern::NeckCordSigns,
        Pattern::SpineBetweenBlades,
        Pattern::CancerSpinePain,
        Pattern::PregnancyBleeding,
        Pattern::PreEclampsia,
        Pattern::PregnancyUrgent,
        Pattern::SurgeryStrongPain,
        Pattern::AccidentWeeksAgo,
        Pattern::OlderAccident,
        Pattern::SpineMidBack,
        Pattern::StrongPain,
        Pattern::GettingWorse,
        Pattern::LongNotImproving,
        Pattern::InflammatoryPattern,
        Pattern::NewAfter50,
        Pattern::OsteoporosisPain,
        Pattern::UncontrolledBloodPressure,
        Pattern::BleedingRisk,
        Pattern::HighRiskPregnancy,
        Pattern::Under18,
    ];

    /// Stable id (locale key `trigger.{id}`).
    pub const fn id(self) -> &'static str {
        match self {
            Pattern::BothLegs => "both_legs_pain",
            Pattern::CancerNerveSigns => "cancer_nerve_signs",
            Pattern::Aneurysm => "aneurysm",
            Pattern::NeckCordSigns => "neck_cord_signs",
            Pattern::SpineBetweenBlades => "between_shoulder_blades",
            Pattern::CancerSpinePain => "cancer_spine_pain",
            Pattern::PregnancyBleeding => "pregnancy_bleeding",
            Pattern::PreEclampsia => "preeclampsia",
            Pattern::PregnancyUrgent => "pregnancy_urgent",
            Pattern::SurgeryStrongPain => "surgery_strong_pain",
            Pattern::AccidentWeeksAgo => "accident_weeks_ago",
            Pattern::OlderAccident => "older_accident",
            Pattern::SpineMidBack => "spine_mid_back",
            Pattern::StrongPain => "strong_pain",
            Pattern::GettingWorse => "getting_worse",
            Pattern::LongNotImproving => "long_not_improving",
            Pattern::InflammatoryPattern => "inflammatory_pattern",
            Pattern::NewAfter50 => "new_after_50",
            Pattern::OsteoporosisPain => "osteoporosis_pain",
            Pattern::UncontrolledBloodPressure => "uncontrolled_blood_pressure",
            Pattern::BleedingRisk => "bleeding_risk",
            Pattern::HighRiskPregnancy => "high_risk_pregnancy",
            Pattern::Under18 => "under_18",
        }
    }

    /// The level this pattern calls for, and its source.
    pub const fn rule(self) -> Rule {
        use Level::{Emergency, Soon, Urgent};
        match self {
            Pattern::BothLegs => rule(Emergency, &sources::NHS_SCIATICA_999),
            Pattern::CancerNerveSigns => rule(Emergency, &sources::LOTHIAN_MSCC),
            Pattern::Aneurysm => rule(Emergency, &sources::NHS_AAA),
            Pattern::NeckCordSigns => rule(Urgent, &sources::NECK_MYELOPATHY),
            Pattern::SpineBetweenBlades => rule(Urgent, &sources::NHS_BACK_URGENT),
            Pattern::CancerSpinePain => rule(Urgent, &sources::NG234),
            Pattern::PregnancyBleeding => rule(Urgent, &sources::NHS_PREGNANCY_BLEEDING),
            Pattern::PreEclampsia => rule(Urgent, &sources::NHS_PREECLAMPSIA),
            Pattern::PregnancyUrgent => rule(Urgent, &sources::NHS_PREGNANCY_BACK_PAIN),
            Pattern::SurgeryStrongPain => rule(Urgent, &sources::CLINIC_DECISION),
            Pattern::AccidentWeeksAgo => rule(Urgent, &sources::CLINIC_DECISION),
            Pattern::OlderAccident => rule(Soon, &sources::DOWNIE_2013),
            Pattern::SpineMidBack => rule(Soon, &sources::CLINIC_DECISION),
            Pattern::StrongPain => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::GettingWorse => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::LongNotImproving => rule(Soon, &sources::NHS_BACK_GP),
            Pattern::InflammatoryPattern => rule(Soon, &sources::NG65),
            Pattern::NewAfter50 => rule(Soon, &sources::GCARE_RED_FLAGS),
            Pattern::OsteoporosisPain => rule(Soon, &sources::BHOF_SPINE),
            Pattern::UncontrolledBloodPressure => rule(Soon, &sources::NHS_HIGH_BP),
            Pattern::BleedingRisk => rule(Soon, &sources::MAYO_MASSAGE),
            Pattern::HighRiskPregnancy => rule(Soon, &sources::MAYO_MASSAGE),
            Pattern::Under18 => rule(Soon, &sources::CHILDREN_BACK_PAIN),
        }
    }

    /// When it applies, in plain English (for the rules document).
    pub const fn summary(self) -> &'static str {
        match self {
            Pattern::BothLegs => {
                "Both legs chosen on the body map, and that pain is new, getting worse, or not known"
            }
            Pattern::CancerNerveSigns => {
                "Cancer now or before (the warning sign, or cancer treatment with back pain), with \
                 new weakness in one leg or pain spreading into a leg"
            }
            Pattern::Aneurysm => {
                "Aged 50 or over, lower or middle back chosen, and the pain came on suddenly and \
                 severely with tummy pain, a pulsing feeling in the tummy or feeling faint"
            }
            Pattern::NeckCordSigns => {
                "Neck chosen, with weakness in an arm or hand, clumsy hands, or unsteady walking"
            }
            Pattern::SpineBetweenBlades => {
                "Upper back chosen, and the pain is in the spine itself or the visitor is not sure"
            }
            Pattern::CancerSpinePain => {
                "Cancer treatment now, with pain in the spine of the upper or middle back"
            }
            Pattern::PregnancyBleeding => "Pregnant, with bleeding from the vagina",
            Pattern::PreEclampsia => {
                "Pregnant, with a bad headache, sight problems or sudden swelling"
            }
            Pattern::PregnancyUrgent => {
                "Pregnant, with regular tightenings or period-like pains, leaking fluid, the baby \
                 moving less, or pain when peeing"
            }
            Pattern::SurgeryStrongPain => {
                "Back surgery in the last 3 months (or an operation not yet said where), with pain \
                 of 7 or more or pain getting worse"
            }
            Pattern::AccidentWeeksAgo => {
                "The pain started after a serious fall or accident 1 to 6 weeks ago"
            }
            Pattern::OlderAccident => {
                "The pain started after a serious fall or accident more than 6 weeks ago"
            }
            Pattern::SpineMidBack => {
                "Middle of the back chosen, and the pain is in the spine itself or the visitor is \
                 not sure"
            }
            Pattern::StrongPain => "Pain of 8 or more out of 10",
            Pattern::GettingWorse => "The pain or stiffness is getting worse",
            Pattern::LongNotImproving => {
                "Pain (not stiffness alone) for 6 weeks or more that stays the same, not yet \
                 checked by a doctor or physiotherapist"
            }
            Pattern::InflammatoryPattern => {
                "Morning stiffness of 30 minutes or more that eases with movement, for more than \
                 3 months, aged 18 to 49"
            }
            Pattern::NewAfter50 => "Aged 50 or over, and the first back pain like this",
            Pattern::OsteoporosisPain => {
                "Osteoporosis, a recent fracture or long-term steroid tablets, with back pain that \
                 is new or at 65 or over"
            }
            Pattern::UncontrolledBloodPressure => {
                "High blood pressure that is not under control, or not known to be"
            }
            Pattern::BleedingRisk => {
                "Blood thinners or a bleeding disorder, with very low platelets or bruising or \
                 bleeding very easily"
            }
            Pattern::HighRiskPregnancy => "Pregnant, with high blood pressure or a past blood clot",
            Pattern::Under18 => "Under 18",
        }
    }

    /// True when the pattern is in `a` (answers to hidden questions already removed).
    pub fn applies(self, a: &Answers) -> bool {
        let pain = a.intensity().unwrap_or(0);
        let duration = a.pain_duration;
        let both_legs = a.hurts_in_both_legs();
        let spine = |site: Option<SpineOrMuscles>| {
            matches!(site, Some(SpineOrMuscles::Spine | SpineOrMuscles::NotSure))
        };
        let sign = |s: PregnancySign| a.pregnancy_signs.as_ref().is_some_and(|x| x.contains(&s));
        let accident =
            |when: AccidentWhen| a.has_flag(RedFlag::SeriousFall) && a.accident_when == Some(when);
        let cancer_treatment = a.has_condition(Condition::CancerTreatment);
        match self {
            Pattern::BothLegs => both_legs && a.both_legs_course != Some(LegsCourse::Known),
            Pattern::CancerNerveSigns => {
                (a.has_flag(RedFlag::CancerHistory) || (cancer_treatment && a.has_pain()))
                    && (a.has_flag(RedFlag::OneLegWeakness)
                        || a.hurts_in(BodyArea::LeftLeg)
                        || a.hurts_in(BodyArea::RightLeg))
            }
            Pattern::Aneurysm => a.sudden_severe == Some(true),
            Pattern::NeckCordSigns => a.neck_signs.as_ref().is_some_and(|s| !s.is_empty()),
            Pattern::SpineBetweenBlades => spine(a.upper_back_pain),
            Pattern::CancerSpinePain => {
                cancer_treatment && (spine(a.upper_back_pain) || spine(a.mid_back_pain))
            }
            Pattern::PregnancyBleeding => sign(PregnancySign::Bleeding),
            Pattern::PreEclampsia => sign(PregnancySign::Preeclampsia),
            Pattern::PregnancyUrgent => [
                PregnancySign::Labour,
                PregnancySign::Waters,
                PregnancySign::Movements,
                PregnancySign::Urine,
            ]
            .into_iter()
            .any(sign),
            Pattern::SurgeryStrongPain => {
                a.back_surgery() && (pain >= 7 || a.pain_trend == Some(PainTrend::Worse))
            }
            Pattern::AccidentWeeksAgo => accident(AccidentWhen::Weeks),
            Pattern::OlderAccident => accident(AccidentWhen::Older),
            Pattern::SpineMidBack => spine(a.mid_back_pain),
            Pattern::StrongPain => pain >= 8,
            Pattern::GettingWorse => a.pain_trend == Some(PainTrend::Worse),
            Pattern::LongNotImproving => {
                a.has_pain()
                    && matches!(
                        duration,
                        Some(PainDuration::SixTo12Weeks | PainDuration::Over3Months)
                    )
                    && a.pain_trend == Some(PainTrend::Same)
                    && a.pain_checked != Some(true)
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
                (a.has_condition(Condition::Osteoporosis) || a.has_condition(Condition::Steroids))
                    && a.has_pain()
                    && (a.first_episode == Some(true) || a.age_band == Some(AgeBand::Over65))
            }
            Pattern::HighRiskPregnancy => {
                a.has_condition(Condition::Pregnancy)
                    && (a.has_condition(Condition::HighBloodPressure)
                        || a.has_condition(Condition::BloodClots))
            }
            Pattern::UncontrolledBloodPressure => a.blood_pressure_uncontrolled(),
            Pattern::BleedingRisk => a.low_platelets == Some(true),
            Pattern::Under18 => a.age_band == Some(AgeBand::Under18),
        }
    }
}

/// One thing the visitor told us, as a combination rule reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A warning sign ticked on the safety step.
    Flag(RedFlag),
    /// A health condition ticked.
    Has(Condition),
    /// "Yes" to this yes/no question.
    Yes(&'static str),
}

impl Cue {
    /// True when the visitor told us this.
    pub fn holds(self, a: &Answers) -> bool {
        match self {
            Cue::Flag(flag) => a.has_flag(flag),
            Cue::Has(condition) => a.has_condition(condition),
            Cue::Yes(question) => a.is_chosen(question, "yes"),
        }
    }
}

/// A sign made more urgent by something else the visitor told us: the
/// level is raised when `sign` holds together with any of `with`.
#[derive(Clone, Copy, Debug)]
pub struct Combination {
    /// Stable id (locale key `trigger.{id}`).
    pub id: &'static str,
    /// The sign.
    pub sign: Cue,
    /// What raises it (any one of these).
    pub with: &'static [Cue],
    /// The raised level, and the guidance that says so.
    pub rule: Rule,
}

/// A combination rule, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Combo {
    /// A fever during cancer treatment or with a weakened immune system.
    FeverImmune,
    /// A swollen calf with breathlessness or chest pain.
    CalfBreathless,
    /// Back pain after a minor fall, bump or lift, with osteoporosis or
    /// long-term steroids.
    FragilityFracture,
}

/// The combination rules, in the order of [`Combo`].
#[rustfmt::skip]
pub const COMBINATIONS: &[Combination] = {
    use Cue::{Flag, Has, Yes};
    use Level::{Emergency, Urgent};
    use super::questions::q;
    &[
        Combination {
            id: "fever_immune",
            sign: Flag(RedFlag::Fever),
            with: &[Has(Condition::CancerTreatment), Has(Condition::Steroids), Yes(q::fever_immune)],
            rule: rule(Emergency, &sources::NICE_CG151),
        },
        Combination {
            id: "calf_breathless",
            sign: Flag(RedFlag::CalfSwelling),
            with: &[Flag(RedFlag::ChestPain), Yes(q::calf_breathless)],
            rule: rule(Emergency, &sources::NHS_DVT_999),
        },
        Combination {
            id: "fragility_fracture",
            sign: Yes(q::minor_fall),
            with: &[Has(Condition::Osteoporosis), Has(Condition::Steroids)],
            rule: rule(Urgent, &sources::FRACTURE_RED_FLAGS),
        },
    ]
};

impl Combo {
    /// Every combination rule.
    pub const ALL: &'static [Combo] = &[
        Combo::FeverImmune,
        Combo::CalfBreathless,
        Combo::FragilityFracture,
    ];

    /// Its row of [`COMBINATIONS`].
    pub const fn def(self) -> &'static Combination {
        &COMBINATIONS[self as usize]
    }

    /// True when the answers hold the sign with one of its companions.
    pub fn applies(self, a: &Answers) -> bool {
        let def = self.def();
        def.sign.holds(a) && def.with.iter().any(|cue| cue.holds(a))
    }
}

#[cfg(test)]
mod combo_tests {
    use super::{Combo, COMBINATIONS};

    /// `def` finds a rule by its place: each name's row is its own (the id
    /// is the name in snake case), and every row has a name.
    #[test]
    fn each_combination_is_the_row_of_its_own_name() {
        assert_eq!(Combo::ALL.len(), COMBINATIONS.len());
        for (i, combo) in Combo::ALL.iter().enumerate() {
            assert_eq!(*combo as usize, i);
            let snake: String = format!("{combo:?}")
                .chars()
                .enumerate()
                .flat_map(|(k, c)| {
                    let sep = (k > 0 && c.is_ascii_uppercase()).then_some('_');
                    sep.into_iter()
                        .chain(std::iter::once(c.to_ascii_lowercase()))
                })
                .collect();
            assert_eq!(combo.def().id, snake);
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
    /// A sign made more urgent by something else the visitor told us.
    Combo(Combo),
}

impl Trigger {
    /// The rule behind it.
    pub const fn rule(self) -> Rule {
        match self {
            Trigger::Flag(flag) => flag.rule(),
            Trigger::Pattern(pattern) => pattern.rule(),
            Trigger::Combo(combo) => combo.def().rule,
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
            Trigger::Combo(combo) => combo.def().id,
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
    // A serious accident weeks ago is one of the accident patterns instead.
    let weeks_ago = matches!(
        answers.accident_when,
        Some(AccidentWhen::Weeks | AccidentWhen::Older)
    );
    let flags = answers
        .red_flags
        .iter()
        .flatten()
        .filter(|flag| !(**flag == RedFlag::SeriousFall && weeks_ago))
        .map(|flag| Trigger::Flag(*flag));
    let patterns = Pattern::ALL
        .iter()
        .filter(|p| p.applies(answers))
        .map(|p| Trigger::Pattern(*p));
    let combos = Combo::ALL
        .iter()
        .filter(|c| c.applies(answers))
        .map(|c| Trigger::Combo(*c));
    let mut triggers: Vec<Trigger> = combos.chain(flags).chain(patterns).collect();
    // Most urgent first; within a level, the order above.
    super::order::sort_short_by_key(&mut triggers, |t| std::cmp::Reverse(t.level()));
    let level = triggers
        .iter()
        .map(|t| t.level())
        .max()
        .unwrap_or(Level::Routine);
    Triage { level, triggers }
}
