//! `use_prefill`: takes over what the visitor did on the pre-rendered first
//! step before the app started (the boxes ticked, the language chosen, a
//! Next pressed), so that the swap from the early step to the app loses
//! nothing.

use leptos::prelude::*;

use crate::domain::{Event, Wizard};
use crate::locale::Lang;
use crate::prefill::Prefill;

/// Applies `prefill` to a fresh widget (saved progress to resume means the
/// pre-render was not shown): the ticks and the language before the first
/// render, so that the app shows what the visitor saw; a Next pressed early
/// once on screen, so that focus moves to the next step as on any Next.
pub fn use_prefill(
    prefill: &Prefill,
    wizard: RwSignal<Wizard>,
    chosen: RwSignal<Option<Lang>>,
    dispatch: Callback<Event>,
) {
    if wizard.with_untracked(|w| w.resuming) {
        return;
    }
    if let Some(lang) = prefill.lang() {
        chosen.set(Some(lang));
    }
    for action in prefill.actions() {
        dispatch.run(Event::Answer(action));
    }
    if prefill.next {
        Effect::new(move |_| dispatch.run(Event::Next));
    }
}
