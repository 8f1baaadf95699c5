//! Properties over arbitrary answers and arbitrary stored strings.

#![cfg(not(target_arch = "wasm32"))]

use massage_advisor::domain::catalogue::therapy_of;
use massage_advisor::domain::choices::*;
use massage_advisor::domain::questions::{self, Kind};
use massage_advisor::domain::saved::{decode, Saved};
use massage_advisor::domain::{suggest, Action, Answers};
use massage_advisor::keys::text;
use massage_advisor::locale::{texts, Lang};
use proptest::prelude::*;
use serde_json::Value as Json;

/// An arbitrary answer to one question, as stored JSON: `None` for
/// unanswered, and for numbers anything from valid steps to garbage, so that
/// the engine is tried on what a hand-edited save could hold.
fn any_answer(question: &'static questions::Question) -> BoxedStrategy<Option<Json>> {
    let options: Vec<&'static str> = question.kind.options().to_vec();
    let answer: BoxedStrategy<Json> = match question.kind {
        Kind::Single(_) => proptest::sample::select(options)
            .prop_map(Json::from)
            .boxed(),
        Kind::YesNo => any::<bool>().prop_map(Json::from).boxed(),
        Kind::Multi(_) | Kind::BodyAreas => {
            let all = options.len();
            // Mostly short lists and "none of these", so that a list of many
            // warning signs does not stop the advice in nearly every case.
            prop_oneof![
                2 => Just(Vec::new()),
                2 => proptest::sample::subsequence(options.clone(), 0..=2.min(all)),
                1 => proptest::sample::subsequence(options, 0..=all),
            ]
            .prop_map(Json::from)
            .boxed()
        }
        Kind::Number(range) => {
            let steps = ((range.max - range.min) / range.step) as u32;
            prop_oneof![
                3 => (0..=steps).prop_map(move |k| range.min + k as f32 * range.step),
                1 => -1.0e6f32..1.0e6,
            ]
            .prop_map(|n| Json::from(f64::from(n)))
            .boxed()
        }
    };
    proptest::option::weighted(0.85, answer).boxed()
}

/// Arbitrary answers to every question of the table (a new question is
/// covered with no change here).
fn any_answers() -> impl Strategy<Value = Answers> {
    let all: Vec<_> = questions::all().map(any_answer).collect();
    all.prop_map(|values| {
        let object: serde_json::Map<String, Json> = questions::all()
            .zip(values)
            .filter_map(|(q, v)| Some((q.id.to_owned(), v?)))
            .collect();
        serde_json::from_value(Json::Object(object)).expect("generated answers are well-formed")
    })
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
            prop_assert!(en.has(&text::trigger(t.id())));
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
