//! The advice engine: triage first; then the safety rules, which rule
//! therapies out or add cautions; then a ranking from the visitor's own
//! answers in which every suggestion explains itself; then advice for home.
//! Every rule is a row of a table below with its source, and
//! `docs/clinical-rules.md` is generated from these tables.

use super::answers::{effective, Answers};
use super::catalogue::{therapy_of, Therapy, CATALOGUE, GENTLEST_FIRST};
use super::choices::*;
use super::msg::{decimal, Msg};
use super::order::sort_short_by_key;
use super::sources::{self, Source};
use super::triage::{triage, Triage};

/// How many therapies are suggested at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// The smallest score a therapy needs to be suggested on its merits.
pub const MIN_SCORE: i32 = 3;

/// Pain from which deep pressure and stretching are ruled out.
pub const STRONG_PAIN: u8 = 7;

/// A suggested therapy.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Which therapy.
    pub therapy: TherapyId,
    /// How well it matches; higher is better.
    pub score: i32,
    /// Why it suits this visitor, from their own answers: about the back
    /// first, then daily life, then preferences.
    pub reasons: Vec<Msg>,
    /// True when it is here as the gentlest option that is safe for this
    /// visitor (always among the suggestions when any therapy is allowed).
    pub gentlest: bool,
    /// What to watch for with this therapy in particular (the cautions that
    /// apply to every therapy are in [`Advice::important`]).
    pub cautions: Vec<Msg>,
    /// How often to go.
    pub plan: Plan,
}

/// A therapy that was not suggested, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// Which therapy.
    pub therapy: TherapyId,
    /// Whether a health condition, a preference or the need to see a doctor
    /// rules it out (as opposed to simply matching less well).
    pub excluded: bool,
    /// Why (never empty): the rules that rule it out; or, when it simply
    /// matches less well, what it is for and how it compares.
    pub why: Vec<Msg>,
    /// When it matches less well: what in the visitor's own answers does
    /// fit it (the same sentences as a card's reasons), maybe none.
    pub fits: Vec<Msg>,
}

/// How often to go: weekly at first, then occasional maintenance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Weekly sessions for this many weeks.
    pub weekly_for_weeks: u8,
    /// Then one session every `from` to `to` weeks, as comfort improves.
    pub maintenance_every_weeks: (u8, u8),
    /// Typical session length in minutes, from and to.
    pub minutes: (u16, u16),
    /// Who must agree before the first session (a doctor at "see a doctor
    /// soon"; the midwife, cancer team or surgeon for those conditions).
    pub start_after: Vec<Clearance>,
}

/// Someone whose agreement comes before any session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Clearance {
    /// A doctor, after checking the back ("see a doctor soon").
    Doctor,
    /// The midwife or doctor (pregnancy).
    Midwife,
    /// The cancer team (cancer treatment now).
    CancerTeam,
    /// The surgeon (back surgery in the last 3 months).
    Surgeon,
}

impl Clearance {
    /// Locale key of "Start only once … agrees."
    pub fn key(self) -> &'static str {
        match self {
            Clearance::Doctor => "plan.after_doctor",
            Clearance::Midwife => "plan.after_midwife",
            Clearance::CancerTeam => "plan.after_cancer_team",
            Clearance::Surgeon => "plan.after_surgeon",
        }
    }
}

/// Who must agree before any session, for these answers.
pub fn clearances(a: &Answers, doctor_first: bool) -> Vec<Clearance> {
    let mut out = Vec::new();
    if doctor_first {
        out.push(Clearance::Doctor);
    }
    for (condition, who) in [
        (C::Pregnancy, Clearance::Midwife),
        (C::RecentBirth, Clearance::Midwife),
        (C::CancerTreatment, Clearance::CancerTeam),
        (C::RecentSurgery, Clearance::Surgeon),
    ] {
        if a.has_condition(condition) && !out.contains(&who) {
            out.push(who);
        }
    }
    out
}

/// The whole advice for a set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    /// The triage outcome; always shown first.
    pub triage: Triage,
    /// Ranked suggestions, best first; empty when triage suppresses them.
    pub suggestions: Vec<Suggestion>,
    /// The other therapies and why they were not suggested.
    pub left_out: Vec<LeftOut>,
    /// Why no massage at all is advised for now (a rule that rules out every
    /// therapy: a skin condition that may be catching, blood pressure not
    /// under control); empty otherwise.
    pub no_massage: Vec<Msg>,
    /// Cautions that hold whichever therapy the visitor chooses: said once.
    pub important: Vec<Msg>,
    /// Who must agree before any session: when not empty, nothing is booked
    /// until they have (the clinic offers questions, not a booking).
    pub clearance: Vec<Clearance>,
    /// What to do at home, from the answers (empty when a doctor is needed today).
    pub at_home: Vec<Msg>,
}

// ---- safety rules ----------------------------------------------------------

/// Whose answers a precaution is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A health condition.
    Condition(Condition),
    /// Pain of at least this much right now.
    PainFrom(u8),
    /// A doctor's check comes first ("see a doctor soon").
    DoctorFirst,
    /// Would rather not have oil.
    NoOil,
    /// Would rather not have warmth or steam.
    NoHeat,
    /// Prefers light pressure.
    LightPressure,
    /// A health condition asks for light pressure throughout.
    LightPressureOnly,
    /// Allergic to oil, or would rather not have it.
    OilOut,
    /// Allergic to massage oils (or not said which).
    OilAllergic,
    /// Allergic to herbs (or not said which).
    HerbAllergic,
    /// An operation in the last 3 months on the back (or not said where).
    SurgeryOnBack,
    /// An operation in the last 3 months elsewhere.
    SurgeryElsewhere,
    /// A skin condition on the back that is not catching (or not said which).
    SkinOnBack,
    /// A skin condition that may be catching.
    SkinCatching,
    /// High blood pressure that is not under control, or not known to be.
    UncontrolledBloodPressure,
    /// Pregnant, 12 weeks or more (or not said how far on).
    LatePregnancy,
    /// Long-standing pain in both legs, checked by a doctor and unchanged.
    BothLegsKnown,
}

impl When {
    fn holds(self, a: &Answers, doctor_first: bool) -> bool {
        match self {
            When::Condition(c) => a.has_condition(c),
            When::PainFrom(n) => a.intensity().is_some_and(|i| i >= n),
            When::DoctorFirst => doctor_first,
            When::NoOil => a.oil_welcome == Some(false),
            When::NoHeat => a.heat_welcome == Some(false),
            When::LightPressure => a.pressure == Some(Pressure::Light),
            When::LightPressureOnly => light_pressure_only(a),
            When::OilOut => {
                When::OilAllergic.holds(a, doctor_first) || a.oil_welcome == Some(false)
            }
            When::OilAllergic => {
                a.has_condition(C::OilAllergy) && a.allergy_kind != Some(AllergyKind::Herbs)
            }
            When::HerbAllergic => {
                a.has_condition(C::OilAllergy) && a.allergy_kind != Some(AllergyKind::Oils)
            }
            When::SurgeryOnBack => a.back_surgery(),
            When::SurgeryElsewhere => {
                a.has_condition(C::RecentSurgery) && a.surgery_site == Some(SurgerySite::Elsewhere)
            }
            When::SkinOnBack => {
                a.has_condition(C::SkinProblem) && a.skin_kind != Some(SkinKind::Elsewhere)
            }
            When::SkinCatching => {
                a.has_condition(C::SkinProblem)
                    && !matches!(a.skin_kind, Some(SkinKind::Back | SkinKind::Elsewhere))
            }
            When::UncontrolledBloodPressure => a.blood_pressure_uncontrolled(),
            When::LatePregnancy => {
                a.has_condition(C::Pregnancy) && a.pregnancy_stage != Some(PregnancyStage::First)
            }
            When::BothLegsKnown => {
                a.hurts_in_both_legs() && a.both_legs_course == Some(LegsCourse::Known)
            }
        }
    }
}

/// Which therapies a precaution is about, by what they do.
#[derive(Clone, Copy, Debug)]
pub enum Applies {
    /// Every therapy.
    All,
    /// These therapies.
    Only(&'static [TherapyId]),
    /// Every therapy but these.
    AllBut(&'static [TherapyId]),
    /// Those whose pressure cannot stay light (deep pressure, pressed compresses).
    NotLight,
    /// Those with firm pressure.
    Firm,
    /// Those with medium pressure.
    Medium,
    /// Those that are not gentle (light pressure).
    NotGentle,
    /// Those with oil on the skin.
    Oil,
    /// Those with oil that is warmed but not a heat treatment.
    WarmOil,
    /// Those that apply heat.
    Heat,
    /// Those with oil or heat.
    OilOrHeat,
    /// Those that work the legs.
    Legs,
    /// Those with stretches that bend or twist the spine.
    Stretches,
    /// Those that use herbs.
    Herbal,
}

impl Applies {
    /// True when the precaution is about `t`.
    pub fn matches(self, t: &Therapy) -> bool {
        match self {
            Applies::All => true,
            Applies::Only(ids) => ids.contains(&t.id),
            Applies::AllBut(ids) => !ids.contains(&t.id),
            Applies::NotLight => !t.light_possible,
            Applies::Firm => t.pressure == Some(Pressure::Firm),
            Applies::Medium => t.pressure == Some(Pressure::Medium),
            Applies::NotGentle => !t.is_gentle(),
            Applies::Oil => t.oil,
            Applies::WarmOil => t.oil && !t.heat,
            Applies::Heat => t.heat,
            Applies::OilOrHeat => t.oil || t.heat,
            Applies::Legs => t.legs,
            Applies::Stretches => t.stretches,
            Applies::Herbal => t.herbs,
        }
    }

    /// True when the precaution is about heat itself (rather than pressure,
    /// oil or a doctor's check that also reach heat treatments): advice
    /// for home does not suggest heat when such a rule holds.
    pub fn is_about_heat(self) -> bool {
        matches!(self, Applies::Heat | Applies::OilOrHeat)
    }
}

/// Whether a precaution rules therapies out or asks for care with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Never suggested.
    Exclude,
    /// Suggested with this caution.
    Caution,
}

/// One safety rule: for whom, about which therapies, what it does, the
/// sentence the visitor reads (locale key), and its source.
#[derive(Clone, Copy, Debug)]
pub struct Precaution {
    /// Whose answers it is for.
    pub when: When,
    /// Which therapies.
    pub applies: Applies,
    /// Rule out, or caution.
    pub effect: Effect,
    /// Locale key of the sentence.
    pub key: &'static str,
    /// Where it comes from.
    pub source: &'static Source,
}

const fn precaution(
    when: When,
    applies: Applies,
    effect: Effect,
    key: &'static str,
    source: &'static Source,
) -> Precaution {
    Precaution {
        when,
        applies,
        effect,
        key,
        source,
    }
}

use Applies as A;
use Condition as C;
use Effect::{Caution, Exclude};
use TherapyId::*;
use When::Condition as Has;

/// Every safety rule. A caution never contradicts the card it is on: what a
/// caution asks for (light pressure, no legs, no stretches) is something
/// every therapy it reaches can give, and the therapies that cannot are
/// ruled out by a row beside it.
#[rustfmt::skip]
pub const PRECAUTIONS: &[Precaution] = &[
    precaution(When::SkinCatching, A::All, Exclude, "contra.skin.catching", &sources::NHS_IMPETIGO),
    precaution(When::UncontrolledBloodPressure, A::All, Exclude, "contra.high_blood_pressure.uncontrolled", &sources::NHS_HIGH_BP),
    precaution(Has(C::Pregnancy), A::Only(&[DeepPressure]), Exclude, "contra.pregnancy.deep", &sources::CLINIC_DECISION),
    precaution(Has(C::Pregnancy), A::Heat, Exclude, "contra.pregnancy.heat", &sources::NHS_PREGNANCY_HEAT),
    precaution(Has(C::Pregnancy), A::Stretches, Caution, "contra.pregnancy.stretch", &sources::CLINIC_DECISION),
    precaution(Has(C::Pregnancy), A::Legs, Caution, "contra.pregnancy.legs", &sources::CLINIC_DECISION),
    precaution(Has(C::Pregnancy), A::All, Caution, "contra.pregnancy.general", &sources::NCCIH_MASSAGE),
    precaution(When::LatePregnancy, A::All, Caution, "contra.pregnancy.side", &sources::NHS_PREGNANCY_SIDE),
    precaution(Has(C::RecentBirth), A::Legs, Exclude, "contra.recent_birth.legs", &sources::NHS_DVT_RISK),
    precaution(Has(C::RecentBirth), A::Firm, Exclude, "contra.recent_birth.deep", &sources::CLINIC_DECISION),
    precaution(Has(C::RecentBirth), A::All, Caution, "contra.recent_birth.general", &sources::NHS_DVT_RISK),
    precaution(Has(C::BloodThinners), A::NotLight, Exclude, "contra.blood_thinners.pressure", &sources::NCCIH_MASSAGE),
    precaution(Has(C::BloodThinners), A::Heat, Exclude, "contra.blood_thinners.heat", &sources::CLINIC_DECISION),
    precaution(Has(C::BloodThinners), A::All, Caution, "contra.blood_thinners.light", &sources::NCCIH_MASSAGE),
    precaution(Has(C::Osteoporosis), A::NotLight, Exclude, "contra.osteoporosis.pressure", &sources::MAYO_MASSAGE),
    precaution(Has(C::Osteoporosis), A::Stretches, Exclude, "contra.osteoporosis.stretch", &sources::BHOF_SPINE),
    precaution(Has(C::Osteoporosis), A::All, Caution, "contra.osteoporosis.general", &sources::MAYO_MASSAGE),
    precaution(Has(C::Steroids), A::NotLight, Exclude, "contra.steroids.pressure", &sources::FRACTURE_RED_FLAGS),
    precaution(Has(C::Steroids), A::Stretches, Exclude, "contra.steroids.stretch", &sources::BHOF_SPINE),
    precaution(Has(C::Steroids), A::All, Caution, "contra.steroids.general", &sources::NHS_SEPSIS),
    precaution(Has(C::CancerTreatment), A::NotLight, Exclude, "contra.cancer.pressure", &sources::NCCIH_MASSAGE),
    precaution(Has(C::CancerTreatment), A::Heat, Exclude, "contra.cancer.heat", &sources::HEAT_SAFETY),
    precaution(Has(C::CancerTreatment), A::Stretches, Exclude, "contra.cancer.stretch", &sources::MACMILLAN_MASSAGE),
    precaution(Has(C::CancerTreatment), A::All, Caution, "contra.cancer.general", &sources::MACMILLAN_MASSAGE),
    precaution(When::SurgeryOnBack, A::AllBut(&[Relaxation]), Exclude, "contra.recent_surgery.gentle_only", &sources::MAYO_MASSAGE),
    precaution(When::SurgeryElsewhere, A::Legs, Exclude, "contra.recent_surgery.legs", &sources::NHS_DVT_RISK),
    precaution(When::SurgeryElsewhere, A::Firm, Exclude, "contra.recent_surgery.deep", &sources::MAYO_MASSAGE),
    precaution(Has(C::RecentSurgery), A::All, Caution, "contra.recent_surgery.ask_surgeon", &sources::MAYO_MASSAGE),
    precaution(Has(C::HighBloodPressure), A::Only(&[Swedana]), Exclude, "contra.high_blood_pressure.steam", &sources::HEAT_SAFETY),
    precaution(Has(C::HighBloodPressure), A::Heat, Caution, "contra.high_blood_pressure.heat", &sources::HEAT_SAFETY),
    precaution(Has(C::DiabetesReducedFeeling), A::Heat, Exclude, "contra.diabetes.heat", &sources::HEAT_SAFETY),
    precaution(Has(C::DiabetesReducedFeeling), A::Firm, Exclude, "contra.diabetes.deep", &sources::CLINIC_DECISION),
    precaution(Has(C::DiabetesReducedFeeling), A::WarmOil, Caution, "contra.diabetes.warm_oil", &sources::HEAT_SAFETY),
    precaution(Has(C::DiabetesReducedFeeling), A::All, Caution, "contra.diabetes.feedback", &sources::CLINIC_DECISION),
    precaution(When::SkinOnBack, A::OilOrHeat, Exclude, "contra.skin.oil_heat", &sources::HEAT_SAFETY),
    precaution(Has(C::SkinProblem), A::All, Caution, "contra.skin.avoid_area", &sources::NCCIH_MASSAGE),
    precaution(When::OilAllergic, A::Oil, Exclude, "contra.oil_allergy", &sources::CLINIC_DECISION),
    precaution(When::HerbAllergic, A::Herbal, Exclude, "contra.herb_allergy", &sources::HERBAL_ALLERGY),
    precaution(Has(C::OilAllergy), A::All, Caution, "contra.oil_allergy.tell", &sources::CLINIC_DECISION),
    precaution(Has(C::BloodClots), A::Firm, Exclude, "contra.blood_clots.deep", &sources::MAYO_MASSAGE),
    precaution(Has(C::BloodClots), A::Legs, Exclude, "contra.blood_clots.no_legs", &sources::CLINIC_DECISION),
    precaution(Has(C::BloodClots), A::All, Caution, "contra.blood_clots.legs", &sources::NHS_DVT),
    precaution(When::BothLegsKnown, A::Firm, Exclude, "contra.both_legs_known.deep", &sources::CLINIC_DECISION),
    precaution(When::BothLegsKnown, A::Stretches, Exclude, "contra.both_legs_known.stretch", &sources::CLINIC_DECISION),
    precaution(When::BothLegsKnown, A::All, Caution, "contra.both_legs_known", &sources::LOTHIAN_RED_FLAGS),
    precaution(When::PainFrom(STRONG_PAIN), A::NotLight, Exclude, "contra.strong_pain.deep", &sources::CLINIC_DECISION),
    precaution(When::PainFrom(STRONG_PAIN), A::Stretches, Exclude, "contra.strong_pain.stretch", &sources::CLINIC_DECISION),
    precaution(When::LightPressureOnly, A::Medium, Caution, "contra.light_pressure_card", &sources::NCCIH_MASSAGE),
    precaution(When::OilOut, A::Only(&[Swedana]), Caution, "contra.swedana_no_oil", &sources::PREFERENCE),
    precaution(When::DoctorFirst, A::NotGentle, Exclude, "left.wait_for_doctor", &sources::NG59_ASSESSMENT),
    precaution(When::NoOil, A::Oil, Exclude, "pref.no_oil", &sources::PREFERENCE),
    precaution(When::NoHeat, A::Heat, Exclude, "pref.no_heat", &sources::PREFERENCE),
    precaution(When::LightPressure, A::Firm, Exclude, "pref.light_pressure", &sources::PREFERENCE),
];

/// True when a health condition asks for light pressure throughout: then
/// a preference for medium or firm pressure is no reason for a therapy.
pub fn light_pressure_only(a: &Answers) -> bool {
    [
        C::BloodThinners,
        C::Osteoporosis,
        C::Steroids,
        C::CancerTreatment,
        C::RecentSurgery,
    ]
    .into_iter()
    .any(|c| a.has_condition(c))
}

/// The rows of `effect` that hold for `a` and reach `t`.
fn rules_for(
    t: &Therapy,
    a: &Answers,
    doctor_first: bool,
    effect: Effect,
) -> Vec<&'static Precaution> {
    PRECAUTIONS
        .iter()
        .filter(|p| p.effect == effect && p.applies.matches(t) && p.when.holds(a, doctor_first))
        .collect()
}

fn caution_msg(p: &Precaution, a: &Answers) -> Msg {
    match p.when {
        When::PainFrom(_) => Msg::new(p.key).arg("intensity", a.intensity().unwrap_or(0)),
        _ => Msg::new(p.key),
    }
}

// ---- ranking ---------------------------------------------------------------

/// What an answer is about: the back leads, daily life and preferences
/// support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum About {
    /// Where it hurts, how it feels, how long, what eases it.
    Back,
    /// Sitting and work.
    DailyLife,
    /// Pressure, oil, heat.
    Preference,
}

/// The value a reason's sentence quotes from the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quote {
    /// No sentence at all: the signal only counts (against a therapy, or
    /// beside another signal that says it).
    Silent,
    /// Nothing.
    Nothing,
    /// Sitting hours (`{hours}`).
    Hours,
    /// How many areas hurt (`{count}`).
    Areas,
    /// Pain intensity (`{intensity}`).
    Intensity,
}

/// Something in the answers that can make a therapy suit the visitor: the
/// reason shown is `reason.{id}`, and it is shown only when `holds` is true
/// of the answers, so every reason comes from an answer.
#[derive(Debug)]
pub struct Signal {
    /// Stable id (locale key `reason.{id}`).
    pub id: &'static str,
    /// What it is about.
    pub about: About,
    /// When it is in the answers.
    pub holds: fn(&Answers) -> bool,
    /// What the sentence quotes.
    pub quote: Quote,
    /// In plain English (for the rules document).
    pub summary: &'static str,
}

impl Signal {
    /// The reason's locale key.
    pub fn key(&self) -> String {
        format!("reason.{}", self.id)
    }

    /// True when it has a sentence to show as a reason.
    pub fn speaks(&self) -> bool {
        self.quote != Quote::Silent
    }

    fn message(&self, a: &Answers) -> Msg {
        let msg = Msg::new(self.key());
        match self.quote {
            Quote::Silent | Quote::Nothing => msg,
            Quote::Hours => msg.arg("hours", decimal(a.valid_sitting_hours().unwrap_or(0.0))),
            Quote::Areas => msg.arg("count", a.pain_areas.as_ref().map_or(0, |s| s.len())),
            Quote::Intensity => msg.arg("intensity", a.intensity().unwrap_or(0)),
        }
    }
}

const fn signal(
    id: &'static str,
    about: About,
    quote: Quote,
    summary: &'static str,
    holds: fn(&Answers) -> bool,
) -> Signal {
    Signal {
        id,
        about,
        holds,
        quote,
        summary: sources::doc(summary),
    }
}

fn sits_long(a: &Answers) -> bool {
    a.valid_sitting_hours().is_some_and(|h| h >= 6.0)
}

fn strong_stiffness(a: &Answers) -> bool {
    matches!(a.stiffness, Some(Stiffness::Moderate | Stiffness::Severe))
}

/// The signals, one per thing an answer can say.
pub mod signals {
    use super::*;
    use About::{Back, DailyLife, Preference};
    use Quote::{Areas, Hours, Intensity, Nothing, Silent};

    /// The lower back hurts.
    pub const LOWER_BACK: Signal =
        signal("lower_back", Back, Nothing, "The lower back hurts", |a| {
            a.hurts_in(BodyArea::LowerBack)
        });
    /// The neck or shoulders hurt.
    pub const NECK_SHOULDERS: Signal = signal(
        "neck_shoulders",
        Back,
        Nothing,
        "The neck or shoulders hurt",
        |a| a.hurts_in(BodyArea::Neck) || a.hurts_in(BodyArea::Shoulders),
    );
    /// Tight muscles around the shoulder blades.
    pub const UPPER_BACK_MUSCLES: Signal = signal(
        "upper_back_muscles",
        Back,
        Nothing,
        "Upper back: tight muscles around the shoulder blades",
        |a| a.upper_back_pain == Some(SpineOrMuscles::Muscles),
    );
    /// Tight muscles in the middle of the back.
    pub const MID_BACK_MUSCLES: Signal = signal(
        "mid_back_muscles",
        Back,
        Nothing,
        "Middle of the back: tight muscles",
        |a| a.mid_back_pain == Some(SpineOrMuscles::Muscles),
    );
    /// The hips or buttocks hurt.
    pub const HIPS: Signal = signal("hips", Back, Nothing, "The hips or buttocks hurt", |a| {
        a.hurts_in(BodyArea::Hips)
    });
    /// Three areas or more hurt.
    pub const SEVERAL_AREAS: Signal = signal(
        "several_areas",
        Back,
        Areas,
        "Three or more areas hurt",
        |a| a.pain_areas.as_ref().is_some_and(|s| s.len() >= 3),
    );
    /// Mild stiffness.
    pub const STIFFNESS_MILD: Signal =
        signal("stiffness_mild", Back, Nothing, "Mild stiffness", |a| {
            a.stiffness == Some(Stiffness::Mild)
        });
    /// Moderate stiffness.
    pub const STIFFNESS_MODERATE: Signal = signal(
        "stiffness_moderate",
        Back,
        Nothing,
        "Moderate stiffness",
        |a| a.stiffness == Some(Stiffness::Moderate),
    );
    /// Severe stiffness.
    pub const STIFFNESS_SEVERE: Signal =
        signal("stiffness_severe", Back, Nothing, "Severe stiffness", |a| {
            a.stiffness == Some(Stiffness::Severe)
        });
    /// Stiffness worst after sitting (with few sitting hours).
    pub const WORST_AFTER_SITTING: Signal = signal(
        "worst_after_sitting",
        Back,
        Nothing,
        "Stiffness worst after sitting (sitting under 6 hours a day)",
        |a| a.stiffness_worst == Some(StiffnessTime::AfterSitting) && !sits_long(a),
    );
    /// Stiffness worst on waking.
    pub const WORST_ON_WAKING: Signal = signal(
        "worst_on_waking",
        Back,
        Nothing,
        "Stiffness worst on waking",
        |a| a.stiffness_worst == Some(StiffnessTime::OnWaking),
    );
    /// Stiffness all day.
    pub const ALL_DAY: Signal = signal("all_day", Back, Nothing, "Stiffness all day", |a| {
        a.stiffness_worst == Some(StiffnessTime::AllDay)
    });
    /// More than 3 months.
    pub const LONG_LASTING: Signal = signal(
        "long_lasting",
        Back,
        Nothing,
        "Pain or stiffness for more than 3 months",
        |a| a.pain_duration == Some(PainDuration::Over3Months),
    );
    /// 6 to 12 weeks.
    pub const WEEKS: Signal = signal(
        "weeks",
        Back,
        Nothing,
        "Pain or stiffness for 6 to 12 weeks",
        |a| a.pain_duration == Some(PainDuration::SixTo12Weeks),
    );
    /// Under 6 weeks.
    pub const RECENT: Signal = signal(
        "recent_pain",
        Back,
        Nothing,
        "Pain or stiffness for less than 6 weeks",
        |a| a.pain_duration == Some(PainDuration::Under6Weeks),
    );
    /// Pain of 5 or more now.
    pub const STRONG_NOW: Signal = signal(
        "intense_now",
        Back,
        Intensity,
        "Pain of 5 or more out of 10 right now",
        |a| a.intensity().is_some_and(|i| i >= 5),
    );
    /// Little stiffness or pain.
    pub const LITTLE: Signal = signal(
        "gentle_start",
        Back,
        Nothing,
        "Little stiffness (none or mild) and pain of 3 or less",
        |a| {
            matches!(a.stiffness, Some(Stiffness::None | Stiffness::Mild))
                && a.intensity().is_some_and(|i| i <= 3)
        },
    );
    /// Warmth eases it.
    pub const WARMTH: Signal = signal("warmth", Back, Nothing, "Warmth eases it", |a| {
        a.eased_by(Relief::Warmth)
    });
    /// Movement eases it.
    pub const MOVEMENT: Signal = signal("movement", Back, Nothing, "Moving around eases it", |a| {
        a.eased_by(Relief::Movement)
    });
    /// Rest eases it.
    pub const REST: Signal = signal("rest", Back, Nothing, "Resting eases it", |a| {
        a.eased_by(Relief::Rest)
    });
    /// Sits 6 hours or more, stiffness not worst after sitting.
    pub const SITS_LONG: Signal = signal(
        "sitting",
        DailyLife,
        Hours,
        "Sits 6 hours or more a day",
        |a| sits_long(a) && a.stiffness_worst != Some(StiffnessTime::AfterSitting),
    );
    /// Sits 6 hours or more, stiffness worst after sitting.
    pub const SITS_LONG_WORST_AFTER: Signal = signal(
        "sitting_worst_after",
        DailyLife,
        Hours,
        "Sits 6 hours or more a day, stiffness worst after sitting",
        |a| sits_long(a) && a.stiffness_worst == Some(StiffnessTime::AfterSitting),
    );
    /// Sits for an hour or more without a break.
    pub const LONG_STRETCH: Signal = signal(
        "long_stretch",
        DailyLife,
        Nothing,
        "Often sits more than an hour without a break",
        |a| {
            matches!(
                a.longest_sitting,
                Some(SittingStretch::UpTo2h | SittingStretch::Over2h)
            )
        },
    );
    /// Lifts at work.
    pub const LIFTING: Signal = signal(
        "lifting",
        DailyLife,
        Nothing,
        "Lifts or carries at work",
        |a| {
            a.work_demands
                .as_ref()
                .is_some_and(|w| w.contains(&WorkDemand::Lifting))
        },
    );
    /// Stands at work.
    pub const STANDING: Signal = signal(
        "standing",
        DailyLife,
        Nothing,
        "Stands for long periods at work",
        |a| {
            a.work_demands
                .as_ref()
                .is_some_and(|w| w.contains(&WorkDemand::Standing))
        },
    );
    /// Prefers light pressure.
    pub const LIGHT_PRESSURE: Signal = signal(
        "light_pressure",
        Preference,
        Nothing,
        "Prefers light pressure",
        |a| a.pressure == Some(Pressure::Light),
    );
    /// Prefers medium pressure (and no condition asks for light).
    pub const MEDIUM_PRESSURE: Signal = signal(
        "medium_pressure",
        Preference,
        Nothing,
        "Prefers medium pressure, and no condition asks for light pressure",
        |a| a.pressure == Some(Pressure::Medium) && !light_pressure_only(a),
    );
    /// Prefers firm pressure (and no condition asks for light).
    pub const FIRM_PRESSURE: Signal = signal(
        "firm_pressure",
        Preference,
        Nothing,
        "Prefers firm pressure, and no condition asks for light pressure",
        |a| a.pressure == Some(Pressure::Firm) && !light_pressure_only(a),
    );
    /// Welcomes oil.
    pub const OIL: Signal = signal(
        "oil_welcome",
        Preference,
        Nothing,
        "Happy to have oil used",
        |a| a.oil_welcome == Some(true),
    );
    /// Welcomes heat.
    pub const HEAT: Signal = signal(
        "heat_welcome",
        Preference,
        Nothing,
        "Happy with warmth and steam",
        |a| a.heat_welcome == Some(true),
    );
    /// Strong stiffness (moderate or severe): counts, says nothing.
    pub const STRONG_STIFFNESS: Signal = signal(
        "strong_stiffness",
        Back,
        Silent,
        "Moderate or severe stiffness",
        strong_stiffness,
    );
    /// The lower back does not hurt (against lower-back therapies).
    pub const NOT_LOWER_BACK: Signal = signal(
        "not_lower_back",
        Back,
        Silent,
        "The lower back does not hurt",
        |a| !a.hurts_in(BodyArea::LowerBack),
    );
}

/// How much one signal counts for one therapy (negative: against it), and
/// where the match comes from.
#[derive(Debug)]
pub struct Fit {
    /// The therapy.
    pub therapy: TherapyId,
    /// The signal.
    pub signal: &'static Signal,
    /// Points (a negative fit never shows as a reason).
    pub points: i32,
    /// Where it comes from.
    pub source: &'static Source,
}

const fn fit(therapy: TherapyId, signal: &'static Signal, points: i32) -> Fit {
    let source = match signal.about {
        About::Preference => &sources::PREFERENCE,
        About::Back | About::DailyLife => &sources::CLINIC_ARTICLE,
    };
    Fit {
        therapy,
        signal,
        points,
        source,
    }
}

/// The ranking: how each answer counts for each therapy. The weights follow
/// the clinic's article (mild stiffness: lighter sessions; long-term
/// tightness: deeper, structured work; the lower back for those who sit or
/// lift; warm oil and herbal heat for stiffness eased by warmth); the back
/// leads, preferences add at most a point or two.
#[rustfmt::skip]
pub const FITS: &[Fit] = {
    use signals::*;
    &[
        fit(Relaxation, &STIFFNESS_MILD, 3),
        fit(Relaxation, &STRONG_NOW, 2),
        fit(Relaxation, &RECENT, 1),
        fit(Relaxation, &REST, 1),
        fit(Relaxation, &UPPER_BACK_MUSCLES, 1),
        fit(Relaxation, &MID_BACK_MUSCLES, 1),
        fit(Relaxation, &LIGHT_PRESSURE, 2),
        fit(DeepPressure, &LONG_LASTING, 3),
        fit(DeepPressure, &WEEKS, 2),
        fit(DeepPressure, &STIFFNESS_MODERATE, 2),
        fit(DeepPressure, &STIFFNESS_SEVERE, 2),
        fit(DeepPressure, &LIFTING, 1),
        fit(DeepPressure, &FIRM_PRESSURE, 2),
        fit(DeepPressure, &MEDIUM_PRESSURE, -1),
        fit(DeepPressure, &STIFFNESS_MILD, -2),
        fit(DeepPressure, &STRONG_NOW, -3),
        fit(OilBased, &WARMTH, 2),
        fit(OilBased, &STIFFNESS_MODERATE, 1),
        fit(OilBased, &STIFFNESS_SEVERE, 1),
        fit(OilBased, &UPPER_BACK_MUSCLES, 1),
        fit(OilBased, &MID_BACK_MUSCLES, 1),
        fit(OilBased, &OIL, 1),
        fit(OilBased, &MEDIUM_PRESSURE, 1),
        fit(StretchAssisted, &MOVEMENT, 3),
        fit(StretchAssisted, &SITS_LONG_WORST_AFTER, 3),
        fit(StretchAssisted, &SITS_LONG, 2),
        fit(StretchAssisted, &WORST_AFTER_SITTING, 2),
        fit(StretchAssisted, &LONG_STRETCH, 1),
        fit(StretchAssisted, &NECK_SHOULDERS, 1),
        fit(StretchAssisted, &HIPS, 1),
        fit(StretchAssisted, &STRONG_NOW, -2),
        fit(LowerBack, &LOWER_BACK, 6),
        fit(LowerBack, &HIPS, 1),
        fit(LowerBack, &LIFTING, 2),
        fit(LowerBack, &STANDING, 1),
        fit(LowerBack, &SITS_LONG, 1),
        fit(LowerBack, &SITS_LONG_WORST_AFTER, 2),
        fit(LowerBack, &NOT_LOWER_BACK, -6),
        fit(Abhyanga, &SEVERAL_AREAS, 3),
        fit(Abhyanga, &ALL_DAY, 1),
        fit(Abhyanga, &WARMTH, 1),
        fit(Abhyanga, &OIL, 1),
        fit(Abhyanga, &LIGHT_PRESSURE, 1),
        fit(KatiBasti, &LOWER_BACK, 2),
        fit(KatiBasti, &LONG_LASTING, 2),
        fit(KatiBasti, &WARMTH, 2),
        fit(KatiBasti, &HEAT, 1),
        fit(KatiBasti, &NOT_LOWER_BACK, -6),
        fit(Swedana, &STIFFNESS_MODERATE, 2),
        fit(Swedana, &STIFFNESS_SEVERE, 2),
        fit(Swedana, &WARMTH, 2),
        fit(Swedana, &WORST_ON_WAKING, 1),
        fit(Swedana, &HEAT, 1),
        fit(Potli, &WARMTH, 2),
        fit(Potli, &STRONG_STIFFNESS, 1),
        fit(Potli, &LONG_LASTING, 1),
        fit(Potli, &HEAT, 1),
    ]
};

/// Every signal that can be a reason, once each, for the tests and the document.
pub fn all_signals() -> impl Iterator<Item = &'static Signal> {
    let mut seen: Vec<&'static str> = Vec::new();
    FITS.iter()
        .map(|f| f.signal)
        .chain(GENTLE_REASONS.iter().copied())
        .filter(move |s| {
            let new = !seen.contains(&s.id);
            seen.push(s.id);
            new
        })
}

/// A therapy's score for some answers, and its reasons.
#[derive(Clone)]
struct Ranked {
    therapy: TherapyId,
    points: i32,
    /// Strongest first, the back leading.
    reasons: Vec<(&'static Signal, i32)>,
}

impl Ranked {
    fn of(therapy: TherapyId, a: &Answers) -> Ranked {
        let mut points = 0;
        let mut reasons = Vec::new();
        for f in FITS
            .iter()
            .filter(|f| f.therapy == therapy && (f.signal.holds)(a))
        {
            points += f.points;
            // A signal with no sentence of its own only counts.
            if f.points > 0 && f.signal.speaks() {
                reasons.push((f.signal, f.points));
            }
        }
        sort_short_by_key(&mut reasons, |(s, p)| (s.about, std::cmp::Reverse(*p)));
        Ranked {
            therapy,
            points,
            reasons,
        }
    }

    /// True when one of its reasons is about the back (the back leads).
    fn led_by_the_back(&self) -> bool {
        self.reasons.iter().any(|(s, _)| s.about == About::Back)
    }
}

/// The reason for the gentlest option when its own fits give none about the
/// back: the first of these that the answers bear out.
pub const GENTLE_REASONS: &[&Signal] = &[
    &signals::STRONG_NOW,
    &signals::LITTLE,
    &signals::STIFFNESS_MILD,
    &signals::RECENT,
];

/// How often to go, from how stiff, how long and how strong the pain is;
/// sessions kept short during cancer treatment (Macmillan: the cancer team
/// may advise about 20 minutes).
fn plan(t: &Therapy, a: &Answers, start_after: Vec<Clearance>) -> Plan {
    let severe = a.stiffness == Some(Stiffness::Severe)
        || a.intensity().is_some_and(|i| i >= 7)
        || a.pain_duration == Some(PainDuration::Over3Months);
    let moderate = a.stiffness == Some(Stiffness::Moderate)
        || a.pain_duration == Some(PainDuration::SixTo12Weeks);
    let weekly_for_weeks = if severe {
        6
    } else if moderate {
        4
    } else {
        3
    };
    let maintenance_every_weeks = if a.pain_duration == Some(PainDuration::Over3Months) {
        (2, 3)
    } else {
        (3, 4)
    };
    let minutes = if a.has_condition(C::CancerTreatment) {
        (t.minutes.0.min(20), t.minutes.1.min(30))
    } else {
        t.minutes
    };
    Plan {
        weekly_for_weeks,
        maintenance_every_weeks,
        minutes,
        start_after,
    }
}

// ---- at home ---------------------------------------------------------------

/// One piece of advice for home: shown when `holds`, with its source.
#[derive(Debug)]
pub struct HomeTip {
    /// Locale key of the sentence.
    pub key: &'static str,
    /// When it is given (the flag: a doctor comes first).
    pub holds: fn(&Answers, bool) -> bool,
    /// In plain English (for the rules document).
    pub summary: &'static str,
    /// Where it comes from.
    pub source: &'static Source,
}

/// The rules with `effect` that apply to every therapy and hold for the
/// visitor: with `Exclude`, those that rule out every massage for now (see
/// [`Advice::no_massage`]); with `Caution`, what is important for them.
fn for_every_therapy(
    a: &Answers,
    doctor_first: bool,
    effect: Effect,
) -> impl Iterator<Item = &'static Precaution> + '_ {
    PRECAUTIONS.iter().filter(move |p| {
        p.effect == effect && matches!(p.applies, Applies::All) && p.when.holds(a, doctor_first)
    })
}

/// True when a rule rules out every massage for now (see [`Advice::no_massage`]).
fn no_massage_for_now(a: &Answers, doctor_first: bool) -> bool {
    for_every_therapy(a, doctor_first, Exclude).next().is_some()
}

/// True when heat at home is safe for the visitor: no rule about heat
/// itself rules a therapy out for them (their health, or their own wish),
/// so that "At home" never suggests what a card was refused for.
pub fn heat_at_home_is_safe(a: &Answers) -> bool {
    !PRECAUTIONS
        .iter()
        .any(|p| p.effect == Exclude && p.applies.is_about_heat() && p.when.holds(a, false))
}

/// Advice for home, in the order shown.
pub const AT_HOME: &[HomeTip] = &[
    HomeTip {
        key: "home.keep_moving",
        holds: |_, _| true,
        summary: sources::doc("Always: keep moving and carry on with daily activities"),
        source: &sources::NG59_SELF_MANAGEMENT,
    },
    HomeTip {
        key: "home.with_exercise",
        holds: |a, doctor_first| !no_massage_for_now(a, doctor_first),
        summary: sources::doc(
            "Always, unless no massage is advised for now: massage alongside exercise, not \
                  instead of it",
        ),
        source: &sources::NG59_MANUAL_THERAPY,
    },
    HomeTip {
        key: "home.sitting_breaks",
        holds: |a, _| sits_long(a) || (signals::LONG_STRETCH.holds)(a),
        summary: sources::doc(
            "Sits 6 hours or more, or over an hour at a stretch: break up sitting",
        ),
        source: &sources::NHS_SIT_LESS,
    },
    HomeTip {
        key: "home.heat",
        holds: |a, _| a.eased_by(Relief::Warmth) && heat_at_home_is_safe(a),
        summary: sources::doc(
            "Warmth eases it, and no rule about heat rules a therapy out for them (the same \
                  rules as the cards: pregnancy, blood thinners, cancer treatment, reduced \
                  feeling, a skin problem on the back, or no wish for heat): a warm pack, wrapped",
        ),
        source: &sources::HEAT_SAFETY,
    },
    HomeTip {
        key: "home.stiffness_check",
        holds: |a, doctor_first| {
            !doctor_first
                && a.only_stiffness()
                && a.pain_duration == Some(PainDuration::Over3Months)
        },
        summary: sources::doc(
            "No pain, only stiffness, for more than 3 months: mention it to a doctor at a \
                  routine visit (the inflammatory pattern NG65 looks for is about stiffness too)",
        ),
        source: &sources::NG65,
    },
    HomeTip {
        key: "home.lifting",
        holds: |a, _| (signals::LIFTING.holds)(a),
        summary: sources::doc("Lifts at work: lift close to the body, bend the knees"),
        source: &sources::NHS_BACK_SELF_CARE,
    },
    HomeTip {
        key: "home.if_worse",
        holds: |_, doctor_first| !doctor_first,
        summary: sources::doc("No doctor needed first: when to see one, and which signs mean 999"),
        source: &sources::NHS_BACK_GP,
    },
    HomeTip {
        key: "home.if_worse_soon",
        holds: |_, doctor_first| doctor_first,
        summary: sources::doc(
            "A doctor comes first: see one sooner if it gets worse, and which signs mean 999",
        ),
        source: &sources::NHS_BACK_999,
    },
];

// ---- the advice ------------------------------------------------------------

/// The advice for `answers`: triage first, then ranked suggestions that
/// explain themselves, the therapies left out and why, the cautions for the
/// visitor, and advice for home. Total and deterministic: any answers,
/// valid or not, give an advice.
pub fn suggest(answers: &Answers) -> Advice {
    suggest_from(answers, TherapyId::ALL)
}

/// [`suggest`], among the therapies `offered` only (a clinic's own offer):
/// the others are neither suggested nor listed as left out. The safety rules
/// are the same; when nothing offered suits, there is no suggestion.
pub fn suggest_from(answers: &Answers, offered: &[TherapyId]) -> Advice {
    let a = effective(answers);
    let triage = triage(&a);
    if triage.suppresses_therapies() {
        return Advice {
            triage,
            suggestions: Vec::new(),
            left_out: Vec::new(),
            no_massage: Vec::new(),
            important: Vec::new(),
            clearance: Vec::new(),
            at_home: Vec::new(),
        };
    }
    let doctor_first = triage.level == Level::Soon;
    let mut left_out = Vec::new();
    let mut allowed = Vec::new();
    for t in CATALOGUE.iter().filter(|t| offered.contains(&t.id)) {
        let exclusions = rules_for(t, &a, doctor_first, Exclude);
        if exclusions.is_empty() {
            allowed.push(t.id);
        } else {
            let mut why: Vec<Msg> = Vec::new();
            for p in exclusions {
                let msg = caution_msg(p, &a);
                if !why.contains(&msg) {
                    why.push(msg);
                }
            }
            left_out.push(LeftOut {
                therapy: t.id,
                excluded: true,
                why,
                fits: Vec::new(),
            });
        }
    }

    // Ranked by score; equal scores keep catalogue order. A therapy needs a
    // reason about the back to be suggested on its merits.
    let mut ranked: Vec<Ranked> = allowed.iter().map(|&t| Ranked::of(t, &a)).collect();
    sort_short_by_key(&mut ranked, |r| std::cmp::Reverse(r.points));
    let mut chosen: Vec<TherapyId> = ranked
        .iter()
        .filter(|r| r.points >= MIN_SCORE && r.led_by_the_back())
        .map(|r| r.therapy)
        .take(MAX_SUGGESTIONS)
        .collect();
    // The gentlest safe therapy is always offered.
    let gentlest = GENTLEST_FIRST.iter().copied().find(|t| allowed.contains(t));
    let mut gentlest_added = None;
    if let Some(g) = gentlest {
        if !chosen.contains(&g) {
            if chosen.len() == MAX_SUGGESTIONS {
                chosen.pop();
            }
            chosen.push(g);
            gentlest_added = Some(g);
        }
    }

    let suggestions: Vec<Suggestion> = chosen
        .iter()
        .map(|&id| {
            let r = Ranked::of(id, &a);
            let mut reasons: Vec<Msg> = r.reasons.iter().map(|(s, _)| s.message(&a)).collect();
            let is_gentlest = gentlest_added == Some(id);
            if is_gentlest && !r.led_by_the_back() {
                if let Some(s) = GENTLE_REASONS.iter().find(|s| (s.holds)(&a)) {
                    reasons.insert(0, s.message(&a));
                }
            }
            let t = therapy_of(id);
            let cautions = rules_for(t, &a, doctor_first, Caution)
                .into_iter()
                .filter(|p| !matches!(p.applies, Applies::All))
                .map(|p| caution_msg(p, &a))
                .collect();
            Suggestion {
                therapy: id,
                score: r.points,
                reasons,
                gentlest: is_gentlest,
                cautions,
                plan: plan(t, &a, clearances(&a, doctor_first)),
            }
        })
        .collect();

    // Matching less well is said specifically: what the therapy is for,
    // what of the visitor's answers fits it, and that the others fit more.
    for r in ranked.iter().filter(|r| !chosen.contains(&r.therapy)) {
        let fits: Vec<Msg> = r.reasons.iter().map(|(s, _)| s.message(&a)).collect();
        let compared = if fits.is_empty() {
            "left.no_match"
        } else {
            "left.weaker_match"
        };
        left_out.push(LeftOut {
            therapy: r.therapy,
            excluded: false,
            why: vec![
                Msg::new(format!("therapy.{}.for", r.therapy.id())),
                Msg::new(compared),
            ],
            fits,
        });
    }
    sort_short_by_key(&mut left_out, |l| (l.excluded, l.therapy));

    let no_massage = for_every_therapy(&a, doctor_first, Exclude)
        .map(|p| caution_msg(p, &a))
        .collect();
    let important = for_every_therapy(&a, doctor_first, Caution)
        .map(|p| caution_msg(p, &a))
        .collect();
    let at_home = AT_HOME
        .iter()
        .filter(|tip| (tip.holds)(&a, doctor_first))
        .map(|tip| Msg::new(tip.key))
        .collect();
    Advice {
        triage,
        suggestions,
        left_out,
        no_massage,
        important,
        clearance: clearances(&a, doctor_first),
        at_home,
    }
}
