//! The stored form of a visitor's progress: versioned, migrated, validated.
//! Pure: the browser side (`crate::storage`) only moves strings.

use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::answers::Answers;
use super::checkin::{read_field, History};
use super::questions::{self, Kind, STEPS};
use super::value::{Edit, NONE_OPTION};

/// The schema version written today. 3: the body map has left and right
/// legs (instead of "one leg" and "both legs"). 4: "recent surgery" is any
/// operation (where: `surgery_site`) and "oil allergy" is to oils or herbs
/// (which: `allergy_kind`); the check-ins (`history`) are kept with them.
pub const SCHEMA_VERSION: u64 = 4;

/// Saved answers expire after this many days without a change (a check-in
/// is one: so 90 days after the last check-in, at the latest).
pub const EXPIRY_DAYS: f64 = 90.0;

const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// How far in the future a save may be dated (two tabs' clocks differ by
/// less): anything later is treated as corrupt.
const CLOCK_SLACK_MS: f64 = 5.0 * 60.0 * 1000.0;

/// A visitor's saved progress.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Saved {
    /// Schema version; always [`SCHEMA_VERSION`] once decoded.
    pub version: u64,
    /// When it was saved, in milliseconds since the Unix epoch.
    pub saved_at: f64,
    /// The step the visitor was on; `STEPS.len()` means the results.
    pub step: usize,
    /// The answers.
    pub answers: Answers,
    /// The language the visitor chose with the widget's own switch (a BCP
    /// 47 tag; `None` when they never chose).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The check-ins, oldest first (none written when there are none).
    #[serde(skip_serializing_if = "History::is_empty")]
    pub history: History,
}

/// Why stored data could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all, or not an object.
    Corrupt,
    /// No `version` field.
    NoVersion,
    /// A version this build does not know (from a newer build).
    UnknownVersion(u64),
    /// Valid JSON of a known version, but with values of the wrong shape.
    Invalid,
    /// Older than [`EXPIRY_DAYS`].
    Expired,
    /// Saved in the future (a tampered or broken clock): it would never expire.
    FromTheFuture,
}

impl DecodeError {
    /// Locale key of the notice shown to the visitor.
    pub fn key(&self) -> &'static str {
        match self {
            DecodeError::Expired => "storage.expired",
            _ => "storage.unreadable",
        }
    }
}

impl Saved {
    /// Progress saved now.
    pub fn new(answers: Answers, step: usize, now_ms: f64) -> Self {
        Self {
            version: SCHEMA_VERSION,
            saved_at: now_ms,
            step,
            answers,
            lang: None,
            history: History::default(),
        }
    }

    /// The same, with the check-ins.
    pub fn with_history(mut self, history: History) -> Self {
        self.history = history;
        self
    }

    /// The same, with the language the visitor chose.
    pub fn with_lang(mut self, lang: Option<&str>) -> Self {
        self.lang = lang.map(str::to_owned);
        self
    }
}

/// Reads stored progress of any known version, migrating older ones.
/// Never panics: anything unusable is a [`DecodeError`]. (What is written is
/// [`Saved`]'s own serde encoding, through gloo-storage.)
pub fn decode(raw: &str, now_ms: f64) -> Result<Saved, DecodeError> {
    let json: Json = serde_json::from_str(raw).map_err(|_| DecodeError::Corrupt)?;
    decode_json(json, now_ms)
}

/// [`decode`], from JSON already parsed (gloo-storage parses what it reads).
pub fn decode_json(json: Json, now_ms: f64) -> Result<Saved, DecodeError> {
    let Json::Object(map) = json else {
        return Err(DecodeError::Corrupt);
    };
    let version = map
        .get("version")
        .ok_or(DecodeError::NoVersion)?
        .as_u64()
        .ok_or(DecodeError::NoVersion)?;
    let mut saved = match version {
        1 => migrate_v1(map, now_ms)?,
        2 | 3 => {
            let mut map = map;
            if let Some(Json::Object(answers)) = map.get_mut("answers") {
                if version == 2 {
                    migrate_v2_answers(answers);
                }
                migrate_v3_answers(answers);
            }
            from_json(map)?
        }
        SCHEMA_VERSION => from_json(map)?,
        other => return Err(DecodeError::UnknownVersion(other)),
    };
    if !saved.saved_at.is_finite() {
        return Err(DecodeError::Invalid);
    }
    if saved.saved_at > now_ms + CLOCK_SLACK_MS {
        return Err(DecodeError::FromTheFuture);
    }
    if now_ms - saved.saved_at > EXPIRY_DAYS * DAY_MS {
        return Err(DecodeError::Expired);
    }
    saved.step = saved.step.min(STEPS.len());
    saved.answers.drop_invalid_numbers();
    Ok(saved)
}

/// Reads a saved object of today's shape (its version already read by
/// [`decode`]); any field of the wrong type is [`DecodeError::Invalid`],
/// `lang` may be missing or null.
fn from_json(map: Map<String, Json>) -> Result<Saved, DecodeError> {
    let field = |name: &str| map.get(name).ok_or(DecodeError::Invalid);
    let Json::Object(answers) = field("answers")? else {
        return Err(DecodeError::Invalid);
    };
    let lang = match map.get("lang") {
        None | Some(Json::Null) => None,
        Some(Json::String(tag)) => Some(tag.clone()),
        Some(_) => return Err(DecodeError::Invalid),
    };
    let saved_at = field("saved_at")?.as_f64().ok_or(DecodeError::Invalid)?;
    let step = field("step")?
        .as_u64()
        .and_then(|step| usize::try_from(step).ok())
        .ok_or(DecodeError::Invalid)?;
    Ok(Saved {
        lang,
        history: read_field(&map, "history"),
        ..Saved::new(read_answers(answers)?, step, saved_at)
    })
}

/// Reads answers from the JSON object `Saved::encode` writes for them (a
/// question's id, then its option id, list of option ids, yes/no as a
/// boolean, or number; null or missing when unanswered). Each answer goes
/// through its question's own edit, the reducer's path, so no deserialiser
/// per answer type is compiled into the wasm. Other keys are ignored; an
/// answer of the wrong shape or an unknown option is [`DecodeError::Invalid`].
/// Repeated options in a list count once. Two shapes serde's derive also
/// took, and the widget never wrote, are invalid now: answers as an array,
/// and an option as a one-key object (`{"mild": null}`).
pub fn read_answers(map: &Map<String, Json>) -> Result<Answers, DecodeError> {
    let mut answers = Answers::default();
    for question in questions::all() {
        let edit = |answers: &mut Answers, edit| {
            question
                .edit(answers, edit)
                .map_err(|_| DecodeError::Invalid)
        };
        match (question.kind, map.get(question.id)) {
            (_, None | Some(Json::Null)) => {}
            (Kind::Single(_), Some(Json::String(id))) => edit(&mut answers, Edit::Choose(id))?,
            (Kind::YesNo, Some(Json::Bool(yes))) => {
                edit(&mut answers, Edit::Choose(if *yes { "yes" } else { "no" }))?
            }
            (Kind::Number(_), Some(Json::Number(n))) => {
                let n = n.as_f64().ok_or(DecodeError::Invalid)?;
                edit(&mut answers, Edit::Number(n as f32))?
            }
            (Kind::Multi(_) | Kind::BodyAreas, Some(Json::Array(ids))) => {
                // Toggling "none" on no answer gives the empty set.
                edit(&mut answers, Edit::Toggle(NONE_OPTION))?;
                for id in ids {
                    let Json::String(id) = id else {
                        return Err(DecodeError::Invalid);
                    };
                    if id == NONE_OPTION {
                        return Err(DecodeError::Invalid);
                    }
                    let picked = question.answer(&answers).is_some_and(|v| v.is_chosen(id));
                    if !picked {
                        edit(&mut answers, Edit::Toggle(id))?;
                    }
                }
            }
            _ => return Err(DecodeError::Invalid),
        }
    }
    Ok(answers)
}

/// Version 1, written by the first release, held the answers flat at the top
/// level next to `version`, with no step and no timestamp (and version 2's
/// body map).
fn migrate_v1(mut map: Map<String, Json>, now_ms: f64) -> Result<Saved, DecodeError> {
    migrate_v2_answers(&mut map);
    migrate_v3_answers(&mut map);
    Ok(Saved::new(read_answers(&map)?, 0, now_ms))
}

/// Up to version 3, "recent surgery" was back surgery and "oil allergy" an
/// allergy to oils: their new follow-ups are answered so. (Other new
/// follow-ups, such as whether a skin condition may be catching, cannot be
/// told from an old copy: they are asked.)
fn migrate_v3_answers(answers: &mut Map<String, Json>) {
    let ticked = |answers: &Map<String, Json>, option: &str| matches!(answers.get("conditions"), Some(Json::Array(c)) if c.iter().any(|id| id == option));
    if ticked(answers, "recent_surgery") && !answers.contains_key("surgery_site") {
        answers.insert("surgery_site".into(), Json::from("back"));
    }
    if ticked(answers, "oil_allergy") && !answers.contains_key("allergy_kind") {
        answers.insert("allergy_kind".into(), Json::from("oils"));
    }
}

/// Version 2's body map had "one leg" and "both legs". Both legs are now the
/// left and the right; one leg without a side cannot be placed, so the
/// areas are asked again rather than guessed.
fn migrate_v2_answers(answers: &mut Map<String, Json>) {
    let Some(Json::Array(areas)) = answers.get("pain_areas") else {
        return;
    };
    if areas.iter().any(|a| a == "one_leg") {
        answers.remove("pain_areas");
        return;
    }
    let migrated: Vec<Json> = areas
        .iter()
        .flat_map(|a| {
            if a == "both_legs" {
                vec![Json::from("left_leg"), Json::from("right_leg")]
            } else {
                vec![a.clone()]
            }
        })
        .collect();
    answers.insert("pain_areas".into(), Json::Array(migrated));
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value as Json};

    use super::{read_answers, DecodeError};
    use crate::domain::choice_set::ChoiceSet;
    use crate::domain::choices::*;
    use crate::domain::Answers;

    fn read(json: Json) -> Result<Answers, DecodeError> {
        match json {
            Json::Object(map) => read_answers(&map),
            _ => Err(DecodeError::Corrupt),
        }
    }

    #[test]
    fn reads_every_kind_of_answer_as_it_is_written() {
        let answers = Answers {
            red_flags: Some(ChoiceSet::new()),
            conditions: Some(ChoiceSet::from([Condition::ALL[0]])),
            pain_areas: Some(ChoiceSet::from([BodyArea::LowerBack, BodyArea::Neck])),
            sitting_hours: Some(7.5),
            oil_welcome: Some(false),
            ..Answers::default()
        };
        let written = serde_json::to_value(&answers).unwrap_or_default();
        assert_eq!(read(written), Ok(answers));
    }

    #[test]
    fn repeated_options_count_once_and_unknown_keys_are_ignored() {
        let (first, last) = (RedFlag::ALL[0], RedFlag::ALL[RedFlag::ALL.len() - 1]);
        let answers = read(json!({
            "red_flags": [last.id(), first.id(), last.id()],
            "pain_areas": null,
            "from_a_newer_build": 1,
        }));
        let expected = Answers {
            red_flags: Some(ChoiceSet::from([first, last])),
            ..Answers::default()
        };
        assert_eq!(answers, Ok(expected));
    }

    #[test]
    fn an_answer_of_the_wrong_shape_or_an_unknown_option_is_invalid() {
        for wrong in [
            json!({ "red_flags": ["no_such_flag"] }),
            json!({ "red_flags": ["none"] }),
            json!({ "red_flags": "lower_back" }),
            json!({ "red_flags": [1] }),
            json!({ "pain_areas": { "lower_back": true } }),
            json!({ "sitting_hours": "7" }),
            json!({ "oil_welcome": "no" }),
            json!({ "oil_welcome": 0 }),
            json!({ "stiffness": ["mild"] }),
            json!({ "stiffness": "very" }),
            json!({ "stiffness": { "mild": null } }),
            json!({ "sitting_hours": true }),
            json!({ "red_flags": [null] }),
        ] {
            assert_eq!(read(wrong.clone()), Err(DecodeError::Invalid), "{wrong}");
        }
    }

    /// A copy written by the release before `read_answers`, verbatim: every
    /// kind of answer (single, yes and no, numbers, an empty list, lists with
    /// a repeat), a step and a language.
    #[test]
    fn reads_a_copy_the_previous_release_wrote() {
        let raw = r#"{"version":3,"saved_at":1700000000000.0,"step":6,"answers":{"red_flags":[],"accident_when":null,"age_band":"18_39","conditions":["pregnancy","osteoporosis"],"pregnancy_signs":[],"stiffness":"mild","stiffness_worst":"after_sitting","morning_stiffness":null,"sitting_hours":7.5,"longest_sitting":"over_2h","work_demands":[],"pain_areas":["lower_back","neck","lower_back"],"upper_back_pain":null,"mid_back_pain":null,"both_legs_course":null,"pain_intensity":4.0,"pain_duration":"6_12w","pain_checked":true,"pain_trend":"improving","first_episode":false,"eased_by":["movement","warmth"],"pressure":"light","oil_welcome":true,"heat_welcome":false},"lang":"hi"}"#;
        let saved = super::decode(raw, 1_700_000_000_000.0);
        let expected = Answers {
            red_flags: Some(ChoiceSet::new()),
            age_band: Some(AgeBand::From18To39),
            conditions: Some(ChoiceSet::from([
                Condition::Pregnancy,
                Condition::Osteoporosis,
            ])),
            pregnancy_signs: Some(ChoiceSet::new()),
            stiffness: Some(Stiffness::Mild),
            stiffness_worst: Some(StiffnessTime::AfterSitting),
            sitting_hours: Some(7.5),
            longest_sitting: Some(SittingStretch::Over2h),
            work_demands: Some(ChoiceSet::new()),
            pain_areas: Some(ChoiceSet::from([BodyArea::Neck, BodyArea::LowerBack])),
            pain_intensity: Some(4.0),
            pain_duration: Some(PainDuration::SixTo12Weeks),
            pain_checked: Some(true),
            pain_trend: Some(PainTrend::Improving),
            first_episode: Some(false),
            eased_by: Some(ChoiceSet::from([Relief::Movement, Relief::Warmth])),
            pressure: Some(Pressure::Light),
            oil_welcome: Some(true),
            heat_welcome: Some(false),
            ..Answers::default()
        };
        let saved = saved.map(|s| (s.step, s.lang, s.answers));
        assert_eq!(saved, Ok((6, Some("hi".to_owned()), expected)));
    }

    #[test]
    fn a_version_3_copy_keeps_its_meaning_of_surgery_and_allergy() {
        let raw = r#"{"version":3,"saved_at":0,"step":1,"answers":{"conditions":["recent_surgery","oil_allergy","skin_problem"]}}"#;
        let answers = super::decode(raw, 0.0).map(|s| s.answers);
        let answers = answers.as_ref();
        assert_eq!(answers.map(|a| a.surgery_site), Ok(Some(SurgerySite::Back)));
        assert_eq!(answers.map(|a| a.allergy_kind), Ok(Some(AllergyKind::Oils)));
        // What an old copy cannot tell is asked again.
        assert_eq!(answers.map(|a| a.skin_kind), Ok(None));
        // Without those conditions, nothing is added.
        let raw = r#"{"version":3,"saved_at":0,"step":1,"answers":{"conditions":[]}}"#;
        let answers = super::decode(raw, 0.0).map(|s| s.answers);
        assert_eq!(
            answers.map(|a| (a.surgery_site, a.allergy_kind)),
            Ok((None, None))
        );
    }

    #[test]
    fn a_copy_whose_answers_are_not_an_object_is_invalid() {
        for answers in ["[]", "null", "\"\"", "1"] {
            let raw = format!(r#"{{"version":4,"saved_at":0,"step":0,"answers":{answers}}}"#);
            assert_eq!(super::decode(&raw, 0.0), Err(DecodeError::Invalid), "{raw}");
        }
    }
}
