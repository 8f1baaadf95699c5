//! The domain: questions, answers, triage and advice. Pure Rust, no browser:
//! everything here is tested natively with `cargo test`.

pub mod answers;
pub mod catalogue;
pub mod checkin;
pub mod choice_set;
pub mod choices;
pub mod code;
pub mod engine;
pub mod ics;
pub mod msg;
pub mod order;
pub mod questions;
pub mod saved;
pub mod sources;
pub mod triage;
pub mod validate;
pub mod value;
pub mod wizard;

pub use answers::{Action, Answers};
pub use engine::{suggest, suggest_from, Advice, LeftOut, Plan, Suggestion};
pub use msg::Msg;
pub use value::Value;
pub use wizard::{
    furthest, raised_on, reachable, steps_to_results, unasked_emergencies, Event, Screen, Wizard,
    RESULTS,
};
