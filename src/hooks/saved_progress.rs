//! `use_saved_progress`: the questionnaire's state, loaded at start, saved as
//! it changes, following other tabs and widgets that share its key, and
//! erasable; what the visitor is told of it is `persistence::Persistence`.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::checkin::History;
use crate::domain::saved::Saved;
use crate::domain::{Answers, Event, Wizard};
use crate::locale::Lang;
use crate::persistence::{start, Happened, Notice, Persistence};
use crate::storage::{now_ms, Change, Loaded, Store};

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
    /// Starts over, erasing what is saved (the notice says so).
    pub start_over: Callback<()>,
    /// Erases the saved answers and starts over.
    pub forget: Callback<()>,
}

/// What storage holds as far as this widget knows (answers, step, chosen
/// language, check-ins): an unchanged state is not written again.
type Written = Option<(Answers, usize, Option<Lang>, History)>;

/// The handles the parts of [`use_saved_progress`] share.
#[derive(Clone, Copy)]
struct Progress {
    store: StoredValue<Store>,
    wizard: RwSignal<Wizard>,
    lang: RwSignal<Option<Lang>>,
    state: RwSignal<Persistence>,
    written: StoredValue<Written>,
}

impl Progress {
    /// Tells the reducer; for a failed write, how long until the retry.
    fn tell(self, happened: Happened) -> Option<u64> {
        self.state.try_update(|s| s.update(happened)).flatten()
    }

    /// True when the visitor has answered something (on any screen).
    fn has_answers(self) -> bool {
        self.wizard.with_untracked(|w| !w.is_blank())
    }
}

/// Loads the progress saved under `namespace` and keeps storage in step with
/// the state: every change is saved (nothing while there is nothing to
/// remember), changes made elsewhere are followed, a failed write is tried
/// again later. With `save` off nothing is read or written. Every failure is
/// a notice, never a panic.
pub fn use_saved_progress(namespace: &str, save: bool) -> SavedProgress {
    let store = StoredValue::new(Store::new(namespace));
    let loaded = if save {
        store.with_value(|s| s.load(now_ms()))
    } else {
        Loaded::Nothing
    };
    let (initial, chosen, state) = start(loaded, save);
    let p = Progress {
        store,
        wizard: RwSignal::new(initial),
        lang: RwSignal::new(chosen),
        state: RwSignal::new(state),
        written: StoredValue::new(None),
    };
    let sync = use_saving(p, save);
    // In a browser only: the build-time pre-render has no window.
    if save && cfg!(target_arch = "wasm32") {
        use_following(p, sync);
    }
    // Starting over erases what is saved: on a shared device the next
    // person must not find the last one's answers one tap away.
    let start_over = Callback::new(move |()| {
        let gone = !save || p.store.with_value(|s| s.forget(now_ms())).is_ok();
        p.written.set_value(None);
        p.wizard.update(|w| w.update(Event::StartOver));
        p.tell(Happened::StartedOver(gone));
    });
    let forget = Callback::new(move |()| {
        let gone = p.store.with_value(|s| s.forget(now_ms())).is_ok();
        p.written.set_value(None);
        p.wizard.update(|w| w.update(Event::StartOver));
        p.tell(Happened::Forgot(gone));
    });
    SavedProgress {
        wizard: p.wizard,
        notice: Memo::new(move |_| p.state.with(|s| s.notice)).into(),
        lang: p.lang,
        start_over,
        forget,
    }
}

/// Saves every change; a failed write is tried again after a wait (while
/// it is pending, it writes the latest state when it runs). Hands back the
/// write of the current state.
fn use_saving(p: Progress, save: bool) -> Callback<()> {
    let (retry, retry_due) = (StoredValue::new(None::<TimeoutHandle>), RwSignal::new(0u32));
    let sync = Callback::new(move |()| {
        let state = p.wizard.with_untracked(|w| {
            (!w.resuming && !w.is_blank())
                .then(|| (w.answers_to_keep().clone(), w.step, w.history.clone()))
        });
        let Some((answers, step, history)) = state else {
            return;
        };
        let now = Some((
            answers.clone(),
            step,
            p.lang.get_untracked(),
            history.clone(),
        ));
        if !save || p.written.with_value(|w| *w == now) {
            return;
        }
        let saved = Saved::new(answers, step, now_ms())
            .with_lang(p.lang.get_untracked().map(Lang::tag))
            .with_history(history);
        let ok = p.store.with_value(|s| s.save(&saved)).is_ok();
        if ok {
            p.written.set_value(now);
        }
        if let Some(wait) = p.tell(Happened::Wrote(ok)) {
            let due = move || retry_due.update(|n| *n = n.wrapping_add(1));
            retry.set_value(set_timeout_with_handle(due, Duration::from_millis(wait)).ok());
        }
    });
    let idle = move || retry.with_value(Option::is_none);
    Effect::new(move |_| {
        (
            p.wizard.track(),
            p.lang.track(),
            idle().then(|| sync.run(())),
        )
    });
    Effect::new(move |_| (retry_due.get() > 0).then(|| (retry.set_value(None), sync.run(()))));
    on_cleanup(move || retry.get_value().iter().for_each(|h| h.clear()));
    Callback::new(move |()| {
        if idle() {
            sync.run(());
        }
    })
}

/// Follows the changes another tab or another widget on this page makes to
/// the key; the step shown here, and what is typed here, are kept.
fn use_following(p: Progress, sync: Callback<()>) {
    let follow = move |change: Change| match change {
        Change::Saved(saved) => {
            let chosen = saved.lang.as_deref().and_then(Lang::from_tag);
            let step = p.wizard.with_untracked(|w| w.step);
            let history = saved.history.clone();
            p.written
                .set_value(Some((saved.answers.clone(), step, chosen, history.clone())));
            p.tell(Happened::SavedElsewhere);
            if chosen.is_some() && p.lang.get_untracked() != chosen {
                p.lang.set(chosen);
            }
            if p.wizard.with_untracked(|w| w.history != history) {
                p.wizard.update(|w| w.history = history);
            }
            if p.wizard.with_untracked(|w| w.answers != saved.answers) {
                p.wizard.update(|w| w.update(Event::Load(saved.answers)));
            }
        }
        Change::Erased => {
            p.written.set_value(None);
            let had_answers = p.has_answers();
            p.wizard.update(|w| w.update(Event::StartOver));
            p.tell(Happened::ErasedElsewhere { had_answers });
        }
        // The answers here are still the visitor's: saved again.
        Change::Cleared => {
            p.written.set_value(None);
            let has_answers = p.has_answers();
            p.tell(Happened::ClearedElsewhere { has_answers });
            if has_answers {
                sync.run(());
            }
        }
        Change::Unrelated => {}
    };
    let store = p.store;
    let tabs = window_event_listener_untyped("storage", move |event| {
        follow(store.with_value(|s| s.change(&event, now_ms())))
    });
    let page = store.with_value(|s| s.listen(follow));
    on_cleanup(move || (tabs.remove(), drop(page)).0);
}
