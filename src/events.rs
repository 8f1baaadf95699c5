//! What the widget tells its host page, for the clinic's own analytics:
//! DOM events dispatched on the element (bubbling, composed). Pure Rust: the
//! view dispatches them (`crate::hooks::use_host_events`).
//!
//! Contract: an event says where the visitor is and what was suggested,
//! never what they answered. The details below are the only fields, each
//! from a closed set (a step id, a level, therapy ids), so no answer can
//! reach the host page through them.

use serde_json::{json, Value};

use crate::domain::choices::{Level, TherapyId};
use crate::domain::questions::STEPS;

/// An event for the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// A step of the questionnaire is shown (counting from 0).
    Step(usize),
    /// The results are shown: the outcome and the suggested therapies, best
    /// first (none when a doctor comes first today).
    Result {
        /// How urgently a doctor is needed.
        level: Level,
        /// The suggestions, best first.
        therapies: Vec<TherapyId>,
    },
    /// The visitor followed a suggestion's "Book" link.
    Book(TherapyId),
    /// A check-in was recorded: how many there are now.
    CheckIn(usize),
    /// The visitor sent the summary to the clinic, through this channel.
    Handoff(Channel),
}

/// How a summary reaches the clinic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// WhatsApp.
    WhatsApp,
    /// A text message.
    Sms,
    /// Email.
    Email,
    /// Copied to the clipboard.
    Copy,
}

impl Channel {
    /// Its id in the event.
    pub fn id(self) -> &'static str {
        match self {
            Channel::WhatsApp => "whatsapp",
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::Copy => "copy",
        }
    }
}

/// Every event name, for the README and the tests.
pub const NAMES: &[&str] = &[
    "massage-advisor:step",
    "massage-advisor:result",
    "massage-advisor:book",
    "massage-advisor:checkin",
    "massage-advisor:handoff",
];

impl HostEvent {
    /// The DOM event's type.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Step(_) => NAMES[0],
            HostEvent::Result { .. } => NAMES[1],
            HostEvent::Book(_) => NAMES[2],
            HostEvent::CheckIn(_) => NAMES[3],
            HostEvent::Handoff(_) => NAMES[4],
        }
    }

    /// The event's `detail`:
    /// - step: `{ "step": 2, "total": 7, "id": "health" }` (step counts from 1);
    /// - result: `{ "level": "routine", "therapies": ["lower_back", …] }`;
    /// - book: `{ "therapy": "lower_back" }`;
    /// - checkin: `{ "checkins": 3 }` (how many are kept);
    /// - handoff: `{ "channel": "whatsapp" }` (`sms`, `email`, `copy`).
    pub fn detail(&self) -> Value {
        match self {
            HostEvent::Step(step) => json!({
                "step": step + 1,
                "total": STEPS.len(),
                "id": STEPS.get(*step).map_or("", |s| s.id),
            }),
            HostEvent::Result { level, therapies } => json!({
                "level": level.id(),
                "therapies": therapies.iter().map(|t| t.id()).collect::<Vec<_>>(),
            }),
            HostEvent::Book(therapy) => json!({ "therapy": therapy.id() }),
            HostEvent::CheckIn(count) => json!({ "checkins": count }),
            HostEvent::Handoff(channel) => json!({ "channel": channel.id() }),
        }
    }
}
