//! The widget's frame: the root section with its language, colours and the
//! host's colour scheme, and the language switch above what it holds. The
//! questionnaire and the therapist's view both live in it.

use leptos::prelude::*;

use crate::config::Config;
use crate::i18n::use_i18n;
use crate::locale::Lang;

use super::language_switch::LanguageSwitch;

/// The root of the widget, named by the locale text `label`.
#[component]
pub fn Frame(
    /// What the host configured (the theme and the host's colour scheme).
    config: Signal<Config>,
    /// The language shown.
    lang: Signal<Lang>,
    /// A language chosen on the switch.
    on_choose: Callback<Lang>,
    /// The locale key of the widget's accessible name.
    label: &'static str,
    /// The root section, for focus and events.
    #[prop(optional)]
    root: NodeRef<leptos::html::Section>,
    /// What it holds, below the language switch.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section
            class="ma-root"
            node_ref=root
            aria-label=move || i18n.t(label)
            lang=move || lang.get().tag()
            data-theme=move || config.with(|c| c.theme.id())
            data-host-scheme=move || config.with(|c| c.host_scheme.map(|s| s.id()))
        >
            <div class="ma-bar">
                <LanguageSwitch current=lang on_choose />
            </div>
            {children()}
        </section>
    }
}
