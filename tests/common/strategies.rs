//! Arbitrary answers for the property tests (`tests/properties.rs`,
//! `tests/code.rs`), as stored JSON read back the way a saved copy is: one
//! generator, whatever the table holds.

#![allow(dead_code)]

use massage_advisor::domain::questions::{self, Kind, Question};
use massage_advisor::domain::saved::read_answers;
use massage_advisor::domain::Answers;
use proptest::prelude::*;
use serde_json::Value as Json;

/// Which numbers a number question gets.
#[derive(Clone, Copy, Debug)]
pub enum Numbers {
    /// Only values on the range's steps (what the questionnaire accepts).
    Valid,
    /// Mostly those, and anything from -10^6 to 10^6 (what a hand-edited
    /// save could hold).
    AlsoOutOfRange,
}

/// An arbitrary answer to one question, as stored JSON: `None` for
/// unanswered; lists mostly short or "none of these", so that a list of
/// many warning signs does not stop the advice in nearly every case.
pub fn any_answer(question: &'static Question, numbers: Numbers) -> BoxedStrategy<Option<Json>> {
    let options: Vec<&'static str> = question.kind.options().to_vec();
    let answer: BoxedStrategy<Json> = match question.kind {
        Kind::Single(_) => proptest::sample::select(options)
            .prop_map(Json::from)
            .boxed(),
        Kind::YesNo => any::<bool>().prop_map(Json::from).boxed(),
        Kind::Multi(_) | Kind::BodyAreas => {
            let all = options.len();
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
            let valid = (0..=steps).prop_map(move |k| range.min + k as f32 * range.step);
            match numbers {
                Numbers::Valid => valid.boxed(),
                Numbers::AlsoOutOfRange => prop_oneof![3 => valid, 1 => -1.0e6f32..1.0e6].boxed(),
            }
            .prop_map(|n| Json::from(f64::from(n)))
            .boxed()
        }
    };
    proptest::option::weighted(0.85, answer).boxed()
}

/// Arbitrary answers to every question of the table.
pub fn any_answers(numbers: Numbers) -> impl Strategy<Value = Answers> {
    let all: Vec<_> = questions::all().map(|q| any_answer(q, numbers)).collect();
    all.prop_map(|values| {
        let object: serde_json::Map<String, Json> = questions::all()
            .zip(values)
            .filter_map(|(q, v)| Some((q.id.to_owned(), v?)))
            .collect();
        read_answers(&object).expect("generated answers are well-formed")
    })
}
