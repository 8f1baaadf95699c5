//! The whole widget, as wiring: the state comes from `use_saved_progress`,
//! every change goes through the wizard's reducer, and the screen follows
//! from the state.

use leptos::prelude::*;

use crate::config::Config;
use crate::domain::questions::STEPS;
use crate::domain::{suggest_from, Event, Screen, Wizard};
use crate::events::HostEvent;
use crate::hooks::{
    use_focus_on_change, use_host_events, use_saved_progress, SavedProgress, Shared,
};
use crate::i18n::{use_i18n, I18n};
use crate::keys::dom;
use crate::prefill::Prefill;

use super::forget_answers::ForgetAnswers;
use super::heading::{Heading, HeadingBase};
use super::language_switch::LanguageSwitch;
use super::progress::Progress;
use super::results::Results;
use super::resume::Resume;
use super::step_form::StepForm;

/// The heading that takes focus when `screen` shows.
fn heading_of(screen: &Screen) -> &'static str {
    match screen {
        Screen::Resume => dom::RESUME_TITLE,
        Screen::Step(_) => dom::STEP_TITLE,
        Screen::Results => dom::RESULTS_TITLE,
    }
}

/// The back-care questionnaire.
///
/// The storage key, `save` and `heading-level` are read once, when it
/// mounts (the element mounts it again when they change); the language,
/// theme and clinic details follow `config` live.
#[component]
pub fn App(
    /// What the host configured.
    #[prop(into, optional)]
    config: Signal<Config>,
    /// What the visitor did on the pre-rendered first step, to take over.
    #[prop(optional)]
    prefill: Prefill,
) -> impl IntoView {
    let (storage_key, save, heading_level) =
        config.with_untracked(|c| (c.storage_key.clone(), c.save, c.heading_level));
    let SavedProgress {
        wizard,
        notice,
        lang: chosen,
        start_over,
        forget,
    } = use_saved_progress(&storage_key, save);

    // The visitor's own choice wins over the host's `lang`.
    let lang = Signal::derive(move || chosen.get().unwrap_or_else(|| config.with(|c| c.lang)));
    provide_context(I18n(lang));
    provide_context(HeadingBase(heading_level));
    let i18n = use_i18n();

    let dispatch = Callback::new(move |event: Event| wizard.update(|w| w.update(event)));
    let choose_lang = Callback::new(move |l| chosen.set(Some(l)));

    // Taken over before the first render, so that it shows what the visitor
    // saw; saved by the first save. (Saved progress to resume means the
    // pre-render was not shown.)
    let fresh = wizard.with_untracked(|w| !w.resuming);
    if fresh {
        if let Some(l) = prefill.lang() {
            chosen.set(Some(l));
        }
        for action in prefill.actions() {
            dispatch.run(Event::Answer(action));
        }
    }

    let screen = Memo::new(move |_| wizard.with(Wizard::screen));
    let answers = Memo::new(move |_| wizard.with(|w| w.answers.clone()));
    let errors = Memo::new(move |_| wizard.with(|w| w.errors.clone()));
    let saved_step = Memo::new(move |_| wizard.with(|w| w.step));
    // Among the therapies the clinic offers (all unless it says otherwise).
    let advice =
        Memo::new(move |_| config.with(|c| answers.with(|a| suggest_from(a, &c.therapies))));
    let clinic = Memo::new(move |_| config.with(|c| c.clinic.clone()));
    let emergency = Memo::new(move |_| config.with(|c| c.emergency_number.clone()));
    // Screens read the shared state through screen-local copies, so that
    // nothing they leave behind stays subscribed to it (see `Shared`).
    let lang_s = Shared::new(lang);
    let answers_s = Shared::new(answers);
    let errors_s = Shared::new(errors);
    let advice_s = Shared::new(advice);
    let clinic_s = Shared::new(clinic);
    let emergency_s: Shared<Option<String>> = Shared::new(emergency);
    let saved_step_s = Shared::new(saved_step);

    let root = NodeRef::<leptos::html::Section>::new();
    use_focus_on_change(root, screen, heading_of);
    let host_event = use_host_events(root, screen, advice);
    // Next pressed before the start: taken once on screen, so that focus
    // moves to the next step as on any Next.
    if fresh && prefill.next {
        Effect::new(move |_| dispatch.run(Event::Next));
    }
    let on_book = Callback::new(move |therapy| host_event.run(HostEvent::Book(therapy)));

    // The widget's name and intro open the questionnaire; later screens
    // start with their own heading, at the top level, to keep phones short.
    let first = move || screen.get() == Screen::Step(0);

    let body = move || {
        let screen = screen.get();
        provide_context(I18n(lang_s.local()));
        match screen {
            Screen::Resume => view! {
                <Resume
                    step=saved_step_s.local()
                    on_continue=Callback::new(move |()| dispatch.run(Event::Continue))
                    on_start_over=start_over
                />
            }
            .into_any(),
            Screen::Results => view! {
                <Results
                    advice=advice_s.local()
                    answers=answers_s.local()
                    clinic=clinic_s.local()
                    emergency=emergency_s.local()
                    dispatch
                    on_book
                    on_start_over=start_over
                />
            }
            .into_any(),
            Screen::Step(step) => view! {
                <Progress step=Signal::stored(step) total=STEPS.len() />
                <StepForm
                    step
                    top=step != 0
                    answers=answers_s.local()
                    errors=errors_s.local()
                    emergency=emergency_s.local()
                    dispatch
                />
            }
            .into_any(),
        }
    };

    view! {
        <section
            class="ma-root"
            node_ref=root
            aria-label=move || i18n.t("app.title")
            lang=move || lang.get().tag()
            data-theme=move || config.with(|c| c.theme.id())
        >
            <div class="ma-bar">
                <LanguageSwitch current=lang on_choose=choose_lang />
            </div>
            <Show when=first>
                <header class="ma-header">
                    <Heading offset=0 class="ma-title">{move || i18n.t("app.title")}</Heading>
                    <p class="ma-intro">{move || i18n.t("app.intro")}</p>
                </header>
            </Show>
            <div class="ma-notice ma-callout ma-callout--warn" role="status">
                {move || notice.get().map(|n| i18n.t(n.key()))}
            </div>
            <div class="ma-main">{body}</div>
            <footer class="ma-footer">
                <p class="ma-footer__privacy">
                    {move || i18n.t(if save { "app.privacy" } else { "app.privacy_not_saving" })}
                </p>
                {save.then(|| view! { <ForgetAnswers on_forget=forget /> })}
            </footer>
        </section>
    }
}
