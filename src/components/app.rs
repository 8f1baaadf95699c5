//! The whole widget, as wiring: the state comes from `use_saved_progress`,
//! every change goes through the wizard's reducer, and each screen builds
//! what it shows from the three things shared with it (the wizard, the
//! config and the language), through screen-local copies (`Shared`).

use leptos::prelude::*;

use crate::config::Config;
use crate::domain::{Event, Screen, Wizard};
use crate::events::HostEvent;
use crate::hooks::{use_focus_on_change, use_host_events, use_prefill, use_saved_progress, Shared};
use crate::i18n::{use_i18n, I18n};
use crate::keys::dom;
use crate::prefill::Prefill;

use super::forget_answers::ForgetAnswers;
use super::frame::Frame;
use super::heading::{Heading, HeadingBase};
use super::screen::Screen as ScreenView;
use super::therapist_view::{reception_code, TherapistPage};

/// The back-care questionnaire. The storage key, `save` and `heading-level`
/// are read when it mounts (the element mounts it again when they change);
/// the language, theme and clinic details follow `config` live.
#[component]
pub fn App(
    /// What the host configured.
    #[prop(into, optional)]
    config: Signal<Config>,
    /// What the visitor did on the pre-rendered first step, to take over.
    #[prop(optional)]
    prefill: Prefill,
) -> impl IntoView {
    // Opened from a visitor's reception code: the therapist's view, which
    // reads and writes nothing on this device.
    if let Some(code) = reception_code() {
        return view! { <TherapistPage config code /> }.into_any();
    }
    let (key, save, level) =
        config.with_untracked(|c| (c.storage_key.clone(), c.save, c.heading_level));
    let progress = use_saved_progress(&key, save);
    let (wizard, chosen) = (progress.wizard, progress.lang);
    // The visitor's own choice wins over the host's `lang`.
    let lang = Signal::derive(move || chosen.get().unwrap_or_else(|| config.with(|c| c.lang)));
    provide_context(I18n(lang));
    provide_context(HeadingBase(level));
    let i18n = use_i18n();
    let dispatch = Callback::new(move |event: Event| wizard.update(|w| w.update(event)));
    let screen = Memo::new(move |_| wizard.with(Wizard::screen));
    let root = NodeRef::<leptos::html::Section>::new();
    use_focus_on_change(root, screen, dom::screen_heading);
    let host_event = use_host_events(root, screen, wizard, config);
    // After the host events: a Next pressed early runs after the first step
    // was announced.
    use_prefill(&prefill, wizard, chosen, dispatch);
    let on_book = Callback::new(move |therapy| host_event.run(HostEvent::Book(therapy)));
    let on_send = Callback::new(move |channel| host_event.run(HostEvent::Handoff(channel)));
    let (wizard_s, config_s, lang_s) = (
        Shared::<Wizard>::new(wizard),
        Shared::<Config>::new(config),
        Shared::new(lang),
    );
    let body = move || {
        let screen = screen.get();
        provide_context(I18n(lang_s.local()));
        let (wizard, config) = (wizard_s.local(), config_s.local());
        view! { <ScreenView screen wizard config dispatch on_book on_send on_start_over=progress.start_over /> }
    };
    view! {
        <Frame config lang on_choose=Callback::new(move |l| chosen.set(Some(l))) label="app.title" root>
            // The widget's name and intro open the questionnaire; later
            // screens start with their own heading, to keep phones short.
            <Show when=move || screen.get() == Screen::Step(0)>
                <header class="ma-header">
                    <Heading offset=0 class="ma-title">{move || i18n.t("app.title")}</Heading>
                    <p class="ma-intro">{move || i18n.t("app.intro")}</p>
                </header>
            </Show>
            <div class="ma-notice ma-callout ma-callout--warn" role="status">
                {move || progress.notice.get().map(|n| i18n.t(n.key()))}
            </div>
            <div class="ma-main">{body}</div>
            <footer class="ma-footer">
                <p class="ma-footer__privacy">{move || i18n.t(if save { "app.privacy" } else { "app.privacy_not_saving" })}</p>
                {save.then(|| view! { <ForgetAnswers on_forget=progress.forget /> })}
            </footer>
        </Frame>
    }
    .into_any()
}
