//! Properties over arbitrary answers and arbitrary stored strings.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use massage_advisor::domain::catalogue::therapy_of;
use massage_advisor::domain::choices::*;
use massage_advisor::domain::questions;
use massage_advisor::domain::saved::{decode, Saved};
use massage_advisor::domain::{suggest, Action, Answers};
use massage_advisor::locale::{texts, Lang};
use proptest::prelude::*;

fn pick<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all))
}

fn some_of<T: Copy + Ord + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<BTreeSet<T>>> {
    proptest::option::of(
        proptest::sample::subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect()),
    )
}

prop_compose! {
    fn any_answers()(
        red_flags in prop_oneof![3 => Just(Some(BTreeSet::new())), 1 => some_of(RedFlag::ALL)],
        age_band in pick(AgeBand::ALL),
        conditions in some_of(Condition::ALL),
        stiffness in pick(Stiffness::ALL),
        stiffness_worst in pick(StiffnessTime::ALL),
        morning_stiffness in pick(MorningStiffness::ALL),
        sitting_hours in proptest::option::of(prop_oneof![0.0f32..=24.0, any::<f32>()]),
        longest_sitting in pick(SittingStretch::ALL),
        work_demands in some_of(WorkDemand::ALL),
        pain_areas in some_of(BodyArea::ALL),
        pain_intensity in proptest::option::of(prop_oneof![0u8..=10, any::<u8>()]),
        pain_duration in pick(PainDuration::ALL),
        pain_trend in pick(PainTrend::ALL),
        first_episode in proptest::option::of(any::<bool>()),
        eased_by in some_of(Relief::ALL),
        pressure in pick(Pressure::ALL),
        oil_welcome in proptest::option::of(any::<bool>()),
        heat_welcome in proptest::option::of(any::<bool>()),
    ) -> Answers {
        Answers {
            red_flags, age_band, conditions, stiffness, stiffness_worst, morning_stiffness,
            sitting_hours, longest_sitting, work_demands, pain_areas, pain_intensity,
            pain_duration, pain_trend, first_episode, eased_by, pressure, oil_welcome,
            heat_welcome,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn emergency_or_urgent_always_suppresses_therapies(a in any_answers()) {
        let advice = suggest(&a);
        if advice.triage.level >= Level::Urgent {
            prop_assert!(advice.suggestions.is_empty());
            prop_assert!(!advice.triage.triggers.is_empty());
        }
        let any_serious_flag = a.red_flags.iter().flatten().any(|f| {
            massage_advisor::domain::triage::Trigger::Flag(*f).level() >= Level::Urgent
        });
        prop_assert_eq!(any_serious_flag, advice.triage.level >= Level::Urgent);
    }

    #[test]
    fn an_excluded_therapy_never_appears_and_every_therapy_is_accounted_for(a in any_answers()) {
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
    fn contraindicated_therapies_are_never_suggested(a in any_answers()) {
        let advice = suggest(&a);
        let has = |c| a.conditions.as_ref().is_some_and(|s| s.contains(&c));
        for s in &advice.suggestions {
            let t = therapy_of(s.therapy);
            if has(Condition::Pregnancy) || has(Condition::BloodThinners) || has(Condition::Osteoporosis) || has(Condition::BloodClots) {
                prop_assert_ne!(s.therapy, TherapyId::DeepPressure);
            }
            if has(Condition::OilAllergy) || has(Condition::SkinProblem) || a.oil_welcome == Some(false) {
                prop_assert!(!t.oil);
            }
            if has(Condition::Pregnancy) || has(Condition::DiabetesReducedFeeling) || has(Condition::SkinProblem) || a.heat_welcome == Some(false) {
                prop_assert!(!t.heat);
            }
            if has(Condition::HighBloodPressure) {
                prop_assert_ne!(s.therapy, TherapyId::Swedana);
            }
            if has(Condition::RecentSurgery) {
                prop_assert_eq!(s.therapy, TherapyId::Relaxation);
            }
            if advice.triage.level == Level::Soon {
                prop_assert!(t.gentle);
                prop_assert!(s.plan.after_doctor);
            }
        }
    }

    #[test]
    fn every_suggestion_has_a_reason_and_a_weekly_then_maintenance_plan(a in any_answers()) {
        let advice = suggest(&a);
        if !advice.triage.suppresses_therapies() {
            prop_assert!(!advice.suggestions.is_empty());
        }
        prop_assert!(advice.suggestions.len() <= 3);
        for s in &advice.suggestions {
            prop_assert!(!s.reasons.is_empty());
            prop_assert!(s.plan.weekly_for_weeks >= 3);
            prop_assert!(s.plan.maintenance_every_weeks.0 < s.plan.maintenance_every_weeks.1);
        }
        for w in advice.suggestions.windows(2) {
            prop_assert!(w[0].score >= w[1].score || w[0].reasons[0].key == "reason.gentle_start");
        }
    }

    #[test]
    fn the_same_answers_always_give_the_same_advice(a in any_answers()) {
        prop_assert_eq!(suggest(&a), suggest(&a.clone()));
    }

    #[test]
    fn every_message_in_any_advice_has_english_text(a in any_answers()) {
        let en = texts(Lang::En);
        let advice = suggest(&a);
        let msgs = advice.suggestions.iter()
            .flat_map(|s| s.reasons.iter().chain(&s.cautions))
            .chain(advice.left_out.iter().flat_map(|l| &l.why));
        for m in msgs {
            prop_assert!(en.has(&m.key), "missing {}", m.key);
            prop_assert!(!en.render(m).contains('{'), "unfilled placeholder in {}", m.key);
        }
        for t in &advice.triage.triggers {
            prop_assert!(en.has(&t.key()));
        }
    }

    #[test]
    fn the_decoder_never_panics_on_arbitrary_strings(raw in ".*") {
        let _ = decode(&raw, 0.0);
    }

    #[test]
    fn the_decoder_never_panics_on_json_shaped_garbage(raw in r#"\{("[a-z_]{1,12}":(-?[0-9]{1,4}(\.[0-9])?|"[a-z_0-9]{0,8}"|null|true|\[\]|\{\}),?){0,8}\}"#) {
        let _ = decode(&raw, 0.0);
    }

    #[test]
    fn saved_answers_round_trip(a in any_answers(), step in 0usize..8) {
        let saved = Saved::new(a, step, 1_000.0);
        let back = decode(&saved.encode(), 2_000.0);
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
