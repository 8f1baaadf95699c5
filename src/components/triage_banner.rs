//! The triage outcome at the top of the results: how urgently to see a
//! doctor, and the answers that call for it.

use leptos::prelude::*;

use crate::domain::choices::Level;
use crate::domain::triage::Trigger;
use crate::domain::Advice;
use crate::i18n::use_i18n;
use crate::keys::text;

use super::call_link::CallLink;
use super::heading::Heading;

/// The triage outcome, with the answers that triggered it.
#[component]
pub fn TriageBanner(
    /// The advice whose triage outcome to show.
    advice: Signal<Advice>,
    /// The local emergency number, if the host set one: a `tel:` link on
    /// the emergency outcome.
    #[prop(optional, into)]
    emergency: Signal<Option<String>>,
    /// Emergencies an unanswered question could still reveal (see
    /// `domain::unasked_emergencies`): named on the urgent outcome.
    #[prop(optional, into)]
    call_instead: Signal<Vec<Trigger>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || advice.with(|a| a.triage.level);
    // No warning sign, but a condition whose care team must agree first.
    let action = move || {
        if level() == Level::Routine && advice.with(|a| !a.clearance.is_empty()) {
            "level.routine.action_clearance".to_owned()
        } else if level() == Level::Soon && advice.with(|a| !a.no_massage.is_empty()) {
            "level.soon.action_no_massage".to_owned()
        } else {
            text::level_action(level())
        }
    };
    let role = move || {
        if level() >= Level::Urgent {
            "alert"
        } else {
            "status"
        }
    };
    let class = move || {
        let tone = match level() {
            Level::Routine => "",
            Level::Soon => " ma-callout--warn",
            Level::Urgent | Level::Emergency => " ma-callout--danger",
        };
        format!("ma-triage ma-triage--{} ma-callout{tone}", level().id())
    };
    view! {
        <div class=class role=role>
            <Heading offset=1 class="ma-triage__title">{move || i18n.t(&text::level_title(level()))}</Heading>
            <p class="ma-triage__action">{move || i18n.t(&action())}</p>
            {move || (level() == Level::Emergency).then(|| emergency.get()).flatten().map(|number| view! {
                <p class="ma-triage__call"><CallLink number /></p>
            })}
            <Show when=move || level() == Level::Urgent && call_instead.with(|c| !c.is_empty())>
                <div class="ma-triage__instead">
                    <p class="ma-triage__because">{move || i18n.t("ui.call_instead_if")}</p>
                    <ul class="ma-triage__triggers">
                        {move || call_instead.with(|c| c.iter().map(|t| {
                            let key = text::trigger(t.id());
                            view! { <li>{move || i18n.t(&key)}</li> }
                        }).collect_view())}
                    </ul>
                    {move || emergency.get().map(|number| view! {
                        <p class="ma-triage__call"><CallLink number /></p>
                    })}
                </div>
            </Show>
            <Show when=move || !advice.with(|a| a.triage.triggers.is_empty())>
                <p class="ma-triage__because">{move || i18n.t("ui.because_you_told_us")}</p>
                <ul class="ma-triage__triggers">
                    {move || advice.with(|a| a.triage.triggers.iter().map(|t| {
                        let key = text::trigger(t.id());
                        view! { <li>{move || i18n.t(&key)}</li> }
                    }).collect_view())}
                </ul>
            </Show>
        </div>
    }
}
