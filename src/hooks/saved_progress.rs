//! `use_saved_progress`: the questionnaire's state, loaded from storage at
//! start, saved as it changes, following other tabs, and erasable.

use leptos::prelude::*;

use crate::domain::saved::{DecodeError, Saved};
use crate::domain::{Answers, Event, Wizard};
use crate::storage::{now_ms, Change, Loaded, Store};

/// A message about storage, shown once above the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or refused a write: answers will not be kept.
    CannotSave,
    /// Stored answers could not be read and were removed.
    Unreadable,
    /// Stored answers had expired and were removed.
    Expired,
    /// The visitor erased their answers.
    Forgotten,
}

impl Notice {
    /// Locale key of the text.
    pub fn key(self) -> &'static str {
        match self {
            Notice::CannotSave => "storage.unavailable",
            Notice::Unreadable => "storage.unreadable",
            Notice::Expired => "storage.expired",
            Notice::Forgotten => "ui.forgotten",
        }
    }
}

/// What [`use_saved_progress`] hands back.
#[derive(Clone, Copy)]
pub struct SavedProgress {
    /// The questionnaire's state; change it only through `Wizard::update`.
    pub wizard: RwSignal<Wizard>,
    /// The notice to show, if any.
    pub notice: Signal<Option<Notice>>,
    /// Erases the saved answers and starts over.
    pub forget: Callback<()>,
}

/// What storage holds, as far as this widget knows: the answers and step
/// last written or read, so that an unchanged state is not written again.
type Written = Option<(Answers, usize)>;

/// Loads the progress saved under `namespace` and keeps storage in step with
/// the state from then on: every change is saved, a blank state (start over)
/// removes the key, and changes made in another tab are followed. A failure
/// becomes a [`Notice`], never a panic, and stops further writes.
pub fn use_saved_progress(namespace: &str) -> SavedProgress {
    let store = StoredValue::new(Store::new(namespace));
    let (initial, first_notice) = match store.with_value(|s| s.load(now_ms())) {
        Loaded::Nothing => (Wizard::default(), None),
        Loaded::Saved(saved) => (Wizard::resume(saved.answers, saved.step), None),
        Loaded::Unavailable => (Wizard::default(), Some(Notice::CannotSave)),
        Loaded::Unusable(DecodeError::Expired) => (Wizard::default(), Some(Notice::Expired)),
        Loaded::Unusable(_) => (Wizard::default(), Some(Notice::Unreadable)),
    };
    let wizard = RwSignal::new(initial);
    let notice = RwSignal::new(first_notice);
    let can_save = StoredValue::new(first_notice != Some(Notice::CannotSave));
    let written: StoredValue<Written> = StoredValue::new(None);

    Effect::new(move |_| {
        let state =
            wizard.with(|w| (!w.resuming).then(|| (w.is_blank(), w.answers.clone(), w.step)));
        let Some((blank, answers, step)) = state else {
            return;
        };
        let now = Some((answers, step));
        if !can_save.get_value() || written.with_value(|w| *w == now) {
            return;
        }
        let result = store.with_value(|s| match &now {
            Some((answers, step)) if !blank => {
                s.save(&Saved::new(answers.clone(), *step, now_ms()))
            }
            _ => s.forget(),
        });
        match result {
            Ok(()) => written.set_value(now),
            Err(_) => {
                can_save.set_value(false);
                notice.set(Some(Notice::CannotSave));
            }
        }
    });

    // Follow changes made in another tab. The step shown here, and what is
    // being typed here, are kept.
    let listener = window_event_listener_untyped("storage", move |event| {
        match store.with_value(|s| s.change(&event, now_ms())) {
            Change::Saved(saved) => {
                let saved = *saved;
                // Not written back: the other tab saved it already.
                let step = wizard.with_untracked(|w| w.step);
                written.set_value(Some((saved.answers.clone(), step)));
                if wizard.with_untracked(|w| w.answers != saved.answers) {
                    wizard.update(|w| w.update(Event::Load(saved.answers)));
                }
            }
            Change::Erased => {
                written.set_value(Some((Answers::default(), 0)));
                wizard.update(|w| w.update(Event::StartOver));
            }
            Change::Unrelated => {}
        }
    });
    on_cleanup(move || listener.remove());

    let forget = Callback::new(move |()| {
        let erased = store.with_value(Store::forget).is_ok();
        written.set_value(Some((Answers::default(), 0)));
        wizard.update(|w| w.update(Event::StartOver));
        if erased && can_save.get_value() {
            notice.set(Some(Notice::Forgotten));
        }
    });

    SavedProgress {
        wizard,
        notice: notice.into(),
        forget,
    }
}
