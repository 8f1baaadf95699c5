//! The stored form of a visitor's progress: versioned, migrated, validated.
//! Pure: the browser side (`crate::storage`) only moves strings.

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::answers::Answers;
use super::questions::STEPS;

/// The schema version written today. 3: the body map has left and right
/// legs (instead of "one leg" and "both legs").
pub const SCHEMA_VERSION: u64 = 3;

/// Saved answers expire after this many days.
pub const EXPIRY_DAYS: f64 = 90.0;

const DAY_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// How far in the future a save may be dated (two tabs' clocks differ by
/// less): anything later is treated as corrupt.
const CLOCK_SLACK_MS: f64 = 5.0 * 60.0 * 1000.0;

/// A visitor's saved progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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
        }
    }

    /// The same, with the language the visitor chose.
    pub fn with_lang(mut self, lang: Option<&str>) -> Self {
        self.lang = lang.map(str::to_owned);
        self
    }

    /// The JSON written to storage.
    pub fn encode(&self) -> String {
        // Serialising plain data (no maps with non-string keys) cannot fail;
        // an empty string would simply decode as corrupt.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads stored progress of any known version, migrating older ones.
/// Never panics: anything unusable is a [`DecodeError`].
pub fn decode(raw: &str, now_ms: f64) -> Result<Saved, DecodeError> {
    let json: Json = serde_json::from_str(raw).map_err(|_| DecodeError::Corrupt)?;
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
        2 => {
            let mut map = map;
            if let Some(Json::Object(answers)) = map.get_mut("answers") {
                migrate_v2_answers(answers);
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
    saved.version = SCHEMA_VERSION;
    saved.step = saved.step.min(STEPS.len());
    saved.answers.drop_invalid_numbers();
    Ok(saved)
}

fn from_json(map: serde_json::Map<String, Json>) -> Result<Saved, DecodeError> {
    serde_json::from_value::<Saved>(Json::Object(map)).map_err(|_| DecodeError::Invalid)
}

/// Version 1, written by the first release, held the answers flat at the top
/// level next to `version`, with no step and no timestamp (and version 2's
/// body map).
fn migrate_v1(mut map: serde_json::Map<String, Json>, now_ms: f64) -> Result<Saved, DecodeError> {
    migrate_v2_answers(&mut map);
    let answers: Answers =
        serde_json::from_value(Json::Object(map)).map_err(|_| DecodeError::Invalid)?;
    Ok(Saved::new(answers, 0, now_ms))
}

/// Version 2's body map had "one leg" and "both legs". Both legs are now the
/// left and the right; one leg without a side cannot be placed, so the
/// areas are asked again rather than guessed.
fn migrate_v2_answers(answers: &mut serde_json::Map<String, Json>) {
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
