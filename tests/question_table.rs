//! Every question and every option, through the reducer: apply, read back,
//! clear. Written before the question table was folded into one definition,
//! so that the refactor is pinned by behaviour rather than by shape.

#![cfg(not(target_arch = "wasm32"))]

use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::domain::questions::{self, Kind};
use massage_advisor::domain::{Action, Answers, Value};

/// The actions that pick `option` of `question`, by its kind.
fn pick(question: &'static str, kind: Kind, option: &str) -> Action {
    match kind {
        Kind::Multi(_) | Kind::BodyAreas => Action::Toggle(question, option.to_owned()),
        _ => Action::Choose(question, option.to_owned()),
    }
}

#[test]
fn every_option_of_every_choice_question_is_applied_read_back_and_cleared() {
    let mut walked = 0;
    for question in questions::all() {
        let id = question.id;
        for option in question.kind.options() {
            let mut a = Answers::default();
            assert_eq!(a.get(id), None, "{id} starts unanswered");
            a.apply(pick(id, question.kind, option))
                .unwrap_or_else(|e| panic!("{id}.{option}: {e:?}"));
            let expected = match question.kind {
                Kind::Multi(_) | Kind::BodyAreas => Value::Choices(vec![option]),
                _ => Value::Choice(option),
            };
            assert_eq!(a.get(id), Some(expected), "{id}.{option} reads back");
            assert!(a.is_chosen(id, option), "{id}.{option} is chosen");
            for other in question.kind.options().iter().filter(|o| *o != option) {
                assert!(!a.is_chosen(id, other), "{id}: {other} is not chosen");
            }
            // Only this question changed.
            for rest in questions::all().filter(|q| q.id != id) {
                assert_eq!(a.get(rest.id), None, "{id}.{option} touched {}", rest.id);
            }
            a.apply(Action::Clear(id)).unwrap();
            assert_eq!(a, Answers::default(), "{id}.{option} clears");
            walked += 1;
        }
    }
    // Every option of every question was walked (one per option).
    let options: usize = questions::all().map(|q| q.kind.options().len()).sum();
    assert_eq!(walked, options);
    assert!(walked > 60, "only {walked} options");
}

#[test]
fn every_multiple_choice_question_has_an_exclusive_none() {
    for question in questions::all() {
        if !matches!(question.kind, Kind::Multi(_) | Kind::BodyAreas) {
            continue;
        }
        let id = question.id;
        let mut a = Answers::default();
        let options = question.kind.options();
        for option in options {
            a.apply(Action::Toggle(id, (*option).to_owned())).unwrap();
        }
        assert_eq!(a.get(id), Some(Value::Choices(options.to_vec())), "{id}");
        a.apply(Action::Toggle(id, NONE_OPTION.to_owned())).unwrap();
        assert_eq!(a.get(id), Some(Value::Choices(vec![])), "{id}: none");
        assert!(a.is_chosen(id, NONE_OPTION));
        // Toggling "none" again un-answers the question.
        a.apply(Action::Toggle(id, NONE_OPTION.to_owned())).unwrap();
        assert_eq!(a.get(id), None, "{id}: none toggled off");
        // A toggle twice is no change.
        a.apply(Action::Toggle(id, options[0].to_owned())).unwrap();
        a.apply(Action::Toggle(id, options[0].to_owned())).unwrap();
        assert_eq!(a.get(id), Some(Value::Choices(vec![])), "{id}: emptied");
    }
}

#[test]
fn every_number_question_takes_its_range_and_refuses_the_rest() {
    let mut numbers = 0;
    for question in questions::all() {
        let Kind::Number(range) = question.kind else {
            continue;
        };
        numbers += 1;
        let id = question.id;
        for value in [range.min, range.max, range.min + range.step] {
            let mut a = Answers::default();
            a.apply(Action::SetNumber(id, value)).unwrap();
            assert_eq!(a.get(id), Some(Value::Number(value)), "{id} = {value}");
            assert!(!a.is_chosen(id, "yes"));
            a.apply(Action::Clear(id)).unwrap();
            assert_eq!(a, Answers::default(), "{id} clears");
        }
        for bad in [range.min - range.step, range.max + range.step, f32::NAN] {
            let mut a = Answers::default();
            let error = a.apply(Action::SetNumber(id, bad)).unwrap_err();
            assert_eq!(error.question, id);
            assert_eq!(a, Answers::default(), "{id} refused {bad}");
        }
    }
    // Sitting hours and pain; the check-in's pain and activity.
    assert_eq!(numbers, 4);
}

#[test]
fn the_wrong_action_for_a_kind_and_unknown_questions_are_refused() {
    for question in questions::all() {
        let id = question.id;
        let mut a = Answers::default();
        assert!(
            a.apply(pick(id, question.kind, "no_such_option")).is_err(),
            "{id}"
        );
        let wrong = match question.kind {
            Kind::Multi(_) | Kind::BodyAreas => Action::Choose(id, "x".into()),
            Kind::Number(_) => Action::Toggle(id, "x".into()),
            _ => Action::SetNumber(id, 1.0),
        };
        assert!(a.apply(wrong).is_err(), "{id}: wrong action refused");
        assert_eq!(a, Answers::default(), "{id}: nothing changed");
    }
    let mut a = Answers::default();
    assert!(a.apply(Action::Clear("no_such_question")).is_err());
    assert!(a
        .apply(Action::Choose("no_such_question", "x".into()))
        .is_err());
}
