//! Between visits: a check-in records how the back is doing, as a dated
//! entry kept with the saved answers (on the device only). The history is
//! the visitor's own numbers, never an interpretation of them.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value as Json};

use super::answers::Answers;
use super::choice_set::ChoiceSet;
use super::choices::{CheckInChange, PainTrend, SessionCount, Stiffness, TherapyId};
use super::msg::Msg;
use super::questions::{NumberRange, ACTIVITY_RANGE, INTENSITY_RANGE};

/// At most this many entries are kept; the oldest go first.
pub const MAX_ENTRIES: usize = 52;

/// Pain up by this much (or more) since the last entry: the advice may have
/// changed, and the full questionnaire is offered again.
pub const PAIN_RISE: u8 = 2;

/// One check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// When, in milliseconds since the Unix epoch.
    pub at_ms: f64,
    /// Pain now, 0 to 10.
    pub pain: u8,
    /// How stiff the back felt.
    pub stiffness: Stiffness,
    /// How much back pain stopped the usual activities that week, 0 to 10.
    pub activity: u8,
    /// Massage sessions since the check-in before.
    pub sessions: SessionCount,
    /// Which therapy, when there were sessions.
    pub therapy: Option<TherapyId>,
    /// What was new since the last visit.
    pub changes: ChoiceSet<CheckInChange>,
}

impl Entry {
    /// The check-in answered in `answers`, at `at_ms`; `None` while one of
    /// its required answers is missing.
    pub fn from_answers(answers: &Answers, at_ms: f64) -> Option<Entry> {
        let number = |n: Option<f32>, range: &NumberRange| range.check(n?).ok().map(|n| n as u8);
        let sessions = answers.checkin_sessions?;
        let therapy = match sessions {
            SessionCount::None => None,
            _ => Some(answers.checkin_therapy?),
        };
        Some(Entry {
            at_ms,
            pain: number(answers.checkin_pain, &INTENSITY_RANGE)?,
            stiffness: answers.checkin_stiffness?,
            activity: number(answers.checkin_activity, &ACTIVITY_RANGE)?,
            sessions,
            therapy,
            changes: answers.checkin_changes?,
        })
    }

    /// True when there was a session since the check-in before.
    pub fn had_sessions(&self) -> bool {
        self.sessions != SessionCount::None
    }

    /// Reads an entry as [`History`] writes it; `None` for anything else.
    fn read(json: &Json) -> Option<Entry> {
        let map = json.as_object()?;
        let number = |name: &str| {
            map.get(name)?
                .as_u64()
                .filter(|n| *n <= 10)
                .map(|n| n as u8)
        };
        let id = |name: &str| map.get(name).and_then(Json::as_str);
        let mut changes = ChoiceSet::new();
        for change in map.get("changes")?.as_array()? {
            changes.insert(CheckInChange::from_id(change.as_str()?)?);
        }
        Some(Entry {
            at_ms: map.get("at")?.as_f64().filter(|t| t.is_finite())?,
            pain: number("pain")?,
            stiffness: Stiffness::from_id(id("stiffness")?)?,
            activity: number("activity")?,
            sessions: SessionCount::from_id(id("sessions")?)?,
            therapy: match id("therapy") {
                None => None,
                Some(t) => Some(TherapyId::from_id(t)?),
            },
            changes,
        })
    }
}

impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("at", &self.at_ms)?;
        map.serialize_entry("pain", &self.pain)?;
        map.serialize_entry("stiffness", self.stiffness.id())?;
        map.serialize_entry("activity", &self.activity)?;
        map.serialize_entry("sessions", self.sessions.id())?;
        if let Some(therapy) = self.therapy {
            map.serialize_entry("therapy", therapy.id())?;
        }
        map.serialize_entry("changes", &self.changes)?;
        map.end()
    }
}

/// Every check-in, oldest first, at most [`MAX_ENTRIES`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History(Vec<Entry>);

impl History {
    /// The entries, oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.0
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Adds an entry; the oldest go once there are more than [`MAX_ENTRIES`].
    pub fn push(&mut self, entry: Entry) {
        self.0.push(entry);
        let over = self.0.len().saturating_sub(MAX_ENTRIES);
        self.0.drain(..over);
    }

    /// Reads the history the saved copy holds (a list of entries): entries
    /// that cannot be read are left out, the others kept (newest
    /// [`MAX_ENTRIES`]); anything but a list is no history.
    pub fn read(json: Option<&Json>) -> History {
        let mut history = History::default();
        for entry in json.and_then(Json::as_array).into_iter().flatten() {
            if let Some(entry) = Entry::read(entry) {
                history.push(entry);
            }
        }
        history
    }

    /// The change since the first entry, in plain words and the visitor's
    /// own numbers ("Your pain rating: 6 then 3."); nothing with one entry.
    pub fn change(&self) -> Vec<Msg> {
        let (Some(first), Some(last)) = (self.0.first(), self.0.last()) else {
            return Vec::new();
        };
        if self.0.len() < 2 {
            return Vec::new();
        }
        vec![
            Msg::new("history.change_pain")
                .arg("first", first.pain)
                .arg("last", last.pain),
            Msg::new("history.change_activity")
                .arg("first", first.activity)
                .arg("last", last.activity),
        ]
    }
}

impl Serialize for History {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// True when the pain in `entry` is up by [`PAIN_RISE`] or more since the
/// entry before (or, for the first, since the questionnaire's answer; "no
/// pain, only stiffness" counting as 0).
pub fn pain_rose(answers: &Answers, history: &History, entry: &Entry) -> bool {
    let before = history
        .entries()
        .last()
        .map(|e| e.pain)
        .or_else(|| answers.intensity());
    before.is_some_and(|b| entry.pain >= b.saturating_add(PAIN_RISE))
}

/// Why a check-in offers the full questionnaire again: the pain up (see
/// [`pain_rose`]), a new area, or a new condition. Empty when nothing calls
/// for it.
pub fn asks_again(answers: &Answers, history: &History, entry: &Entry) -> Vec<Msg> {
    let mut why = Vec::new();
    if pain_rose(answers, history, entry) {
        why.push(Msg::new("checkin.again.pain"));
    }
    for change in entry.changes.iter() {
        why.push(Msg::new(format!("checkin.again.{}", change.id())));
    }
    why
}

/// True when the earlier suggestions no longer stand after `entry`: it hurts
/// somewhere new, something about their health is new, or there is pain now
/// of [`PAIN_RISE`] or more where the questionnaire had only stiffness (from
/// 0, however slowly it rose over the check-ins). The questionnaire is then
/// answered again before any suggestion shows.
pub fn needs_retake(answers: &Answers, entry: &Entry) -> bool {
    !entry.changes.is_empty() || (answers.only_stiffness() && entry.pain >= PAIN_RISE)
}

/// Today's pain, from `entry`, in the questionnaire's answers, only ever
/// making the advice more careful: the pain rating rises to it (never
/// falls), and pain up by [`PAIN_RISE`] or more is pain getting worse.
pub fn fold_in(answers: &mut Answers, history: &History, entry: &Entry) {
    if answers.only_stiffness() {
        return;
    }
    let rose = pain_rose(answers, history, entry);
    let now = f32::from(entry.pain);
    if answers
        .valid_pain_intensity()
        .is_none_or(|before| now > f32::from(before))
    {
        answers.pain_intensity = Some(now);
    }
    if rose {
        answers.pain_trend = Some(PainTrend::Worse);
    }
}

/// Reads a saved copy's `history` field (an object's field `name`).
pub fn read_field(map: &Map<String, Json>, name: &str) -> History {
    History::read(map.get(name))
}
