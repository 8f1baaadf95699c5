//! The whole widget, as wiring: the state comes from `use_saved_progress`,
//! every change goes through the wizard's reducer, and the screen follows
//! from the state.

use leptos::prelude::*;

use crate::config::Config;
use crate::domain::questions::STEPS;
use crate::domain::{suggest, Event, Screen, Wizard};
use crate::hooks::{use_focus_on_change, use_saved_progress, SavedProgress, Shared};
use crate::i18n::{use_i18n, I18n};
use crate::keys::dom;

use super::forget_answers::ForgetAnswers;
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
#[component]
pub fn App(
    /// What the host configured.
    #[prop(into, optional)]
    config: Signal<Config>,
) -> impl IntoView {
    let lang = Signal::derive(move || config.with(|c| c.lang));
    provide_context(I18n(lang));
    let i18n = use_i18n();

    let SavedProgress {
        wizard,
        notice,
        forget,
    } = use_saved_progress(&config.with_untracked(|c| c.storage_key.clone()));
    let dispatch = Callback::new(move |event: Event| wizard.update(|w| w.update(event)));

    let screen = Memo::new(move |_| wizard.with(Wizard::screen));
    let answers = Memo::new(move |_| wizard.with(|w| w.answers.clone()));
    let errors = Memo::new(move |_| wizard.with(|w| w.errors.clone()));
    let advice = Memo::new(move |_| answers.with(suggest));
    let clinic = Memo::new(move |_| config.with(|c| c.clinic.clone()));
    // Screens read the shared state through screen-local copies, so that
    // nothing they leave behind stays subscribed to it (see `Shared`).
    let lang_s = Shared::new(lang);
    let answers_s = Shared::new(answers);
    let errors_s = Shared::new(errors);
    let advice_s = Shared::new(advice);
    let clinic_s = Shared::new(clinic);

    let root = NodeRef::<leptos::html::Div>::new();
    use_focus_on_change(root, screen, heading_of);

    let body = move || {
        let screen = screen.get();
        provide_context(I18n(lang_s.local()));
        match screen {
            Screen::Resume => view! {
                <Resume
                    on_continue=Callback::new(move |()| dispatch.run(Event::Continue))
                    on_start_over=Callback::new(move |()| dispatch.run(Event::StartOver))
                />
            }
            .into_any(),
            Screen::Results => view! {
                <Results
                    advice=advice_s.local()
                    answers=answers_s.local()
                    clinic=clinic_s.local()
                    dispatch
                />
            }
            .into_any(),
            Screen::Step(step) => view! {
                <Progress step=Signal::stored(step) total=STEPS.len() />
                <StepForm step answers=answers_s.local() errors=errors_s.local() dispatch />
            }
            .into_any(),
        }
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
            <div class="ma-notice ma-callout ma-callout--warn" role="status">
                {move || notice.get().map(|n| i18n.t(n.key()))}
            </div>
            <main class="ma-main">{body}</main>
            <footer class="ma-footer">
                <p class="ma-footer__privacy">{move || i18n.t("app.privacy")}</p>
                <ForgetAnswers on_forget=forget />
            </footer>
        </div>
    }
}
