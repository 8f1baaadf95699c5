//! The questionnaire model, the reducer, validation, storage format and locale.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::domain::catalogue::{therapy_of, CATALOGUE};
use massage_advisor::domain::choices::*;
use massage_advisor::domain::engine::{self, AT_HOME, PRECAUTIONS};
use massage_advisor::domain::questions::{self, q, Kind, STEPS};
use massage_advisor::domain::saved::{decode, DecodeError, Saved, SCHEMA_VERSION};
use massage_advisor::domain::triage::{Pattern, Trigger};
use massage_advisor::domain::validate::{parse_number, step_errors};
use massage_advisor::domain::{Action, Answers, Value};
use massage_advisor::keys::text;
use massage_advisor::locale::{texts, Lang, Texts};
use massage_advisor::persistence::Notice;

const DAY: f64 = 86_400_000.0;

#[test]
fn the_wizard_has_at_most_seven_steps_with_safety_first() {
    assert!(STEPS.len() <= 7);
    assert_eq!(STEPS[0].id, "safety");
    assert_eq!(STEPS[0].questions[0].id, q::red_flags);
}

#[test]
fn question_ids_are_unique_and_findable() {
    let ids: Vec<_> = questions::all().map(|q| q.id).collect();
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(ids.len(), dedup.len());
    for id in ids {
        assert_eq!(questions::find(id).map(|q| q.id), Some(id));
    }
}

#[test]
fn catalogue_holds_the_nine_therapies_in_id_order() {
    assert_eq!(CATALOGUE.len(), 9);
    for id in TherapyId::ALL {
        assert_eq!(therapy_of(*id).id, *id);
    }
}

#[test]
fn morning_stiffness_is_asked_only_when_stiffness_is_worst_on_waking() {
    let mut a = Answers::default();
    let shown = |a: &Answers| {
        questions::visible_in(2, a)
            .iter()
            .map(|q| q.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&a), vec![q::stiffness]);
    a.apply(Action::Choose(q::stiffness, "moderate".into()))
        .unwrap();
    assert_eq!(shown(&a), vec![q::stiffness, q::stiffness_worst]);
    a.apply(Action::Choose(q::stiffness_worst, "waking".into()))
        .unwrap();
    assert_eq!(
        shown(&a),
        vec![q::stiffness, q::stiffness_worst, q::morning_stiffness]
    );
    a.apply(Action::Choose(q::stiffness, "none".into()))
        .unwrap();
    assert_eq!(shown(&a), vec![q::stiffness]);
}

#[test]
fn choosing_and_toggling_go_through_the_reducer() {
    let mut a = Answers::default();
    a.apply(Action::Choose(q::stiffness, "severe".into()))
        .unwrap();
    assert_eq!(a.stiffness, Some(Stiffness::Severe));
    assert_eq!(a.get(q::stiffness), Some(Value::Choice("severe")));

    a.apply(Action::Toggle(q::pain_areas, "lower_back".into()))
        .unwrap();
    a.apply(Action::Toggle(q::pain_areas, "neck".into()))
        .unwrap();
    assert_eq!(
        a.get(q::pain_areas),
        Some(Value::Choices(vec!["neck", "lower_back"]))
    );
    a.apply(Action::Toggle(q::pain_areas, "neck".into()))
        .unwrap();
    assert!(a.is_chosen(q::pain_areas, "lower_back"));
    assert!(!a.is_chosen(q::pain_areas, "neck"));

    // "None of these" is exclusive both ways.
    a.apply(Action::Toggle(q::pain_areas, NONE_OPTION.into()))
        .unwrap();
    assert!(a.is_chosen(q::pain_areas, NONE_OPTION));
    assert!(!a.is_chosen(q::pain_areas, "lower_back"));
    a.apply(Action::Toggle(q::pain_areas, "hips".into()))
        .unwrap();
    assert!(!a.is_chosen(q::pain_areas, NONE_OPTION));

    a.apply(Action::Choose(q::oil_welcome, "no".into()))
        .unwrap();
    assert_eq!(a.oil_welcome, Some(false));

    a.apply(Action::SetNumber(q::sitting_hours, 7.5)).unwrap();
    assert_eq!(a.sitting_hours, Some(7.5));
    a.apply(Action::Clear(q::sitting_hours)).unwrap();
    assert_eq!(a.sitting_hours, None);

    a.apply(Action::Reset).unwrap();
    assert_eq!(a, Answers::default());
}

#[test]
fn the_reducer_refuses_unknown_options_and_out_of_range_numbers() {
    let mut a = Answers::default();
    let err = a
        .apply(Action::Choose(q::stiffness, "extreme".into()))
        .unwrap_err();
    assert_eq!(
        (err.question, err.key),
        (q::stiffness, "error.invalid_option")
    );
    let err = a
        .apply(Action::SetNumber(q::sitting_hours, 25.0))
        .unwrap_err();
    assert_eq!(err.key, "error.out_of_range");
    let err = a
        .apply(Action::SetNumber(q::sitting_hours, 7.25))
        .unwrap_err();
    assert_eq!(err.key, "error.not_a_step");
    let err = a
        .apply(Action::SetNumber(q::pain_intensity, 4.5))
        .unwrap_err();
    assert_eq!(err.key, "error.not_a_step");
    assert!(a.apply(Action::SetNumber(q::stiffness, 1.0)).is_err());
    assert!(a
        .apply(Action::Toggle(q::stiffness, "mild".into()))
        .is_err());
    assert_eq!(a, Answers::default());
}

#[test]
fn typed_numbers_are_parsed_with_clear_errors() {
    let r = questions::SITTING_RANGE;
    assert_eq!(parse_number(&r, " 8 "), Ok(8.0));
    assert_eq!(parse_number(&r, "7,5"), Ok(7.5));
    let key = |raw| parse_number(&r, raw).unwrap_err();
    assert_eq!(key(""), "error.required");
    assert_eq!(key("lots"), "error.not_a_number");
    assert_eq!(key("-1"), "error.out_of_range");
    assert_eq!(key("24.5"), "error.out_of_range");
    assert_eq!(key("NaN"), "error.out_of_range");
    assert_eq!(key("3.3"), "error.not_a_step");
    // A thousands separator is refused, never read as a small number.
    assert_eq!(key("1,000"), "error.number_format");
    assert_eq!(key("1,5,0"), "error.number_format");
    assert_eq!(key("1.5,0"), "error.number_format");
    assert_eq!(parse_number(&r, "7,25"), Err("error.not_a_step"));
    // Digits of other scripts are digits.
    assert_eq!(parse_number(&r, "७.५"), Ok(7.5));
    // With the unit typed after the number, in either language.
    assert_eq!(parse_number(&r, "9 hours"), Ok(9.0));
    assert_eq!(parse_number(&r, "९ घंटे"), Ok(9.0));
    assert_eq!(parse_number(&r, "7.5h"), Ok(7.5));
    assert_eq!(parse_number(&r, "7,5 hrs."), Ok(7.5));
    assert_eq!(parse_number(&r, "hours"), Err("error.not_a_number"));
    // Another unit is never read as hours.
    assert_eq!(parse_number(&r, "10 min"), Err("error.not_a_number"));
    assert_eq!(parse_number(&r, "10 minutes"), Err("error.not_a_number"));
    // The unit the field shows, in each language, is one it takes typed.
    for lang in Lang::ALL {
        let unit = texts(*lang).t(r.unit);
        assert_eq!(parse_number(&r, &format!("9 {unit}")), Ok(9.0), "{lang:?}");
    }
    assert_eq!(parse_number(&r, "१२"), Ok(12.0));
    assert_eq!(parse_number(&r, "٨"), Ok(8.0));
    assert_eq!(parse_number(&r, "９"), Ok(9.0));
    assert_eq!(parse_number(&r, "७,५"), Ok(7.5));
}

#[test]
fn a_save_dated_in_the_future_is_corrupt_not_kept_forever() {
    let now = 1_800_000_000_000.0;
    let raw = |at: f64| format!(r#"{{"version":3,"saved_at":{at},"step":0,"answers":{{}}}}"#);
    assert_eq!(
        decode(&raw(now + DAY), now),
        Err(DecodeError::FromTheFuture)
    );
    assert_eq!(
        decode(&raw(now + 1e15), now),
        Err(DecodeError::FromTheFuture)
    );
    // A clock a few seconds ahead (another tab) is fine.
    assert!(decode(&raw(now + 2_000.0), now).is_ok());
}

#[test]
fn a_step_cannot_be_left_with_visible_required_questions_unanswered() {
    let mut a = Answers::default();
    let errs: Vec<_> = step_errors(0, &a).into_iter().map(|e| e.question).collect();
    let shown: Vec<_> = massage_advisor::domain::questions::visible_in(0, &a)
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(errs, shown);
    let persona = common::desk_worker();
    for question in massage_advisor::domain::questions::visible_in(0, &a) {
        for action in common::actions_for(question, &persona) {
            a.apply(action).unwrap();
        }
    }
    assert!(step_errors(0, &a).is_empty());
    // Conditional questions are required only while shown.
    a.apply(Action::Choose(q::stiffness, "none".into()))
        .unwrap();
    assert!(step_errors(2, &a).is_empty());
    a.apply(Action::Choose(q::stiffness, "mild".into()))
        .unwrap();
    assert_eq!(step_errors(2, &a)[0].question, q::stiffness_worst);
    // A number smuggled in out of range is caught.
    a.sitting_hours = Some(99.0);
    assert_eq!(step_errors(3, &a)[0].key, "error.out_of_range");
}

#[test]
fn saved_progress_round_trips_with_the_schema_version() {
    let mut a = Answers::default();
    a.apply(Action::Choose(q::stiffness, "mild".into()))
        .unwrap();
    // What gloo-storage writes: the serde encoding of `Saved`.
    let raw = serde_json::to_string(&Saved::new(a.clone(), 3, 10.0 * DAY)).unwrap();
    assert!(raw.contains(&format!("\"version\":{SCHEMA_VERSION}")));
    let back = decode(&raw, 11.0 * DAY).unwrap();
    assert_eq!((back.answers, back.step), (a, 3));
}

#[test]
fn version_1_migrates() {
    let raw = r#"{"version":1,"stiffness":"moderate","pain_areas":["lower_back"]}"#;
    let saved = decode(raw, 5.0 * DAY).unwrap();
    assert_eq!(saved.version, SCHEMA_VERSION);
    assert_eq!(saved.step, 0);
    assert_eq!(saved.saved_at, 5.0 * DAY);
    assert_eq!(saved.answers.stiffness, Some(Stiffness::Moderate));
    assert!(saved.answers.hurts_in(BodyArea::LowerBack));
}

#[test]
fn unknown_fields_are_ignored() {
    let raw = r#"{"version":2,"saved_at":0,"step":1,"future":true,"answers":{"stiffness":"mild","mood":"sunny"}}"#;
    assert_eq!(
        decode(raw, 0.0).unwrap().answers.stiffness,
        Some(Stiffness::Mild)
    );
}

#[test]
fn garbage_and_unknown_versions_are_errors() {
    assert_eq!(decode("", 0.0), Err(DecodeError::Corrupt));
    assert_eq!(decode("{not json", 0.0), Err(DecodeError::Corrupt));
    assert_eq!(decode("[1,2]", 0.0), Err(DecodeError::Corrupt));
    assert_eq!(decode("{}", 0.0), Err(DecodeError::NoVersion));
    assert_eq!(
        decode(r#"{"version":"2"}"#, 0.0),
        Err(DecodeError::NoVersion)
    );
    assert_eq!(
        decode(r#"{"version":99}"#, 0.0),
        Err(DecodeError::UnknownVersion(99))
    );
    let bad_option = r#"{"version":2,"saved_at":0,"step":0,"answers":{"stiffness":"extreme"}}"#;
    assert_eq!(decode(bad_option, 0.0), Err(DecodeError::Invalid));
}

#[test]
fn saved_answers_expire_after_90_days_and_bad_values_are_dropped() {
    let raw = serde_json::to_string(&Saved::new(Answers::default(), 0, 0.0)).unwrap();
    assert!(decode(&raw, 89.0 * DAY).is_ok());
    assert_eq!(decode(&raw, 91.0 * DAY), Err(DecodeError::Expired));
    let tampered = r#"{"version":2,"saved_at":0,"step":42,"answers":{"sitting_hours":30,"pain_intensity":11}}"#;
    let saved = decode(tampered, 0.0).unwrap();
    assert_eq!(saved.step, STEPS.len());
    assert_eq!(saved.answers.sitting_hours, None);
    assert_eq!(saved.answers.pain_intensity, None);
}

fn locale_keys_needed() -> Vec<String> {
    let mut keys = Vec::new();
    for step in STEPS {
        keys.push(text::step_title(step.id));
        keys.push(text::step_intro(step.id));
        for question in step.questions {
            keys.push(text::label(question.id));
            for o in question.kind.options() {
                keys.push(text::option(question.id, o));
            }
            if question.kind.is_multiple() {
                keys.push(text::option(question.id, NONE_OPTION));
            }
            if let Kind::Number(r) = question.kind {
                keys.push(r.unit.to_owned());
                keys.push(r.value.to_owned());
            }
        }
    }
    for t in CATALOGUE {
        for f in ["name", "description", "watch", "plan"] {
            keys.push(text::therapy(t.id, f));
        }
    }
    for area in BodyArea::IDS {
        keys.push(text::map_name(area));
    }
    keys.extend(PRECAUTIONS.iter().map(|p| p.key.to_owned()));
    keys.extend(
        engine::all_signals()
            .filter(|s| s.speaks())
            .map(|s| s.key()),
    );
    keys.extend(AT_HOME.iter().map(|t| t.key.to_owned()));
    keys.extend(Notice::ALL.iter().map(|n| n.key().to_owned()));
    for l in Level::ALL {
        keys.push(text::level_title(*l));
        keys.push(text::level_action(*l));
        if *l > Level::Routine {
            keys.push(text::level_notice(*l));
        }
    }
    let triggers = RedFlag::ALL
        .iter()
        .map(|f| Trigger::Flag(*f))
        .chain(Pattern::ALL.iter().map(|p| Trigger::Pattern(*p)));
    keys.extend(triggers.map(|t| text::trigger(t.id())));
    for k in [
        "error.required",
        "error.invalid_option",
        "error.out_of_range",
        "error.not_a_step",
        "error.not_a_number",
        "error.number_format",
        "plan.weekly",
        "plan.maintenance",
        "plan.minutes",
        "plan.after_doctor",
    ] {
        keys.push(k.to_owned());
    }
    keys
}

#[test]
fn every_locale_has_every_key_the_model_needs() {
    for lang in Lang::ALL {
        let t = texts(*lang);
        let missing: Vec<_> = locale_keys_needed()
            .into_iter()
            .filter(|k| !t.has(k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} misses {missing:?}");
    }
}

#[test]
fn every_locale_parses_and_has_the_same_keys_as_english() {
    let en = texts(Lang::En);
    assert!(en.keys().count() > 200);
    for lang in Lang::ALL {
        let mut a: Vec<_> = texts(*lang).keys().collect();
        let mut b: Vec<_> = en.keys().collect();
        a.sort();
        b.sort();
        assert_eq!(a, b, "{lang:?}");
    }
}

#[test]
fn every_locale_keeps_the_placeholders_of_english() {
    let en = texts(Lang::En);
    let placeholders = |s: &str| {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        v.sort();
        v
    };
    for lang in Lang::ALL {
        let t = texts(*lang);
        for key in en.keys() {
            assert_eq!(
                placeholders(t.t(key)),
                placeholders(en.t(key)),
                "{lang:?} {key}"
            );
        }
    }
}

#[test]
fn texts_fill_placeholders_and_show_missing_keys_plainly() {
    let t = Texts::parse(r#"{"hi":"You sit about {hours} hours."}"#).unwrap();
    assert_eq!(
        t.fill("hi", &[("hours", "9".into())]),
        "You sit about 9 hours."
    );
    assert_eq!(t.t("missing.key"), "missing.key");
    assert!(Texts::parse("not json").is_err());
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("xx"), None);
    assert_eq!(Lang::from_tag("hi-IN"), Some(Lang::Hi));
}

#[test]
fn the_visitor_never_reads_triage_or_diagnose_except_in_not_a_diagnosis() {
    for lang in Lang::ALL {
        let t = texts(*lang);
        for key in t.keys() {
            let text = t.t(key).to_lowercase();
            assert!(!text.contains("triage"), "{lang:?} {key}: {text}");
            let (word, allowed) = match lang {
                Lang::En => ("diagnos", "not a diagnosis"),
                Lang::Hi => ("निदान", "निदान नहीं"),
            };
            if text.contains(word) {
                assert_eq!(
                    text.matches(word).count(),
                    text.matches(allowed).count(),
                    "{lang:?} {key}: {text}"
                );
            }
        }
    }
}

#[test]
fn a_version_2_save_migrates_its_legs() {
    let v2 = |areas: &str| {
        format!(
            r#"{{"version":2,"saved_at":0,"step":5,"answers":{{"red_flags":[],"pain_areas":{areas}}}}}"#
        )
    };
    let both = decode(&v2(r#"["lower_back","both_legs"]"#), 0.0).unwrap();
    assert_eq!(
        both.answers.pain_areas,
        Some([BodyArea::LowerBack, BodyArea::LeftLeg, BodyArea::RightLeg].into())
    );
    // One leg, side unknown: the areas are asked again, not guessed.
    let one = decode(&v2(r#"["lower_back","one_leg"]"#), 0.0).unwrap();
    assert_eq!(one.answers.pain_areas, None);
    assert_eq!(one.answers.red_flags, Some(Default::default()));
    let plain = decode(&v2(r#"["neck"]"#), 0.0).unwrap();
    assert_eq!(plain.answers.pain_areas, Some([BodyArea::Neck].into()));
    assert_eq!(plain.version, SCHEMA_VERSION);
}
