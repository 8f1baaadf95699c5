//! `use_saved_progress`: the questionnaire's state, loaded from storage at
//! start, saved as it changes, following other tabs and other widgets on the
//! page that share its key, and erasable.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::saved::{DecodeError, Saved};
use crate::domain::{Answers, Event, Wizard};
use crate::locale::Lang;
use crate::storage::{now_ms, Change, Loaded, Store};

/// A message about storage, shown above the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or refused a write: answers may not be kept.
    CannotSave,
    /// A write works again after failing.
    SavedAgain,
    /// Stored answers could not be read and were removed.
    Unreadable,
    /// Stored answers had expired and were removed.
    Expired,
    /// The visitor erased their answers.
    Forgotten,
    /// Erasing failed: the answers may still be stored.
    EraseFailed,
    /// Another page cleared the site's storage; the answers here were saved again.
    ClearedElsewhere,
    /// The answers were erased in another tab or widget.
    ErasedElsewhere,
    /// Saving is off on this page (shared devices): nothing is kept.
    NotSaving,
    /// The visitor started over; their earlier answers stay saved until
    /// they answer again, or erase them.
    StillSaved,
}

impl Notice {
    /// Every notice.
    pub const ALL: &'static [Notice] = &[
        Notice::CannotSave,
        Notice::SavedAgain,
        Notice::Unreadable,
        Notice::Expired,
        Notice::Forgotten,
        Notice::EraseFailed,
        Notice::ClearedElsewhere,
        Notice::ErasedElsewhere,
        Notice::NotSaving,
        Notice::StillSaved,
    ];

    /// Locale key of the text.
    pub fn key(self) -> &'static str {
        match self {
            Notice::CannotSave => "storage.unavailable",
            Notice::SavedAgain => "storage.saved_again",
            Notice::Unreadable => "storage.unreadable",
            Notice::Expired => "storage.expired",
            Notice::Forgotten => "ui.forgotten",
            Notice::EraseFailed => "storage.erase_failed",
            Notice::ClearedElsewhere => "storage.cleared_elsewhere",
            Notice::ErasedElsewhere => "storage.erased_elsewhere",
            Notice::NotSaving => "storage.not_saving",
            Notice::StillSaved => "storage.still_saved",
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
    /// The language the visitor chose with the widget's switch, kept with
    /// the answers (`None` until they choose).
    pub lang: RwSignal<Option<Lang>>,
    /// Starts over without erasing: what is saved stays until the visitor
    /// answers again (and the notice says so), or uses `forget`.
    pub start_over: Callback<()>,
    /// Erases the saved answers and starts over.
    pub forget: Callback<()>,
}

/// What storage holds, as far as this widget knows: the answers, step and
/// language last written or read, so that an unchanged state is not
/// written again.
type Written = Option<(Answers, usize, Option<Lang>)>;

/// Waits before trying a failed write again: a storage fault that passes
/// (a full disk freed, a privacy prompt answered) does not need a reload,
/// and a fault that lasts is not hammered.
const RETRY_AFTER_MS: &[u64] = &[1_000, 3_000, 10_000, 30_000, 60_000];

/// Loads the progress saved under `namespace` and keeps storage in step with
/// the state from then on: every change is saved and changes made elsewhere
/// are followed. Nothing is written while there is nothing to remember, so
/// starting over erases nothing by itself (Forget does). With `save` off,
/// nothing is read or written at all. Every failure becomes a [`Notice`],
/// never a panic; a failed write is tried again later.
pub fn use_saved_progress(namespace: &str, save: bool) -> SavedProgress {
    let store = StoredValue::new(Store::new(namespace));
    let loaded = if save {
        store.with_value(|s| s.load(now_ms()))
    } else {
        Loaded::Nothing
    };
    let mut chosen_lang = None;
    let (initial, first_notice) = match loaded {
        Loaded::Nothing if !save => (Wizard::default(), Some(Notice::NotSaving)),
        Loaded::Nothing => (Wizard::default(), None),
        Loaded::Saved(saved) => {
            chosen_lang = saved.lang.as_deref().and_then(Lang::from_tag);
            (Wizard::resume(saved.answers, saved.step), None)
        }
        Loaded::Unavailable => (Wizard::default(), Some(Notice::CannotSave)),
        Loaded::Unusable(DecodeError::Expired) => (Wizard::default(), Some(Notice::Expired)),
        Loaded::Unusable(_) => (Wizard::default(), Some(Notice::Unreadable)),
    };
    let lang = RwSignal::new(chosen_lang);
    let wizard = RwSignal::new(initial);
    let notice = RwSignal::new(first_notice);
    let written: StoredValue<Written> = StoredValue::new(None);
    // True while storage holds answers of this widget's key, as far as it knows.
    let holds_answers = StoredValue::new(
        first_notice.is_none() && save && !wizard.with_untracked(Wizard::is_blank),
    );
    // Consecutive failed writes, and the pending retry.
    let failures = StoredValue::new(u32::from(first_notice == Some(Notice::CannotSave)));
    let retry: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    // Bumped by the retry timer; an effect then writes the latest state.
    let retry_due = RwSignal::new(0u32);

    // Writes the current state when storage does not hold it yet; a blank
    // state (nothing answered) is not worth writing.
    let sync = move || {
        let state = wizard.with_untracked(|w| {
            (!w.resuming && !w.is_blank()).then(|| (w.answers.clone(), w.step))
        });
        let Some((answers, step)) = state else {
            return;
        };
        let chosen = lang.get_untracked();
        if !save || written.with_value(|w| *w == Some((answers.clone(), step, chosen))) {
            return;
        }
        let saved = Saved::new(answers.clone(), step, now_ms()).with_lang(chosen.map(Lang::tag));
        let result = store.with_value(|s| s.save(&saved));
        let now = Some((answers, step, chosen));
        match result {
            Ok(()) => {
                written.set_value(now);
                holds_answers.set_value(true);
                // The earlier answers are replaced now: nothing is left to erase separately.
                if notice.get_untracked() == Some(Notice::StillSaved) {
                    notice.set(None);
                }
                if failures.get_value() > 0 {
                    failures.set_value(0);
                    notice.set(Some(Notice::SavedAgain));
                }
            }
            Err(_) => {
                let n = failures.get_value();
                failures.set_value(n.saturating_add(1));
                notice.set(Some(Notice::CannotSave));
                let wait = RETRY_AFTER_MS[(n as usize).min(RETRY_AFTER_MS.len() - 1)];
                let due = move || retry_due.update(|n| *n = n.wrapping_add(1));
                retry.set_value(set_timeout_with_handle(due, Duration::from_millis(wait)).ok());
            }
        }
    };

    Effect::new(move |_| {
        wizard.track();
        lang.track();
        // While a retry is pending, it writes the latest state when it runs.
        if retry.with_value(Option::is_none) {
            sync();
        }
    });
    Effect::new(move |_| {
        if retry_due.get() > 0 {
            retry.set_value(None);
            sync();
        }
    });
    on_cleanup(move || {
        if let Some(handle) = retry.get_value() {
            handle.clear();
        }
    });

    // Follow changes made in another tab, or by another widget on this page
    // that uses the same key. The step shown here, and what is being typed
    // here, are kept.
    let follow = move |change: Change| match change {
        Change::Saved(saved) => {
            let saved = *saved;
            // Not written back: the other side saved it already.
            let step = wizard.with_untracked(|w| w.step);
            let chosen = saved.lang.as_deref().and_then(Lang::from_tag);
            written.set_value(Some((saved.answers.clone(), step, chosen)));
            holds_answers.set_value(true);
            if chosen.is_some() && lang.get_untracked() != chosen {
                lang.set(chosen);
            }
            if wizard.with_untracked(|w| w.answers != saved.answers) {
                wizard.update(|w| w.update(Event::Load(saved.answers)));
            }
        }
        Change::Erased => {
            written.set_value(None);
            holds_answers.set_value(false);
            let had_answers = wizard.with_untracked(|w| !w.is_blank());
            wizard.update(|w| w.update(Event::StartOver));
            if had_answers {
                notice.set(Some(Notice::ErasedElsewhere));
            }
        }
        Change::Cleared => {
            // Another page cleared everything: the answers here are still
            // the visitor's, so they are saved again.
            written.set_value(None);
            holds_answers.set_value(false);
            if wizard.with_untracked(|w| !w.is_blank()) {
                notice.set(Some(Notice::ClearedElsewhere));
                if retry.with_value(Option::is_none) {
                    sync();
                }
            }
        }
        Change::Unrelated => {}
    };
    // In a browser only: the build-time pre-render has no window.
    if save && cfg!(target_arch = "wasm32") {
        let tabs = window_event_listener_untyped("storage", move |event| {
            follow(store.with_value(|s| s.change(&event, now_ms())));
        });
        let page = store.with_value(|s| s.listen(follow));
        on_cleanup(move || {
            tabs.remove();
            drop(page);
        });
    }

    let start_over = Callback::new(move |()| {
        wizard.update(|w| w.update(Event::StartOver));
        if holds_answers.get_value() {
            notice.set(Some(Notice::StillSaved));
        }
    });

    let forget = Callback::new(move |()| {
        let result = store.with_value(|s| s.forget(now_ms()));
        written.set_value(None);
        holds_answers.set_value(result.is_err());
        wizard.update(|w| w.update(Event::StartOver));
        notice.set(Some(match result {
            Ok(_) => Notice::Forgotten,
            Err(_) => Notice::EraseFailed,
        }));
    });

    SavedProgress {
        wizard,
        notice: notice.into(),
        lang,
        start_over,
        forget,
    }
}
