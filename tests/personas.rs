//! Personas: realistic visitors with the outcome and top suggestions a
//! careful therapist would expect for them.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use massage_advisor::domain::choices::TherapyId::*;
use massage_advisor::domain::choices::*;
use massage_advisor::domain::{suggest, Advice, Answers};
use massage_advisor::locale::{texts, Lang};

fn set<T: Ord + Copy>(items: &[T]) -> Option<BTreeSet<T>> {
    Some(items.iter().copied().collect())
}

mod common;
use common::desk_worker;

fn with(f: impl FnOnce(&mut Answers)) -> Answers {
    common::desk_worker_with(f)
}

fn with_condition(c: Condition) -> Answers {
    with(|a| a.conditions = set(&[c]))
}

fn with_flag(f: RedFlag) -> Answers {
    with(|a| a.red_flags = set(&[f]))
}

fn top(advice: &Advice) -> Vec<TherapyId> {
    advice.suggestions.iter().map(|s| s.therapy).collect()
}

fn suggested(advice: &Advice, t: TherapyId) -> bool {
    top(advice).contains(&t)
}

fn excluded(advice: &Advice, t: TherapyId) -> Vec<String> {
    advice
        .left_out
        .iter()
        .filter(|l| l.therapy == t && l.excluded)
        .flat_map(|l| l.why.iter().map(|m| m.key.clone()))
        .collect()
}

fn rendered_reasons(advice: &Advice, t: TherapyId) -> Vec<String> {
    let en = texts(Lang::En);
    advice
        .suggestions
        .iter()
        .filter(|s| s.therapy == t)
        .flat_map(|s| s.reasons.iter().map(|m| en.render(m)))
        .collect()
}

fn cautions(advice: &Advice, t: TherapyId) -> Vec<String> {
    advice
        .suggestions
        .iter()
        .filter(|s| s.therapy == t)
        .flat_map(|s| s.cautions.iter().map(|m| m.key.clone()))
        .collect()
}

#[test]
fn desk_worker_with_mild_stiffness_gets_stretch_and_lower_back_work() {
    let advice = suggest(&desk_worker());
    assert_eq!(advice.triage.level, Level::Routine);
    assert_eq!(top(&advice), vec![StretchAssisted, LowerBack, Relaxation]);
    let why = rendered_reasons(&advice, StretchAssisted);
    assert!(
        why.contains(
            &"You sit about 9 hours a day and your stiffness is worst after sitting.".to_owned()
        ),
        "{why:?}"
    );
    // Weekly at first, then maintenance.
    let plan = advice.suggestions[0].plan;
    assert_eq!(plan.weekly_for_weeks, 3);
    assert_eq!(plan.maintenance_every_weeks, (3, 4));
    assert!(!plan.after_doctor);
}

#[test]
fn half_hours_show_in_the_reason() {
    let advice = suggest(&with(|a| a.sitting_hours = Some(7.5)));
    let why = rendered_reasons(&advice, StretchAssisted);
    assert!(why.iter().any(|r| r.contains("about 7.5 hours")), "{why:?}");
}

#[test]
fn chronic_firm_pressure_lifter_gets_deep_pressure_first() {
    let advice = suggest(&with(|a| {
        a.stiffness = Some(Stiffness::Severe);
        a.stiffness_worst = Some(StiffnessTime::AllDay);
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
        a.pressure = Some(Pressure::Firm);
        a.work_demands = set(&[WorkDemand::Lifting]);
        a.sitting_hours = Some(3.0);
        a.longest_sitting = Some(SittingStretch::UpTo1h);
        a.eased_by = set(&[Relief::Rest]);
    }));
    assert_eq!(advice.triage.level, Level::Routine);
    assert_eq!(top(&advice)[0], DeepPressure);
    assert!(suggested(&advice, LowerBack));
    let plan = advice.suggestions[0].plan;
    assert_eq!(plan.weekly_for_weeks, 6);
    assert_eq!(plan.maintenance_every_weeks, (2, 3));
}

#[test]
fn warmth_lover_with_chronic_lower_back_gets_ayurvedic_warm_oil() {
    let advice = suggest(&with(|a| {
        a.stiffness = Some(Stiffness::Moderate);
        a.stiffness_worst = Some(StiffnessTime::OnWaking);
        a.morning_stiffness = Some(MorningStiffness::Under30);
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
        a.eased_by = set(&[Relief::Warmth]);
        a.sitting_hours = Some(4.0);
        a.longest_sitting = Some(SittingStretch::UpTo1h);
        a.pressure = Some(Pressure::Light);
    }));
    assert_eq!(advice.triage.level, Level::Routine);
    assert_eq!(top(&advice)[0], KatiBasti);
    assert!(suggested(&advice, OilBased) || suggested(&advice, Potli));
    // Light pressure rules out deep work.
    assert_eq!(excluded(&advice, DeepPressure), vec!["pref.light_pressure"]);
}

#[test]
fn stiffness_all_over_suggests_abhyanga() {
    let advice = suggest(&with(|a| {
        a.stiffness = Some(Stiffness::Moderate);
        a.stiffness_worst = Some(StiffnessTime::AllDay);
        a.pain_areas = set(&[
            BodyArea::Neck,
            BodyArea::Shoulders,
            BodyArea::MidBack,
            BodyArea::Hips,
        ]);
        a.sitting_hours = Some(2.0);
        a.longest_sitting = Some(SittingStretch::Under30m);
        a.eased_by = set(&[Relief::Warmth]);
        a.pressure = Some(Pressure::Light);
    }));
    assert_eq!(top(&advice)[0], Abhyanga);
    assert!(rendered_reasons(&advice, Abhyanga)
        .contains(&"It hurts in 4 areas, so a whole-body treatment fits.".to_owned()));
}

#[test]
fn pregnant_visitor_gets_no_deep_pressure_no_heat_and_oil_only_with_trained_therapist() {
    let advice = suggest(&with_condition(Condition::Pregnancy));
    assert_eq!(advice.triage.level, Level::Routine);
    for t in [DeepPressure, KatiBasti, Swedana, Potli] {
        assert!(!suggested(&advice, t), "{t:?} must not be suggested");
        assert!(
            !excluded(&advice, t).is_empty(),
            "{t:?} must say why it is left out"
        );
    }
    assert_eq!(
        excluded(&advice, DeepPressure),
        vec!["contra.pregnancy.deep"]
    );
    assert_eq!(excluded(&advice, Swedana), vec!["contra.pregnancy.heat"]);
    for s in &advice.suggestions {
        let c = cautions(&advice, s.therapy);
        assert!(c.contains(&"contra.pregnancy.general".to_owned()), "{c:?}");
    }
    let oil = suggest(&with(|a| {
        a.conditions = set(&[Condition::Pregnancy]);
        a.eased_by = set(&[Relief::Warmth]);
    }));
    assert!(suggested(&oil, OilBased));
    assert!(cautions(&oil, OilBased).contains(&"contra.pregnancy.oil".to_owned()));
}

#[test]
fn blood_thinners_rule_out_deep_pressure_and_caution_the_rest() {
    let advice = suggest(&with(|a| {
        a.conditions = set(&[Condition::BloodThinners]);
        a.pressure = Some(Pressure::Firm);
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
    }));
    assert!(!suggested(&advice, DeepPressure));
    assert_eq!(
        excluded(&advice, DeepPressure),
        vec!["contra.blood_thinners.deep"]
    );
    for s in &advice.suggestions {
        assert!(s
            .cautions
            .iter()
            .any(|c| c.key == "contra.blood_thinners.general"));
    }
}

#[test]
fn osteoporosis_rules_out_deep_pressure_and_tempers_stretching() {
    let advice = suggest(&with_condition(Condition::Osteoporosis));
    assert_eq!(
        excluded(&advice, DeepPressure),
        vec!["contra.osteoporosis.deep"]
    );
    assert!(suggested(&advice, StretchAssisted));
    assert!(cautions(&advice, StretchAssisted).contains(&"contra.osteoporosis.stretch".to_owned()));
}

#[test]
fn recent_back_surgery_leaves_only_gentle_relaxation_with_the_surgeon_asked() {
    let advice = suggest(&with_condition(Condition::RecentSurgery));
    assert_eq!(top(&advice), vec![Relaxation]);
    assert!(cautions(&advice, Relaxation).contains(&"contra.recent_surgery.ask_surgeon".to_owned()));
    assert_eq!(advice.left_out.iter().filter(|l| l.excluded).count(), 8);
}

#[test]
fn high_blood_pressure_rules_out_swedana_and_cautions_other_heat() {
    let advice = suggest(&with(|a| {
        a.conditions = set(&[Condition::HighBloodPressure]);
        a.stiffness = Some(Stiffness::Moderate);
        a.eased_by = set(&[Relief::Warmth]);
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
    }));
    assert_eq!(
        excluded(&advice, Swedana),
        vec!["contra.high_blood_pressure.steam"]
    );
    assert!(suggested(&advice, KatiBasti));
    assert!(cautions(&advice, KatiBasti).contains(&"contra.high_blood_pressure.heat".to_owned()));
}

#[test]
fn diabetes_with_reduced_feeling_rules_out_every_heat_therapy() {
    let advice = suggest(&with(|a| {
        a.conditions = set(&[Condition::DiabetesReducedFeeling]);
        a.eased_by = set(&[Relief::Warmth]);
    }));
    for t in [KatiBasti, Swedana, Potli] {
        assert_eq!(excluded(&advice, t), vec!["contra.diabetes.heat"], "{t:?}");
    }
}

#[test]
fn skin_problem_on_the_back_rules_out_oil_and_heat() {
    let advice = suggest(&with_condition(Condition::SkinProblem));
    for t in [OilBased, Abhyanga, KatiBasti, Swedana, Potli] {
        assert_eq!(excluded(&advice, t), vec!["contra.skin.oil_heat"], "{t:?}");
    }
    assert!(suggested(&advice, StretchAssisted));
    assert!(cautions(&advice, StretchAssisted).contains(&"contra.skin.avoid_area".to_owned()));
}

#[test]
fn oil_allergy_rules_out_every_oil_therapy() {
    let advice = suggest(&with_condition(Condition::OilAllergy));
    for t in [OilBased, Abhyanga, KatiBasti, Potli] {
        assert_eq!(excluded(&advice, t), vec!["contra.oil_allergy"], "{t:?}");
    }
    assert!(excluded(&advice, Swedana).is_empty());
}

#[test]
fn no_oil_wanted_is_respected_as_a_preference() {
    let advice = suggest(&with(|a| a.oil_welcome = Some(false)));
    for t in [OilBased, Abhyanga, KatiBasti, Potli] {
        assert_eq!(excluded(&advice, t), vec!["pref.no_oil"], "{t:?}");
    }
}

#[test]
fn no_heat_wanted_is_respected_as_a_preference() {
    let advice = suggest(&with(|a| {
        a.heat_welcome = Some(false);
        a.eased_by = set(&[Relief::Warmth]);
    }));
    for t in [KatiBasti, Swedana, Potli] {
        assert_eq!(excluded(&advice, t), vec!["pref.no_heat"], "{t:?}");
    }
}

#[test]
fn blood_clot_history_rules_out_deep_pressure_and_spares_the_legs() {
    let advice = suggest(&with_condition(Condition::BloodClots));
    assert_eq!(
        excluded(&advice, DeepPressure),
        vec!["contra.blood_clots.deep"]
    );
    assert!(advice.suggestions.iter().all(|s| s
        .cautions
        .iter()
        .any(|c| c.key == "contra.blood_clots.legs")));
}

#[test]
fn several_conditions_combine() {
    let advice = suggest(&with(|a| {
        a.conditions = set(&[Condition::Pregnancy, Condition::OilAllergy]);
    }));
    for t in [DeepPressure, OilBased, Abhyanga, KatiBasti, Swedana, Potli] {
        assert!(!suggested(&advice, t), "{t:?}");
    }
    assert_eq!(
        excluded(&advice, KatiBasti),
        vec!["contra.pregnancy.heat", "contra.oil_allergy"]
    );
    assert_eq!(top(&advice), vec![StretchAssisted, LowerBack, Relaxation]);
}

fn assert_emergency(advice: &Advice, flag: RedFlag) {
    assert_eq!(advice.triage.level, Level::Emergency, "{flag:?}");
    assert!(advice.suggestions.is_empty());
    assert!(advice.left_out.is_empty());
    assert_eq!(advice.triage.triggers[0].id(), flag.id());
}

#[test]
fn each_emergency_flag_stops_everything() {
    for flag in [
        RedFlag::BothLegsNumb,
        RedFlag::SaddleNumbness,
        RedFlag::BladderBowel,
        RedFlag::ChestPain,
        RedFlag::SeriousFall,
    ] {
        assert_emergency(&suggest(&with_flag(flag)), flag);
    }
}

#[test]
fn each_urgent_flag_stops_everything() {
    for flag in [
        RedFlag::Fever,
        RedFlag::WeightLoss,
        RedFlag::CancerHistory,
        RedFlag::NightPain,
        RedFlag::OneLegWeakness,
    ] {
        let advice = suggest(&with_flag(flag));
        assert_eq!(advice.triage.level, Level::Urgent, "{flag:?}");
        assert!(advice.suggestions.is_empty());
        assert_eq!(advice.triage.triggers.len(), 1);
    }
}

#[test]
fn emergency_outranks_urgent_and_names_both() {
    let advice = suggest(&with(|a| {
        a.red_flags = set(&[RedFlag::Fever, RedFlag::BladderBowel])
    }));
    assert_eq!(advice.triage.level, Level::Emergency);
    let ids: Vec<_> = advice.triage.triggers.iter().map(|t| t.id()).collect();
    assert_eq!(ids, vec!["bladder_bowel", "fever"]);
}

fn assert_soon_with_gentle_options(advice: &Advice, trigger: &str) {
    assert_eq!(advice.triage.level, Level::Soon, "{trigger}");
    assert!(advice.triage.triggers.iter().any(|t| t.id() == trigger));
    assert!(!advice.suggestions.is_empty());
    for s in &advice.suggestions {
        assert!(
            matches!(s.therapy, Relaxation | OilBased | Abhyanga),
            "{:?}",
            s.therapy
        );
        assert!(s.plan.after_doctor);
    }
    assert_eq!(excluded(advice, DeepPressure), vec!["left.wait_for_doctor"]);
}

#[test]
fn long_pain_that_is_not_improving_means_see_a_doctor_soon() {
    let advice = suggest(&with(|a| {
        a.pain_duration = Some(PainDuration::SixTo12Weeks);
        a.pain_trend = Some(PainTrend::Same);
    }));
    assert_soon_with_gentle_options(&advice, "long_not_improving");
}

#[test]
fn long_pain_that_is_improving_is_routine() {
    let advice = suggest(&with(|a| {
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_trend = Some(PainTrend::Improving);
    }));
    assert_eq!(advice.triage.level, Level::Routine);
}

#[test]
fn long_morning_stiffness_easing_with_movement_means_see_a_doctor_soon() {
    let advice = suggest(&with(|a| {
        a.stiffness = Some(Stiffness::Moderate);
        a.stiffness_worst = Some(StiffnessTime::OnWaking);
        a.morning_stiffness = Some(MorningStiffness::Over30);
        a.eased_by = set(&[Relief::Movement]);
    }));
    assert_soon_with_gentle_options(&advice, "morning_stiffness_movement");
}

#[test]
fn pain_between_the_shoulder_blades_means_see_a_doctor_soon() {
    let advice = suggest(&with(|a| a.pain_areas = set(&[BodyArea::UpperBack])));
    assert_soon_with_gentle_options(&advice, "between_shoulder_blades");
}

#[test]
fn new_back_pain_after_50_means_see_a_doctor_soon() {
    let advice = suggest(&with(|a| {
        a.age_band = Some(AgeBand::From50To64);
        a.first_episode = Some(true);
    }));
    assert_soon_with_gentle_options(&advice, "new_after_50");
    // The same pain, known for years, is routine.
    let known = suggest(&with(|a| a.age_band = Some(AgeBand::Over65)));
    assert_eq!(known.triage.level, Level::Routine);
}

#[test]
fn pain_into_both_legs_means_see_a_doctor_soon() {
    let advice = suggest(&with(|a| {
        a.pain_areas = set(&[BodyArea::LowerBack, BodyArea::BothLegs])
    }));
    assert_soon_with_gentle_options(&advice, "both_legs_pain");
}

#[test]
fn under_18_means_see_a_doctor_first() {
    let advice = suggest(&with(|a| a.age_band = Some(AgeBand::Under18)));
    assert_soon_with_gentle_options(&advice, "under_18");
}

#[test]
fn strong_pain_now_favours_gentle_work_and_cautions_deep_pressure() {
    let advice = suggest(&with(|a| {
        a.pain_intensity = Some(8.0);
        a.stiffness = Some(Stiffness::Severe);
        a.pressure = Some(Pressure::Firm);
        a.eased_by = set(&[Relief::Rest]);
        a.sitting_hours = Some(1.0);
        a.longest_sitting = Some(SittingStretch::Under30m);
        a.pain_areas = set(&[BodyArea::MidBack]);
    }));
    assert_eq!(top(&advice)[0], Relaxation);
    assert!(rendered_reasons(&advice, Relaxation)
        .contains(&"Your pain is 8 out of 10 right now, so gentle work comes first.".to_owned()));
    assert_eq!(advice.suggestions[0].plan.weekly_for_weeks, 6);
}

#[test]
fn nothing_to_go_on_still_offers_a_gentle_start() {
    let advice = suggest(&Answers {
        red_flags: set(&[]),
        conditions: set(&[]),
        stiffness: Some(Stiffness::None),
        sitting_hours: Some(0.0),
        pain_areas: set(&[]),
        pain_intensity: Some(0.0),
        ..Answers::default()
    });
    assert_eq!(top(&advice), vec![Relaxation]);
    assert_eq!(advice.suggestions[0].reasons[0].key, "reason.gentle_start");
    assert!(advice.left_out.iter().all(|l| !l.why.is_empty()));
}

#[test]
fn an_answer_to_a_hidden_question_is_ignored() {
    // Morning stiffness over 30 minutes would trigger "see a doctor soon",
    // but it is only asked when stiffness is worst on waking.
    let advice = suggest(&with(|a| {
        a.stiffness_worst = Some(StiffnessTime::EndOfDay);
        a.morning_stiffness = Some(MorningStiffness::Over30);
    }));
    assert_eq!(advice.triage.level, Level::Routine);
}

#[test]
fn out_of_range_numbers_are_ignored_not_trusted() {
    let advice = suggest(&with(|a| {
        // Out of range, but over the 6-hour mark the reasons look for.
        a.sitting_hours = Some(30.0);
        a.pain_intensity = Some(200.0);
    }));
    assert!(advice.suggestions.iter().all(|s| s
        .reasons
        .iter()
        .all(|r| !r.key.starts_with("reason.sitting") && r.key != "reason.intense_now")));
    // Not a number at all: no sitting reason either.
    let nan = suggest(&with(|a| a.sitting_hours = Some(f32::NAN)));
    assert!(nan.suggestions.iter().all(|s| s
        .reasons
        .iter()
        .all(|r| !r.key.starts_with("reason.sitting"))));
}

#[test]
fn the_left_out_list_covers_every_therapy_not_suggested() {
    let advice = suggest(&desk_worker());
    let mut all: Vec<TherapyId> = top(&advice);
    all.extend(advice.left_out.iter().map(|l| l.therapy));
    all.sort();
    assert_eq!(all, TherapyId::ALL.to_vec());
}
