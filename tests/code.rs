//! The reception code: every answer round-trips, versions are told apart,
//! and nothing a visitor or a host could put in an address makes it panic.

#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/strategies.rs"]
mod strategies;

use massage_advisor::domain::answers::effective;
use massage_advisor::domain::choices::*;
use massage_advisor::domain::code::{
    decode, encode, encode_as, in_fragment, layout, reception_address, CodeError,
};
use massage_advisor::domain::questions::{self, Kind};
use massage_advisor::domain::{Action, Answers};
use proptest::prelude::*;
use strategies::{any_answers, Numbers};

/// Answers under which every follow-up question of the table shows.
fn everything_shown() -> Answers {
    let mut a = common::desk_worker_with(|a| {
        a.red_flags = Some(RedFlag::ALL.iter().copied().collect());
        a.conditions = Some(Condition::ALL.iter().copied().collect());
        a.pain_areas = Some(BodyArea::ALL.iter().copied().collect());
        a.age_band = Some(AgeBand::Over65);
        a.stiffness = Some(Stiffness::Moderate);
        a.stiffness_worst = Some(StiffnessTime::OnWaking);
        a.pain_duration = Some(PainDuration::Over3Months);
    });
    a.drop_invalid_numbers();
    a
}

fn round_trip(a: &Answers) {
    let mut shown = effective(a);
    shown.drop_invalid_numbers();
    let code = encode(a, 2500);
    assert_eq!(decode(&code), Ok((shown, 2500)), "{code}");
}

#[test]
fn every_answer_to_every_question_round_trips() {
    let base = everything_shown();
    let mut tried = 0;
    for question in questions::STEPS.iter().flat_map(|s| s.questions.iter()) {
        assert!(question.is_visible(&base), "{} does not show", question.id);
        let values: Vec<Action> = match question.kind {
            Kind::Number(range) => range
                .values()
                .map(|v| Action::SetNumber(question.id, v))
                .collect(),
            kind if kind.is_multiple() => std::iter::once("none")
                .chain(kind.options().iter().copied())
                .map(|o| Action::Toggle(question.id, o.into()))
                .collect(),
            kind => kind
                .options()
                .iter()
                .map(|o| Action::Choose(question.id, (*o).into()))
                .collect(),
        };
        for action in values {
            let mut a = base.clone();
            let _ = a.apply(Action::Clear(question.id));
            a.apply(action.clone()).unwrap();
            if question.is_visible(&a) {
                round_trip(&a);
                tried += 1;
            }
        }
        // And unanswered.
        let mut a = base.clone();
        let _ = a.apply(Action::Clear(question.id));
        round_trip(&a);
    }
    assert!(tried > 100, "{tried}");
    round_trip(&Answers::default());
    round_trip(&common::desk_worker());
}

#[test]
fn a_code_is_short_enough_for_a_small_qr_code() {
    let code = encode(&everything_shown(), 2500);
    assert!(code.len() <= 64, "{} characters: {code}", code.len());
    let desk = encode(&common::desk_worker(), 2500);
    assert!(desk.len() <= 40, "{desk}");
    assert!(desk
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
}

#[test]
fn versions_and_damage_are_told_apart() {
    let code = encode(&common::desk_worker(), 2500);
    // Another format.
    assert_eq!(
        decode(&format!("2{}", &code[1..])),
        Err(CodeError::Malformed)
    );
    // Another question table or other rules: the digest differs.
    let other = encode_as(&common::desk_worker(), 2500, layout() ^ 1);
    assert_eq!(decode(&other), Err(CodeError::OtherVersion));
    // Damage is found before the digest is read: a changed digest
    // character without its check is damage, not another version.
    let bent = format!(
        "1{}{}",
        if &code[1..2] == "A" { "B" } else { "A" },
        &code[2..]
    );
    assert_eq!(decode(&bent), Err(CodeError::Damaged));
    // One character mistyped in the answers.
    let at = code.len() - 3;
    let swapped = if &code[at..at + 1] == "A" { "B" } else { "A" };
    let damaged = format!("{}{}{}", &code[..at], swapped, &code[at + 1..]);
    assert_eq!(decode(&damaged), Err(CodeError::Damaged));
    // Cut short, or not ours at all.
    assert!(decode(&code[..code.len() - 4]).is_err());
    for junk in ["", "1", "hello", "1!!!!!!!!", "1AAAA", &"1".repeat(500)] {
        assert!(decode(junk).is_err(), "{junk}");
    }
}

#[test]
fn every_single_mistyped_character_and_every_swap_of_two_is_caught() {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let code = encode(&common::desk_worker(), 2500);
    let chars: Vec<char> = code.chars().collect();
    for at in 1..chars.len() {
        for c in ALPHABET.chars().filter(|c| *c != chars[at]) {
            let mut bent = chars.clone();
            bent[at] = c;
            let bent: String = bent.into_iter().collect();
            assert!(decode(&bent).is_err(), "{bent}");
        }
        if at + 1 < chars.len() && chars[at] != chars[at + 1] {
            let mut swapped = chars.clone();
            swapped.swap(at, at + 1);
            let swapped: String = swapped.into_iter().collect();
            assert!(decode(&swapped).is_err(), "{swapped}");
        }
    }
}

#[test]
fn the_code_travels_in_the_fragment_only() {
    let address = reception_address("https://clinic.example/back-care/?utm=x#old", "1ABC");
    assert_eq!(
        address,
        "https://clinic.example/back-care/?utm=x#massage-advisor=1ABC"
    );
    assert_eq!(in_fragment("#massage-advisor=1ABC"), Some("1ABC"));
    assert_eq!(in_fragment("#top&massage-advisor=1ABC"), Some("1ABC"));
    assert_eq!(in_fragment("#top"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_answers_round_trip(a in any_answers(Numbers::Valid), day in 0u32..=0xffff) {
        let mut shown = effective(&a);
        shown.drop_invalid_numbers();
        // The code carries the questionnaire, not a check-in being answered.
        for question in questions::CHECK_IN.questions {
            let _ = shown.apply(Action::Clear(question.id));
        }
        prop_assert_eq!(decode(&encode(&a, day)), Ok((shown, day)));
    }

    #[test]
    fn anything_in_an_address_is_read_without_panicking(text in ".{0,120}") {
        let _ = decode(&text);
        let _ = decode(&format!("1{text}"));
    }

    #[test]
    fn any_alphabet_string_is_read_without_panicking(text in "[A-Za-z0-9_-]{0,90}") {
        let _ = decode(&format!("1{text}"));
    }
}
