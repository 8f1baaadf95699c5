//! What the host page learns through events: where the visitor is and what
//! was suggested, never an answer.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use massage_advisor::domain::choices::{Level, TherapyId};
use massage_advisor::domain::questions::STEPS;
use massage_advisor::domain::suggest;
use massage_advisor::events::{Channel, HostEvent, NAMES};
use serde_json::json;

#[test]
fn each_event_has_its_name_and_only_its_documented_fields() {
    assert_eq!(
        HostEvent::Step(1).detail(),
        json!({ "step": 2, "total": 7, "id": "health" })
    );
    assert_eq!(HostEvent::Step(0).name(), "massage-advisor:step");
    let advice = suggest(&common::desk_worker());
    let result = HostEvent::Result {
        level: advice.triage.level,
        therapies: advice.suggestions.iter().map(|s| s.therapy).collect(),
    };
    assert_eq!(result.name(), "massage-advisor:result");
    assert_eq!(
        result.detail(),
        json!({ "level": "routine", "therapies": ["lower_back", "stretch_assisted", "relaxation"] })
    );
    assert_eq!(
        HostEvent::Book(TherapyId::KatiBasti).detail(),
        json!({ "therapy": "kati_basti" })
    );
    assert_eq!(HostEvent::Book(TherapyId::KatiBasti).name(), NAMES[2]);
}

#[test]
fn no_event_can_carry_an_answer() {
    // Every field's value comes from a closed set that holds no answer: a
    // step's position and id, a level, therapy ids.
    let step_ids: Vec<&str> = STEPS.iter().map(|s| s.id).collect();
    for step in 0..STEPS.len() {
        let detail = HostEvent::Step(step).detail();
        let fields = detail.as_object().unwrap();
        assert_eq!(fields.len(), 3);
        assert!(step_ids.contains(&fields["id"].as_str().unwrap()));
    }
    for level in Level::ALL {
        let detail = HostEvent::Result {
            level: *level,
            therapies: TherapyId::ALL.to_vec(),
        }
        .detail();
        let fields = detail.as_object().unwrap();
        assert_eq!(
            fields.keys().collect::<Vec<_>>(),
            vec!["level", "therapies"]
        );
    }
    // A check-in: how many there are; a hand-off: the channel only.
    assert_eq!(HostEvent::CheckIn(3).detail(), json!({ "checkins": 3 }));
    assert_eq!(HostEvent::CheckIn(3).name(), "massage-advisor:checkin");
    for channel in [
        Channel::WhatsApp,
        Channel::Sms,
        Channel::Email,
        Channel::Copy,
    ] {
        let detail = HostEvent::Handoff(channel).detail();
        assert_eq!(detail.as_object().map(|f| f.len()), Some(1));
        assert_eq!(detail["channel"], json!(channel.id()));
    }
    assert_eq!(
        HostEvent::Handoff(Channel::Sms).name(),
        "massage-advisor:handoff"
    );
    // The type itself: a step index, a level, therapy ids, a count and a
    // channel, nothing else (this match breaks the build if a field is added).
    match HostEvent::Step(0) {
        HostEvent::Step(_)
        | HostEvent::Result {
            level: _,
            therapies: _,
        }
        | HostEvent::Book(_)
        | HostEvent::CheckIn(_)
        | HostEvent::Handoff(_) => {}
    }
}
