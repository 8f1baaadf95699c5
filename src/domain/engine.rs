//! The advice engine: triage, then contraindications and preferences, then a
//! deterministic ranking in which every suggestion explains itself.

use super::answers::{effective, Answers};
use super::catalogue::{therapy_of, Therapy, CATALOGUE};
use super::choices::*;
use super::msg::{hours, Msg};
use super::triage::{triage, Triage};

/// How many therapies are suggested at most.
pub const MAX_SUGGESTIONS: usize = 3;

/// The smallest score a therapy needs to be suggested.
pub const MIN_SCORE: i32 = 3;

/// A suggested therapy.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Which therapy.
    pub therapy: TherapyId,
    /// How well it matches; higher is better.
    pub score: i32,
    /// Why it suits this visitor, from their own answers (never empty).
    pub reasons: Vec<Msg>,
    /// What to watch for, given their conditions.
    pub cautions: Vec<Msg>,
    /// How often to go.
    pub plan: Plan,
}

/// A therapy that was not suggested, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    /// Which therapy.
    pub therapy: TherapyId,
    /// Whether a health condition, a preference or the triage rules it out
    /// (as opposed to simply matching less well).
    pub excluded: bool,
    /// Why (never empty).
    pub why: Vec<Msg>,
}

/// How often to go: weekly at first, then occasional maintenance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Weekly sessions for this many weeks.
    pub weekly_for_weeks: u8,
    /// Then one session every `from` to `to` weeks, as comfort improves.
    pub maintenance_every_weeks: (u8, u8),
    /// Typical session length in minutes, from and to.
    pub minutes: (u16, u16),
    /// Start only once a doctor has checked the back.
    pub after_doctor: bool,
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
}

/// Whether a rule rules a therapy out or only asks for care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effect {
    Exclude,
    Caution,
}

/// Which therapies a rule applies to.
#[derive(Clone, Copy, Debug)]
enum Applies {
    All,
    Only(&'static [TherapyId]),
    AllBut(&'static [TherapyId]),
    Oil,
    Heat,
    OilOrHeat,
}

impl Applies {
    fn matches(self, t: &Therapy) -> bool {
        match self {
            Applies::All => true,
            Applies::Only(ids) => ids.contains(&t.id),
            Applies::AllBut(ids) => !ids.contains(&t.id),
            Applies::Oil => t.oil,
            Applies::Heat => t.heat,
            Applies::OilOrHeat => t.oil || t.heat,
        }
    }
}

use TherapyId::*;

/// Contraindications: (condition, therapies, effect, locale key of the why).
/// A condition may have several rows; the first matching `Exclude` wins.
const CONTRAINDICATIONS: &[(Condition, Applies, Effect, &str)] = &[
    (
        Condition::Pregnancy,
        Applies::Only(&[DeepPressure]),
        Effect::Exclude,
        "contra.pregnancy.deep",
    ),
    (
        Condition::Pregnancy,
        Applies::Heat,
        Effect::Exclude,
        "contra.pregnancy.heat",
    ),
    (
        Condition::Pregnancy,
        Applies::Oil,
        Effect::Caution,
        "contra.pregnancy.oil",
    ),
    (
        Condition::Pregnancy,
        Applies::All,
        Effect::Caution,
        "contra.pregnancy.general",
    ),
    (
        Condition::BloodThinners,
        Applies::Only(&[DeepPressure]),
        Effect::Exclude,
        "contra.blood_thinners.deep",
    ),
    (
        Condition::BloodThinners,
        Applies::All,
        Effect::Caution,
        "contra.blood_thinners.general",
    ),
    (
        Condition::Osteoporosis,
        Applies::Only(&[DeepPressure]),
        Effect::Exclude,
        "contra.osteoporosis.deep",
    ),
    (
        Condition::Osteoporosis,
        Applies::Only(&[StretchAssisted]),
        Effect::Caution,
        "contra.osteoporosis.stretch",
    ),
    (
        Condition::Osteoporosis,
        Applies::AllBut(&[StretchAssisted]),
        Effect::Caution,
        "contra.osteoporosis.general",
    ),
    (
        Condition::RecentSurgery,
        Applies::AllBut(&[Relaxation]),
        Effect::Exclude,
        "contra.recent_surgery.gentle_only",
    ),
    (
        Condition::RecentSurgery,
        Applies::All,
        Effect::Caution,
        "contra.recent_surgery.ask_surgeon",
    ),
    (
        Condition::HighBloodPressure,
        Applies::Only(&[Swedana]),
        Effect::Exclude,
        "contra.high_blood_pressure.steam",
    ),
    (
        Condition::HighBloodPressure,
        Applies::Heat,
        Effect::Caution,
        "contra.high_blood_pressure.heat",
    ),
    (
        Condition::DiabetesReducedFeeling,
        Applies::Heat,
        Effect::Exclude,
        "contra.diabetes.heat",
    ),
    (
        Condition::DiabetesReducedFeeling,
        Applies::All,
        Effect::Caution,
        "contra.diabetes.feedback",
    ),
    (
        Condition::SkinProblem,
        Applies::OilOrHeat,
        Effect::Exclude,
        "contra.skin.oil_heat",
    ),
    (
        Condition::SkinProblem,
        Applies::All,
        Effect::Caution,
        "contra.skin.avoid_area",
    ),
    (
        Condition::OilAllergy,
        Applies::Oil,
        Effect::Exclude,
        "contra.oil_allergy",
    ),
    (
        Condition::BloodClots,
        Applies::Only(&[DeepPressure]),
        Effect::Exclude,
        "contra.blood_clots.deep",
    ),
    (
        Condition::BloodClots,
        Applies::All,
        Effect::Caution,
        "contra.blood_clots.legs",
    ),
];

/// Why a therapy is ruled out for these answers; empty when it is not.
fn exclusions(t: &Therapy, a: &Answers, triage: &Triage) -> Vec<Msg> {
    let mut why: Vec<Msg> = CONTRAINDICATIONS
        .iter()
        .filter(|(c, applies, effect, _)| {
            *effect == Effect::Exclude && a.has_condition(*c) && applies.matches(t)
        })
        .map(|(_, _, _, key)| Msg::new(*key))
        .collect();
    if t.oil && a.oil_welcome == Some(false) && !a.has_condition(Condition::OilAllergy) {
        why.push(Msg::new("pref.no_oil"));
    }
    if t.heat && a.heat_welcome == Some(false) {
        why.push(Msg::new("pref.no_heat"));
    }
    if t.pressure == Some(Pressure::Firm) && a.pressure == Some(Pressure::Light) {
        why.push(Msg::new("pref.light_pressure"));
    }
    if triage.level == Level::Soon && !t.gentle {
        why.push(Msg::new("left.wait_for_doctor"));
    }
    why
}

/// The cautions that apply to a therapy that is not ruled out.
fn cautions(t: &Therapy, a: &Answers) -> Vec<Msg> {
    let mut out: Vec<Msg> = Vec::new();
    for (c, applies, effect, key) in CONTRAINDICATIONS {
        if *effect == Effect::Caution && a.has_condition(*c) && applies.matches(t) {
            out.push(Msg::new(*key));
        }
    }
    if t.id == DeepPressure && a.valid_pain_intensity().is_some_and(|i| i >= 7) {
        out.push(Msg::new("caution.intense_pain"));
    }
    if t.id == DeepPressure && a.age_band == Some(AgeBand::Over65) {
        out.push(Msg::new("caution.older_skin"));
    }
    out
}

/// Accumulates points and the reasons behind them.
struct Score {
    points: i32,
    reasons: Vec<Msg>,
}

impl Score {
    fn add(&mut self, when: bool, points: i32, reason: impl FnOnce() -> Msg) {
        if when {
            self.points += points;
            self.reasons.push(reason());
        }
    }

    fn adjust(&mut self, when: bool, points: i32) {
        if when {
            self.points += points;
        }
    }
}

/// How well a therapy matches the answers, with the reasons.
fn score(t: &Therapy, a: &Answers) -> Score {
    let mut s = Score {
        points: 0,
        reasons: Vec::new(),
    };
    let stiffness = a.stiffness;
    let mild = matches!(stiffness, Some(Stiffness::Mild));
    let strong = matches!(stiffness, Some(Stiffness::Moderate | Stiffness::Severe));
    let sit = a.valid_sitting_hours().unwrap_or(0.0);
    let sits_long = sit >= 6.0;
    let worst = a.stiffness_worst;
    let after_sitting = worst == Some(StiffnessTime::AfterSitting);
    let intensity = a.valid_pain_intensity();
    let intense = intensity.is_some_and(|i| i >= 7);
    let chronic = a.pain_duration == Some(PainDuration::Over3Months);
    let weeks = a.pain_duration == Some(PainDuration::SixTo12Weeks);
    let lower = a.hurts_in(BodyArea::LowerBack);
    let hips = a.hurts_in(BodyArea::Hips);
    let neck = a.hurts_in(BodyArea::Neck) || a.hurts_in(BodyArea::Shoulders);
    let areas = a.pain_areas.as_ref().map_or(0, |s| s.len());
    let warmth = a.eased_by(Relief::Warmth);
    let movement = a.eased_by(Relief::Movement);
    let lifting = a
        .work_demands
        .as_ref()
        .is_some_and(|w| w.contains(&WorkDemand::Lifting));
    let standing = a
        .work_demands
        .as_ref()
        .is_some_and(|w| w.contains(&WorkDemand::Standing));
    let long_stretch = matches!(
        a.longest_sitting,
        Some(SittingStretch::UpTo2h | SittingStretch::Over2h)
    );
    let pressure = a.pressure;
    let oil_ok = a.oil_welcome == Some(true);
    let heat_ok = a.heat_welcome == Some(true);
    let stiffness_msg = || match stiffness {
        Some(Stiffness::Severe) => Msg::new("reason.stiffness_severe"),
        _ => Msg::new("reason.stiffness_moderate"),
    };
    let sitting_msg = || {
        if after_sitting {
            Msg::new("reason.sitting_worst_after").arg("hours", hours(sit))
        } else {
            Msg::new("reason.sitting").arg("hours", hours(sit))
        }
    };
    let intensity_msg = || Msg::new("reason.intense_now").arg("intensity", intensity.unwrap_or(0));

    match t.id {
        Relaxation => {
            s.add(mild, 3, || Msg::new("reason.stiffness_mild"));
            s.add(pressure == Some(Pressure::Light), 3, || {
                Msg::new("reason.light_pressure")
            });
            s.add(intense, 2, intensity_msg);
            s.add(
                a.pain_duration == Some(PainDuration::Under6Weeks),
                1,
                || Msg::new("reason.recent_pain"),
            );
            s.add(a.eased_by(Relief::Rest), 1, || Msg::new("reason.rest"));
        }
        DeepPressure => {
            s.add(chronic, 3, || Msg::new("reason.long_lasting"));
            s.add(weeks, 2, || Msg::new("reason.weeks"));
            s.add(strong, 2, stiffness_msg);
            s.add(pressure == Some(Pressure::Firm), 3, || {
                Msg::new("reason.firm_pressure")
            });
            s.add(lifting, 1, || Msg::new("reason.lifting"));
            s.adjust(pressure == Some(Pressure::Medium), -1);
            s.adjust(intense, -3);
            s.adjust(mild, -2);
        }
        OilBased => {
            s.add(oil_ok, 2, || Msg::new("reason.oil_welcome"));
            s.add(warmth, 2, || Msg::new("reason.warmth"));
            s.add(strong, 1, stiffness_msg);
            s.add(pressure == Some(Pressure::Medium), 1, || {
                Msg::new("reason.medium_pressure")
            });
            s.add(lower && chronic, 1, || Msg::new("reason.lumbar_oil"));
        }
        StretchAssisted => {
            s.add(sits_long, 2, sitting_msg);
            s.add(movement, 3, || Msg::new("reason.movement"));
            s.add(long_stretch, 1, || Msg::new("reason.long_stretch"));
            s.add(neck, 1, || Msg::new("reason.neck_shoulders"));
            s.add(hips, 1, || Msg::new("reason.hips"));
            s.adjust(after_sitting && !sits_long, 1);
            s.adjust(intense, -2);
        }
        LowerBack => {
            s.add(lower, 4, || Msg::new("reason.lower_back"));
            s.add(sits_long && lower, 2, sitting_msg);
            s.add(lifting && lower, 2, || Msg::new("reason.lifting"));
            s.add(standing && lower, 1, || Msg::new("reason.standing"));
            s.add(hips && lower, 1, || Msg::new("reason.hips"));
            s.adjust(!lower, -4);
        }
        Abhyanga => {
            s.add(areas >= 3, 2, || {
                Msg::new("reason.several_areas").arg("count", areas)
            });
            s.add(oil_ok, 2, || Msg::new("reason.oil_welcome"));
            s.add(worst == Some(StiffnessTime::AllDay), 1, || {
                Msg::new("reason.all_day")
            });
            s.add(warmth, 1, || Msg::new("reason.warmth"));
            s.add(pressure == Some(Pressure::Light), 1, || {
                Msg::new("reason.light_pressure")
            });
        }
        KatiBasti => {
            s.add(lower, 3, || Msg::new("reason.lower_back"));
            s.add(warmth && lower, 2, || Msg::new("reason.warmth"));
            s.add(chronic && lower, 1, || Msg::new("reason.long_lasting"));
            s.add(oil_ok && lower, 1, || Msg::new("reason.oil_welcome"));
            s.adjust(!lower, -4);
        }
        Swedana => {
            s.add(strong, 2, stiffness_msg);
            s.add(heat_ok, 1, || Msg::new("reason.heat_welcome"));
            s.add(warmth, 2, || Msg::new("reason.warmth"));
            s.add(worst == Some(StiffnessTime::OnWaking), 1, || {
                Msg::new("reason.worst_on_waking")
            });
        }
        Potli => {
            s.add(warmth, 2, || Msg::new("reason.warmth"));
            s.add(heat_ok, 1, || Msg::new("reason.heat_welcome"));
            s.add(strong, 1, stiffness_msg);
            s.add(chronic, 1, || Msg::new("reason.long_lasting"));
        }
    }
    s
}

/// How often to go, from how stiff, how long and how strong the pain is.
fn plan(t: &Therapy, a: &Answers, after_doctor: bool) -> Plan {
    let severe = a.stiffness == Some(Stiffness::Severe)
        || a.valid_pain_intensity().is_some_and(|i| i >= 7)
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
    Plan {
        weekly_for_weeks,
        maintenance_every_weeks,
        minutes: t.minutes,
        after_doctor,
    }
}

/// The advice for `answers`: triage first, then ranked suggestions that
/// explain themselves, and the therapies left out with the reason why.
/// Total and deterministic: any answers, valid or not, give an advice.
pub fn suggest(answers: &Answers) -> Advice {
    let a = effective(answers);
    let triage = triage(&a);
    if triage.suppresses_therapies() {
        return Advice {
            triage,
            suggestions: Vec::new(),
            left_out: Vec::new(),
        };
    }
    let after_doctor = triage.level == Level::Soon;
    let mut left_out = Vec::new();
    let mut ranked = Vec::new();
    for t in CATALOGUE {
        let why = exclusions(t, &a, &triage);
        if !why.is_empty() {
            left_out.push(LeftOut {
                therapy: t.id,
                excluded: true,
                why,
            });
            continue;
        }
        let s = score(t, &a);
        ranked.push(Suggestion {
            therapy: t.id,
            score: s.points,
            reasons: s.reasons,
            cautions: cautions(t, &a),
            plan: plan(t, &a, after_doctor),
        });
    }
    // Stable sort: equal scores keep catalogue order.
    ranked.sort_by_key(|s| std::cmp::Reverse(s.score));
    let mut suggestions = Vec::new();
    let mut weaker = Vec::new();
    for s in ranked {
        if suggestions.len() < MAX_SUGGESTIONS && s.score >= MIN_SCORE && !s.reasons.is_empty() {
            suggestions.push(s);
        } else {
            weaker.push(s);
        }
    }
    if suggestions.is_empty() {
        // Little to go on (no stiffness, no pain): a gentle first session is
        // still worth offering. Relaxation is never ruled out by any rule
        // above, so one gentle therapy is always here.
        if let Some(i) = weaker.iter().position(|s| therapy_of(s.therapy).gentle) {
            let mut s = weaker.remove(i);
            s.reasons.insert(0, Msg::new("reason.gentle_start"));
            suggestions.push(s);
        }
    }
    for s in weaker {
        let why = if s.reasons.is_empty() {
            Msg::new("left.no_match")
        } else {
            Msg::new("left.weaker_match")
        };
        left_out.push(LeftOut {
            therapy: s.therapy,
            excluded: false,
            why: vec![why],
        });
    }
    left_out.sort_by_key(|l| (l.excluded, l.therapy));
    Advice {
        triage,
        suggestions,
        left_out,
    }
}
