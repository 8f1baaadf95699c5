//! After a check-in: it is saved; what has changed (and the full
//! questionnaire offered again when the advice may have); the history.

use leptos::prelude::*;

use crate::domain::checkin::History;
use crate::domain::{Event, Msg};
use crate::i18n::use_i18n;
use crate::keys::dom;

use super::heading::Heading;
use super::history_view::HistorySection;
use super::therapy_card::msg_list;

/// The screen after a check-in.
#[component]
pub fn CheckInDone(
    /// The check-ins, the new one last.
    history: Signal<History>,
    /// Why the full questionnaire is offered again (empty: it is not).
    again: Signal<Vec<Msg>>,
    /// Something is new: the earlier suggestions are not offered, only the
    /// questionnaire again.
    retake: Signal<bool>,
    /// Where navigation goes.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ma-results ma-checkin-done" aria-labelledby=dom::PROGRESS_TITLE>
            <Heading offset=0 id=dom::PROGRESS_TITLE class="ma-step__title" focus_target=true>
                {move || i18n.t("checkin.saved_title")}
            </Heading>
            <p class="ma-step__intro">{move || i18n.t("checkin.saved")}</p>
            <Show when=move || again.with(|a| !a.is_empty())>
                <div class="ma-callout ma-callout--warn ma-checkin-again">
                    <p>{move || i18n.t(if retake.get() { "checkin.again.intro_retake" } else { "checkin.again.intro" })}</p>
                    {move || msg_list(i18n, again.get(), "ma-notes__list")}
                    <p class="ma-checkin-again__action">
                        <button type="button" class="ma-button ma-button--primary" on:click=move |_| dispatch.run(Event::Retake)>
                            {move || i18n.t("checkin.again.button")}
                        </button>
                    </p>
                </div>
            </Show>
            <HistorySection history />
            <Show when=move || !retake.get()>
                <div class="ma-nav ma-nav--results ma-no-print">
                    <button type="button" class="ma-button ma-button--secondary" on:click=move |_| dispatch.run(Event::ShowResults)>
                        {move || i18n.t("checkin.to_results")}
                    </button>
                </div>
            </Show>
        </section>
    }
}
