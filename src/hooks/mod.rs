//! Reusable behaviour of the view, one `use_*` function per file in the
//! style of leptos-use: each owns its effects, listeners and clean-up, and
//! hands back only signals and callbacks.

mod focus;
mod host_events;
mod prefill;
mod print;
mod saved_progress;
mod shared;

pub use focus::{focus_by_id, focus_quietly, use_focus_on_change};
pub use host_events::{emit, use_host_events};
pub use prefill::use_prefill;
pub use print::{use_print, Print};
pub use saved_progress::{use_saved_progress, SavedProgress};
pub use shared::Shared;
