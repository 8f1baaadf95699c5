//! The whole widget: one signal of state, every change through the wizard's
//! reducer, progress saved as it changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::Config;
use crate::domain::questions::STEPS;
use crate::domain::saved::Saved;
use crate::domain::{suggest, Answers, Event, Wizard, RESULTS};
use crate::i18n::{use_i18n, I18n};
use crate::storage::{now_ms, Loaded, Store};

use super::progress::Progress;
use super::results::Results;
use super::resume::Resume;
use super::step_form::StepForm;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Resume,
    Step(usize),
    Results,
}

/// The back-care questionnaire.
#[component]
pub fn App(
    /// What the host configured.
    #[prop(into, optional)]
    config: Signal<Config>,
) -> impl IntoView {
    let lang = Signal::derive(move || config.with(|c| c.lang));
    provide_context(I18n(lang));
    let i18n = use_i18n();

    let store = StoredValue::new(Store::new(
        &config.with_untracked(|c| c.storage_key.clone()),
    ));
    let (initial, resume, first_notice) = match store.with_value(|s| s.load(now_ms())) {
        Loaded::Nothing => (Wizard::default(), false, None),
        Loaded::Saved(saved) => {
            let progress = saved.answers != Answers::default() || saved.step > 0;
            (Wizard::resume(saved.answers, saved.step), progress, None)
        }
        Loaded::Failed(key) => (Wizard::default(), false, Some(key)),
    };
    let wizard = RwSignal::new(initial);
    let resuming = RwSignal::new(resume);
    let notice: RwSignal<Option<&'static str>> = RwSignal::new(first_notice);
    let can_save = RwSignal::new(first_notice != Some("storage.unavailable"));
    let last_saved: StoredValue<Option<(Answers, usize)>> = StoredValue::new(None);

    let dispatch = Callback::new(move |event: Event| wizard.update(|w| w.update(event)));

    let answers = Memo::new(move |_| wizard.with(|w| w.answers.clone()));
    let errors = Memo::new(move |_| wizard.with(|w| w.errors.clone()));
    let screen = Memo::new(move |_| {
        if resuming.get() {
            Screen::Resume
        } else {
            match wizard.with(|w| w.step) {
                RESULTS => Screen::Results,
                step => Screen::Step(step),
            }
        }
    });
    let advice = Memo::new(move |_| answers.with(suggest));
    let clinic = Signal::derive(move || config.with(|c| c.clinic.clone()));

    // Save every change. Nothing is written until there is something to
    // remember, and a failure turns into one notice, not a retry storm.
    Effect::new(move |_| {
        let (answers, step) = wizard.with(|w| (w.answers.clone(), w.step));
        if resuming.get() || !can_save.get_untracked() {
            return;
        }
        let current = Some((answers.clone(), step));
        if last_saved.with_value(|last| *last == current) {
            return;
        }
        if answers == Answers::default() && step == 0 {
            return;
        }
        match store.with_value(|s| s.save(&Saved::new(answers, step, now_ms()))) {
            Ok(()) => last_saved.set_value(current),
            Err(_) => {
                can_save.set(false);
                notice.set(Some("storage.unavailable"));
            }
        }
    });

    // Follow changes made in another tab; the step and what is being typed
    // here are kept.
    let listener = window_event_listener_untyped("storage", move |event| {
        match store.with_value(|s| s.from_event(&event, now_ms())) {
            Some(Some(saved)) => {
                // Not written back: the other tab saved it already.
                let step = wizard.with_untracked(|w| w.step);
                last_saved.set_value(Some((saved.answers.clone(), step)));
                if answers.get_untracked() != saved.answers {
                    wizard.update(|w| w.update(Event::Load(saved.answers)));
                }
            }
            Some(None) => {
                last_saved.set_value(None);
                resuming.set(false);
                wizard.update(|w| w.update(Event::StartOver));
            }
            None => {}
        }
    });
    on_cleanup(move || listener.remove());

    // Move focus to the new screen's heading when the screen changes (not on
    // first render: the widget must not steal focus from the host page).
    let root = NodeRef::<leptos::html::Div>::new();
    // The screen shown is remembered synchronously at creation, so that a
    // change made before the effect's first run still moves focus.
    let shown = StoredValue::new(screen.get_untracked());
    Effect::new(move |_| {
        let now = screen.get();
        if shown.get_value() == now {
            return;
        }
        shown.set_value(now);
        // After Leptos has patched the DOM (not a frame callback: those are
        // throttled in background tabs).
        set_timeout(
            move || {
                let target = root
                    .get_untracked()
                    .and_then(|r| r.query_selector(".ma-focus-target").ok().flatten())
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = target {
                    let _ = el.focus();
                }
            },
            std::time::Duration::ZERO,
        );
    });

    let forget = move |_| {
        let erased = store.with_value(Store::forget).is_ok();
        last_saved.set_value(None);
        resuming.set(false);
        wizard.update(|w| w.update(Event::StartOver));
        if erased && can_save.get_untracked() {
            notice.set(Some("ui.forgotten"));
        }
    };
    let on_continue = Callback::new(move |()| resuming.set(false));
    let on_start_over = Callback::new(move |()| {
        let _ = store.with_value(Store::forget);
        last_saved.set_value(None);
        resuming.set(false);
        wizard.update(|w| w.update(Event::StartOver));
    });

    let body = move || match screen.get() {
        Screen::Resume => view! { <Resume on_continue on_start_over /> }.into_any(),
        Screen::Results => view! {
            <Results advice=advice.into() answers=answers.into() clinic dispatch />
        }
        .into_any(),
        Screen::Step(step) => view! {
            <Progress step=Signal::stored(step) total=STEPS.len() />
            <StepForm step answers=answers.into() errors=errors.into() dispatch />
        }
        .into_any(),
    };

    view! {
        <div
            class="ma-root"
            node_ref=root
            lang=move || lang.get().tag()
            data-theme=move || config.with(|c| c.theme.id())
        >
            <header class="ma-header">
                <h1 class="ma-title">{move || i18n.t("app.title")}</h1>
                <p class="ma-intro">{move || i18n.t("app.intro")}</p>
            </header>
            <div class="ma-notice" role="status" class:ma-notice--shown=move || notice.get().is_some()>
                {move || notice.get().map(|key| i18n.t(key))}
            </div>
            <main class="ma-main">{body}</main>
            <footer class="ma-footer">
                <p class="ma-footer__privacy">{move || i18n.t("app.privacy")}</p>
                <button type="button" class="ma-link-button ma-no-print" on:click=forget>
                    {move || i18n.t("ui.forget")}
                </button>
            </footer>
        </div>
    }
}
