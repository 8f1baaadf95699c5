//! Properties over arbitrary answers and arbitrary stored strings.

#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/strategies.rs"]
mod strategies;

use massage_advisor::domain::answers::effective;
use massage_advisor::domain::catalogue::{therapy_of, GENTLEST_FIRST};
use massage_advisor::domain::choices::*;
use massage_advisor::domain::engine::{self, Clearance};
use massage_advisor::domain::questions;
use massage_advisor::domain::saved::{decode, Saved};
use massage_advisor::domain::{suggest, suggest_from, Action, Answers};
use massage_advisor::keys::text;
use massage_advisor::locale::{texts, Lang};
use proptest::prelude::*;
use serde_json::Value as Json;
use strategies::{any_answers, Numbers};

/// Arbitrary JSON values: every type, nested, with the questionnaire's own
/// field names and option ids among the keys and strings.
fn any_json() -> impl Strategy<Value = Json> {
    let ids: Vec<&'static str> = questions::all()
        .flat_map(|q| std::iter::once(q.id).chain(q.kind.options().iter().copied()))
        .collect();
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::from),
        any::<i64>().prop_map(Json::from),
        any::<f64>().prop_map(Json::from),
        ".{0,12}".prop_map(Json::from),
        proptest::sample::select(ids.clone()).prop_map(Json::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        let keys = prop_oneof![
            proptest::sample::select(ids.clone()).prop_map(String::from),
            "[a-z_]{1,10}"
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            proptest::collection::btree_map(keys, inner, 0..8)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

/// The therapies a visitor with these answers must never see suggested,
/// written out from the issue's list rather than read from the engine's
/// table, so that the table is checked against what it promises.
fn forbidden(a: &Answers, level: Level) -> Vec<(TherapyId, &'static str)> {
    use TherapyId::*;
    let has = |c| a.has_condition(c);
    let mut out = Vec::new();
    let mut no = |ids: &[TherapyId], why: &'static str| out.extend(ids.iter().map(|t| (*t, why)));
    let heat = [KatiBasti, Swedana, Potli];
    let oil = [OilBased, Abhyanga, KatiBasti, Potli];
    if has(Condition::Pregnancy) {
        no(&[DeepPressure], "pregnancy: no deep pressure");
        no(&heat, "pregnancy: no heat");
    }
    if has(Condition::BloodThinners) {
        no(
            &[DeepPressure, Swedana, Potli],
            "blood thinners: no deep, no Swedana or Potli",
        );
    }
    if has(Condition::BloodClots) {
        no(
            &[DeepPressure, Abhyanga, StretchAssisted],
            "past clot: no deep, nothing on the legs",
        );
    }
    if has(Condition::Osteoporosis) {
        no(
            &[DeepPressure, StretchAssisted],
            "osteoporosis: no deep, no stretching",
        );
    }
    if has(Condition::DiabetesReducedFeeling) {
        no(&[DeepPressure], "reduced feeling: no deep");
        no(&heat, "reduced feeling: no heat");
    }
    if has(Condition::CancerTreatment) {
        no(
            &[DeepPressure, StretchAssisted],
            "cancer treatment: no deep, no stretching",
        );
        no(&heat, "cancer treatment: no heat");
    }
    let herbal = [Abhyanga, KatiBasti, Swedana, Potli];
    if has(Condition::RecentBirth) {
        no(
            &[DeepPressure, Abhyanga, StretchAssisted],
            "a baby in the last 6 weeks: no deep, nothing on the legs",
        );
    }
    if has(Condition::Steroids) {
        no(
            &[DeepPressure, StretchAssisted, Potli],
            "steroid tablets: no firm pressure, no stretching",
        );
    }
    if has(Condition::RecentSurgery) {
        if a.surgery_site == Some(SurgerySite::Elsewhere) {
            no(
                &[DeepPressure, Abhyanga, StretchAssisted],
                "an operation elsewhere: no deep, nothing on the legs",
            );
        } else {
            no(
                &TherapyId::ALL[1..],
                "back surgery (or not said where): gentle relaxation only",
            );
        }
    }
    if has(Condition::HighBloodPressure) {
        no(&[Swedana], "high blood pressure: no steam");
        if a.blood_pressure != Some(BloodPressure::Controlled) {
            no(
                TherapyId::ALL,
                "blood pressure not under control: no massage",
            );
        }
    }
    if has(Condition::SkinProblem) {
        match a.skin_kind {
            Some(SkinKind::Elsewhere) => {}
            Some(SkinKind::Back) => {
                no(&oil, "skin problem on the back: no oil");
                no(&heat, "skin problem on the back: no heat");
            }
            Some(SkinKind::Catching) | None => no(TherapyId::ALL, "may be catching: no massage"),
        }
    }
    if has(Condition::OilAllergy) {
        if a.allergy_kind != Some(AllergyKind::Herbs) {
            no(&oil, "allergic to oils");
        }
        if a.allergy_kind != Some(AllergyKind::Oils) {
            no(&herbal, "allergic to herbs");
        }
    }
    if a.oil_welcome == Some(false) {
        no(&oil, "no oil");
    }
    if a.heat_welcome == Some(false) {
        no(&heat, "no heat wanted");
    }
    if a.intensity().is_some_and(|i| i >= 7) {
        no(
            &[DeepPressure, StretchAssisted],
            "strong pain: no deep, no stretching",
        );
    }
    if level == Level::Soon {
        no(
            &[
                DeepPressure,
                OilBased,
                StretchAssisted,
                LowerBack,
                KatiBasti,
                Swedana,
                Potli,
            ],
            "doctor first: gentle only",
        );
    }
    out
}

/// Cautions that ask for something a therapy cannot give, so they must never
/// sit on its card, nor in "Important for you" while it is suggested.
fn contradicts(caution: &str, t: &massage_advisor::domain::catalogue::Therapy) -> bool {
    let light = [
        "contra.blood_thinners.light",
        "contra.osteoporosis.general",
        "contra.cancer.general",
    ];
    (light.contains(&caution) && !t.light_possible)
        || (caution == "contra.blood_clots.legs" && t.legs)
        || (caution == "contra.osteoporosis.general" && t.stretches)
}

/// The sentences of the rules about heat itself (rather than pressure, oil
/// or a doctor's check): a card refused for one of these means no heat at home.
fn heat_keys() -> Vec<&'static str> {
    engine::PRECAUTIONS
        .iter()
        .filter(|p| p.effect == engine::Effect::Exclude && p.applies.is_about_heat())
        .map(|p| p.key)
        .collect()
}

/// Every promise of the safety rules, for one set of answers.
fn check_advice(a: &Answers) -> Result<(), TestCaseError> {
    let advice = suggest(a);
    let shown = effective(a);
    let level = advice.triage.level;
    for s in &advice.suggestions {
        let t = therapy_of(s.therapy);
        for (id, why) in forbidden(&shown, level) {
            prop_assert!(s.therapy != id, "{:?} suggested although {}", id, why);
        }
        for c in s.cautions.iter().chain(&advice.important) {
            prop_assert!(!contradicts(&c.key, t), "{} on {:?}", c.key, s.therapy);
        }
        // Every reason comes from an answer.
        for r in &s.reasons {
            let signal = engine::all_signals().find(|sig| sig.key() == r.key);
            prop_assert!(signal.is_some(), "unknown reason {}", r.key);
            if let Some(signal) = signal {
                prop_assert!(
                    (signal.holds)(&shown),
                    "{} does not hold for the answers",
                    r.key
                );
            }
        }
        prop_assert!(
            !s.reasons.is_empty() || s.gentlest,
            "{:?} has no reason",
            s.therapy
        );
        // A preference for stronger pressure is never a reason beside a
        // request for light pressure.
        if engine::light_pressure_only(&shown) {
            prop_assert!(s
                .reasons
                .iter()
                .all(|r| r.key != "reason.medium_pressure" && r.key != "reason.firm_pressure"));
        }
    }
    // A rule against every massage (a catching skin condition, blood
    // pressure not under control) leaves nothing to suggest, and says why.
    if !advice.no_massage.is_empty() {
        prop_assert!(
            advice.suggestions.is_empty(),
            "suggestions beside 'no massage'"
        );
        prop_assert!(advice.left_out.iter().all(|l| l.excluded));
    }
    // "At home" never suggests heat when a card was refused for heat.
    if advice.at_home.iter().any(|m| m.key == "home.heat") {
        prop_assert!(engine::heat_at_home_is_safe(&shown));
        for l in &advice.left_out {
            for why in &l.why {
                prop_assert!(
                    !heat_keys().contains(&why.key.as_str()),
                    "heat at home, but {:?} was left out: {}",
                    l.therapy,
                    why.key
                );
            }
        }
    }
    // Gentle relaxation is never ruled out while any therapy is offered,
    // unless no massage at all is advised: the promise below stands on it.
    if !advice.triage.suppresses_therapies() && advice.no_massage.is_empty() {
        prop_assert!(
            !advice
                .left_out
                .iter()
                .any(|l| l.therapy == TherapyId::Relaxation && l.excluded),
            "gentle relaxation was ruled out"
        );
    }
    // Whenever any therapy is allowed, the gentlest of them is suggested.
    let allowed: Vec<TherapyId> = TherapyId::ALL
        .iter()
        .copied()
        .filter(|t| {
            !advice
                .left_out
                .iter()
                .any(|l| l.therapy == *t && l.excluded)
        })
        .collect();
    if !advice.triage.suppresses_therapies() && !allowed.is_empty() {
        let gentlest = GENTLEST_FIRST.iter().find(|t| allowed.contains(t));
        prop_assert!(
            gentlest.is_some_and(|g| advice.suggestions.iter().any(|s| s.therapy == *g)),
            "the gentlest safe therapy {:?} is missing from {:?}",
            gentlest,
            advice
                .suggestions
                .iter()
                .map(|s| s.therapy)
                .collect::<Vec<_>>()
        );
        prop_assert!(
            !advice.at_home.is_empty(),
            "self-care without advice for home"
        );
        prop_assert!(advice.at_home.iter().any(|m| m.key == "home.keep_moving"));
    }
    Ok(())
}

/// Every subset of the conditions with every preference (no sampling), on
/// three different backs: no card contradicts a declared condition, the
/// gentlest safe therapy is always there, every reason comes from an answer.
#[test]
fn every_combination_of_conditions_and_preferences_keeps_every_safety_promise() {
    let bases = [
        common::desk_worker(),
        common::desk_worker_with(|a| {
            a.stiffness = Some(Stiffness::Severe);
            a.stiffness_worst = Some(StiffnessTime::AllDay);
            a.pain_areas = Some([BodyArea::LowerBack, BodyArea::Hips, BodyArea::Neck].into());
            a.pain_duration = Some(PainDuration::Over3Months);
            a.pain_trend = Some(PainTrend::Improving);
            a.eased_by = Some([Relief::Warmth].into());
            a.pain_intensity = Some(5.0);
        }),
        common::desk_worker_with(|a| {
            a.stiffness = Some(Stiffness::Moderate);
            a.pain_intensity = Some(7.0);
            a.age_band = Some(AgeBand::Over65);
            a.eased_by = Some([Relief::Rest].into());
        }),
    ];
    let conditions = Condition::ALL;
    let mut checked = 0;
    for base in &bases {
        for set in 0u32..(1 << conditions.len()) {
            for pressure in Pressure::ALL {
                for oil in [true, false] {
                    for heat in [true, false] {
                        let mut a = base.clone();
                        a.conditions = Some(
                            conditions
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| set & (1 << i) != 0)
                                .map(|(_, c)| *c)
                                .collect(),
                        );
                        // Follow-up questions shown by a condition get the calm answer.
                        a.pregnancy_signs = Some(Default::default());
                        a.pressure = Some(*pressure);
                        a.oil_welcome = Some(oil);
                        a.heat_welcome = Some(heat);
                        if let Err(e) = check_advice(&a) {
                            panic!(
                                "{e} for conditions {:?}, {:?}, oil {oil}, heat {heat}",
                                a.conditions, pressure
                            );
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3 * (1 << conditions.len()) * 3 * 2 * 2);
}

/// The follow-up answers a condition reveals, each way they can be answered
/// (and unanswered): every combination of conditions is tried with each.
type Change = Box<dyn Fn(&mut Answers)>;

fn follow_up_variants() -> Vec<Change> {
    vec![
        Box::new(|_| {}),
        Box::new(|a| {
            a.pregnancy_stage = Some(PregnancyStage::Second);
            a.low_platelets = Some(false);
            a.minor_fall = Some(false);
            a.surgery_site = Some(SurgerySite::Elsewhere);
            a.blood_pressure = Some(BloodPressure::Controlled);
            a.skin_kind = Some(SkinKind::Elsewhere);
            a.allergy_kind = Some(AllergyKind::Herbs);
        }),
        Box::new(|a| {
            a.pregnancy_stage = Some(PregnancyStage::Third);
            a.low_platelets = Some(false);
            a.minor_fall = Some(false);
            a.surgery_site = Some(SurgerySite::Back);
            a.blood_pressure = Some(BloodPressure::Controlled);
            a.skin_kind = Some(SkinKind::Back);
            a.allergy_kind = Some(AllergyKind::Oils);
        }),
        Box::new(|a| {
            a.pregnancy_stage = Some(PregnancyStage::First);
            a.low_platelets = Some(true);
            a.minor_fall = Some(true);
            a.blood_pressure = Some(BloodPressure::NotSure);
            a.skin_kind = Some(SkinKind::Catching);
            a.allergy_kind = Some(AllergyKind::Both);
        }),
    ]
}

/// No combination of conditions shows a therapy that one of them rules out
/// on its own: every subset of the conditions (no sampling), with each way
/// of answering their follow-up questions.
#[test]
fn no_combination_of_conditions_shows_a_therapy_one_of_them_rules_out() {
    let base = common::desk_worker_with(|a| {
        a.stiffness = Some(Stiffness::Severe);
        a.pain_areas = Some([BodyArea::LowerBack, BodyArea::Hips, BodyArea::Neck].into());
        a.neck_signs = Some(Default::default());
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
        a.eased_by = Some([Relief::Warmth, Relief::Movement].into());
        a.pregnancy_signs = Some(Default::default());
    });
    let conditions = Condition::ALL;
    let mut checked = 0;
    for (variant, follow_ups) in follow_up_variants().into_iter().enumerate() {
        let mut suggested = 0;
        let with = |set: &[Condition]| {
            let mut a = base.clone();
            a.conditions = Some(set.iter().copied().collect());
            follow_ups(&mut a);
            a
        };
        let excluded_alone: Vec<Vec<TherapyId>> = conditions
            .iter()
            .map(|c| {
                let advice = suggest(&with(&[*c]));
                let mut out: Vec<TherapyId> = advice
                    .left_out
                    .iter()
                    .filter(|l| l.excluded)
                    .map(|l| l.therapy)
                    .collect();
                if advice.triage.suppresses_therapies() {
                    out = TherapyId::ALL.to_vec();
                }
                out
            })
            .collect();
        for set in 0u32..(1 << conditions.len()) {
            let chosen: Vec<Condition> = conditions
                .iter()
                .enumerate()
                .filter(|(i, _)| set & (1 << i) != 0)
                .map(|(_, c)| *c)
                .collect();
            let advice = suggest(&with(&chosen));
            suggested += advice.suggestions.len();
            for s in &advice.suggestions {
                for (i, c) in conditions.iter().enumerate() {
                    if set & (1 << i) != 0 {
                        assert!(
                            !excluded_alone[i].contains(&s.therapy),
                            "{:?} suggested for {chosen:?}, but {c:?} alone rules it out",
                            s.therapy
                        );
                    }
                }
            }
            checked += 1;
        }
        // Not vacuous: many combinations leave suggestions to check.
        assert!(
            suggested > 100,
            "variant {variant}: only {suggested} suggestions checked"
        );
    }
    assert_eq!(checked, 4 << conditions.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Adding a condition or a warning sign never lowers the level.
    #[test]
    fn adding_a_condition_or_a_sign_never_lowers_the_level(a in any_answers(Numbers::AlsoOutOfRange)) {
        let level = suggest(&a).triage.level;
        for c in Condition::ALL {
            let mut more = a.clone();
            more.conditions.get_or_insert_with(Default::default).insert(*c);
            let raised = suggest(&more).triage.level;
            prop_assert!(raised >= level, "{:?} lowered {:?} to {:?}", c, level, raised);
        }
        for f in RedFlag::ALL {
            let mut more = a.clone();
            more.red_flags.get_or_insert_with(Default::default).insert(*f);
            let raised = suggest(&more).triage.level;
            prop_assert!(raised >= level, "{:?} lowered {:?} to {:?}", f, level, raised);
        }
    }

    #[test]
    fn the_level_is_the_most_urgent_trigger_and_urgent_suppresses_therapies(a in any_answers(Numbers::AlsoOutOfRange)) {
        let advice = suggest(&a);
        let most = advice.triage.triggers.iter().map(|t| t.level()).max().unwrap_or(Level::Routine);
        prop_assert_eq!(advice.triage.level, most);
        if advice.triage.level >= Level::Urgent {
            prop_assert!(advice.suggestions.is_empty());
        }
        if advice.triage.level > Level::Routine {
            prop_assert!(!advice.triage.triggers.is_empty());
        }
        // A ticked sign is never lost: its level (or, for an older accident, soon) is reached.
        let shown = effective(&a);
        for flag in shown.red_flags.iter().flatten() {
            prop_assert!(advice.triage.level >= Level::Soon, "{:?} ticked, level {:?}", flag, advice.triage.level);
        }
    }

    #[test]
    fn an_excluded_therapy_never_appears_and_every_therapy_is_accounted_for(a in any_answers(Numbers::AlsoOutOfRange)) {
        let advice = suggest(&a);
        for left in &advice.left_out {
            prop_assert!(!left.why.is_empty());
            prop_assert!(advice.suggestions.iter().all(|s| s.therapy != left.therapy));
        }
        if !advice.triage.suppresses_therapies() {
            let mut ids: Vec<_> = advice.suggestions.iter().map(|s| s.therapy)
                .chain(advice.left_out.iter().map(|l| l.therapy)).collect();
            ids.sort();
            prop_assert_eq!(ids, TherapyId::ALL.to_vec());
        }
    }

    #[test]
    fn arbitrary_answers_keep_every_safety_promise(a in any_answers(Numbers::AlsoOutOfRange)) {
        check_advice(&a)?;
    }

    #[test]
    fn every_suggestion_has_a_weekly_then_maintenance_plan_and_the_ranking_holds(a in any_answers(Numbers::AlsoOutOfRange)) {
        let advice = suggest(&a);
        if !advice.triage.suppresses_therapies() {
            prop_assert!(!advice.suggestions.is_empty() || !advice.no_massage.is_empty());
        }
        prop_assert!(advice.suggestions.len() <= 3);
        for s in &advice.suggestions {
            prop_assert!(s.plan.weekly_for_weeks >= 3);
            prop_assert!(s.plan.maintenance_every_weeks.0 < s.plan.maintenance_every_weeks.1);
            // Whoever must agree first is named on every card, and only then.
            prop_assert_eq!(&s.plan.start_after, &advice.clearance);
            prop_assert_eq!(s.plan.start_after.contains(&Clearance::Doctor), advice.triage.level == Level::Soon);
        }
        // Ranked by score, but for the gentlest option, which may be added last.
        let merits: Vec<_> = advice.suggestions.iter().filter(|s| !s.gentlest).collect();
        for w in merits.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
        }
        prop_assert!(advice.suggestions.iter().filter(|s| s.gentlest).count() <= 1);
    }

    #[test]
    fn a_clinics_offer_narrows_the_suggestions_and_never_the_safety(
        a in any_answers(Numbers::AlsoOutOfRange),
        offer in proptest::sample::subsequence(TherapyId::ALL.to_vec(), 0..=TherapyId::ALL.len()),
    ) {
        let all = suggest(&a);
        let offered = suggest_from(&a, &offer);
        // Triage, cautions for the visitor and advice for home do not change.
        prop_assert_eq!(&offered.triage, &all.triage);
        prop_assert_eq!(&offered.important, &all.important);
        prop_assert_eq!(&offered.at_home, &all.at_home);
        for s in &offered.suggestions {
            prop_assert!(offer.contains(&s.therapy), "{:?} is not offered", s.therapy);
            // What safety rules out for the visitor stays out.
            prop_assert!(
                !all.left_out.iter().any(|l| l.therapy == s.therapy && l.excluded),
                "{:?} suggested from the offer although ruled out", s.therapy
            );
        }
        for l in &offered.left_out {
            prop_assert!(offer.contains(&l.therapy));
        }
        // Nothing offered suits only when safety rules out every offered therapy.
        if !all.triage.suppresses_therapies() && offered.suggestions.is_empty() {
            prop_assert!(offered.left_out.iter().all(|l| l.excluded));
        }
        // The whole offer is the whole catalogue.
        prop_assert_eq!(suggest_from(&a, TherapyId::ALL), all);
    }

    #[test]
    fn the_same_answers_always_give_the_same_advice(a in any_answers(Numbers::AlsoOutOfRange)) {
        prop_assert_eq!(suggest(&a), suggest(&a.clone()));
    }

    #[test]
    fn every_message_in_any_advice_has_english_text(a in any_answers(Numbers::AlsoOutOfRange)) {
        let en = texts(Lang::En);
        let advice = suggest(&a);
        let msgs = advice.suggestions.iter()
            .flat_map(|s| s.reasons.iter().chain(&s.cautions))
            .chain(advice.left_out.iter().flat_map(|l| &l.why))
            .chain(&advice.important)
            .chain(&advice.at_home);
        for m in msgs {
            prop_assert!(en.has(&m.key), "missing {}", m.key);
            prop_assert!(!en.render(m).contains('{'), "unfilled placeholder in {}", m.key);
        }
        for t in &advice.triage.triggers {
            prop_assert!(en.has(&text::trigger(t.id())));
        }
    }

    #[test]
    fn the_decoder_never_panics_on_arbitrary_strings(raw in ".*") {
        let _ = decode(&raw, 0.0);
    }

    #[test]
    fn the_decoder_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&String::from_utf8_lossy(&bytes), 1.7e12);
    }

    #[test]
    fn the_decoder_never_panics_on_arbitrary_json_values(
        envelope in any_json(),
        answers in any_json(),
        version in prop_oneof![Just(Json::from(1)), Just(Json::from(2)), Just(Json::from(3)), any_json()],
        saved_at in prop_oneof![Just(Json::from(1.7e12)), any_json()],
        step in prop_oneof![Just(Json::from(7)), any_json()],
    ) {
        let _ = decode(&envelope.to_string(), 1.7e12);
        // Also well-formed envelopes around arbitrary answers, so that the
        // decoder's inner layers are reached.
        let object = serde_json::json!({ "version": version, "saved_at": saved_at, "step": step, "answers": answers });
        if let Ok(saved) = decode(&object.to_string(), 1.7e12) {
            // Whatever is accepted is within range.
            prop_assert!(saved.step <= questions::STEPS.len());
            prop_assert!(saved.answers.sitting_hours.is_none_or(|h| questions::SITTING_RANGE.check(h).is_ok()));
        }
    }

    #[test]
    fn the_decoder_never_panics_on_json_shaped_garbage(raw in r#"\{("[a-z_]{1,12}":(-?[0-9]{1,4}(\.[0-9])?|"[a-z_0-9]{0,8}"|null|true|\[\]|\{\}),?){0,8}\}"#) {
        let _ = decode(&raw, 0.0);
    }

    #[test]
    fn saved_answers_round_trip(a in any_answers(Numbers::AlsoOutOfRange), step in 0usize..8) {
        let saved = Saved::new(a, step, 1_000.0);
        let back = decode(&serde_json::to_string(&saved).unwrap_or_default(), 2_000.0);
        prop_assert!(back.is_ok());
        if let Ok(back) = back {
            prop_assert_eq!(back.step, step.min(questions::STEPS.len()));
            prop_assert_eq!(back.answers.stiffness, saved.answers.stiffness);
            prop_assert_eq!(&back.answers.conditions, &saved.answers.conditions);
            prop_assert_eq!(&back.answers.red_flags, &saved.answers.red_flags);
        }
    }

    #[test]
    fn the_reducer_never_panics_and_rejects_what_it_does_not_know(
        question in proptest::sample::select(vec!["stiffness", "pain_areas", "sitting_hours", "oil_welcome", "nope", "red_flags"]),
        option in "[a-z_]{0,12}",
        number in any::<f32>(),
    ) {
        let mut a = Answers::default();
        for action in [Action::Choose(question, option.clone()), Action::Toggle(question, option)] {
            let before = a.clone();
            if a.apply(action).is_err() {
                prop_assert_eq!(&a, &before);
            }
        }
        let _ = a.apply(Action::SetNumber(question, number));
        if let Some(h) = a.sitting_hours {
            prop_assert!((0.0..=24.0).contains(&h));
        }
    }
}
