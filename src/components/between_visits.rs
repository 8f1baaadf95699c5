//! Between visits, on the results: the plan in the visitor's calendar, a
//! check-in ("How is your back today?"), and how the back has been so far.

use leptos::prelude::*;

use crate::config::Clinic;
use crate::domain::checkin::History;
use crate::domain::ics::{plan_calendar, Wording};
use crate::domain::{Event, Suggestion};
use crate::i18n::{use_i18n, I18n};
use crate::keys::{dom, text};
use crate::storage::{local_now_ms, now_ms};

use super::disclosure::Disclosure;
use super::heading::Heading;
use super::history_view::HistoryView;

/// The calendar file for `suggestion`'s plan, as a `data:` address a link
/// downloads (made on the device: no request).
fn calendar_href(i18n: I18n, suggestion: &Suggestion, clinic: &Clinic) -> String {
    let name = i18n.t(&text::therapy(suggestion.therapy, "name"));
    // "… at {clinic}" when the clinic has a name.
    let at_clinic = |what: String| match &clinic.name {
        Some(clinic) => i18n.fill(
            "calendar.weekly_at",
            &[("therapy", what), ("clinic", clinic.clone())],
        ),
        None => what,
    };
    let wording = Wording {
        weekly: at_clinic(name.clone()),
        maintenance: at_clinic(i18n.fill("calendar.maintenance", &[("therapy", name)])),
        description: i18n.t("calendar.description"),
        reminder: i18n.t("calendar.reminder"),
    };
    // The visitor's own today; the events' ids are the therapy's and the
    // day's, so that the same plan downloaded twice that day replaces
    // itself in the calendar rather than doubling.
    let now = local_now_ms();
    let day = (now / 86_400_000.0).floor() as i64;
    let uid = format!("{}-{day}", suggestion.therapy.id());
    let ics = plan_calendar(&suggestion.plan, &wording, now, now_ms(), &uid);
    let encoded = String::from(js_sys::encode_uri_component(&ics));
    format!("data:text/calendar;charset=utf-8,{encoded}")
}

/// Between visits: the calendar, the check-in, the history.
#[component]
pub fn BetweenVisits(
    /// The first suggestion, when a plan can be put in the calendar (a
    /// session can be booked now).
    plan_for: Signal<Option<Suggestion>>,
    /// The clinic's details (its name goes in the events).
    clinic: Signal<Clinic>,
    /// The check-ins so far.
    history: Signal<History>,
    /// Where navigation goes (a check-in).
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ma-between ma-no-print-buttons" aria-labelledby=dom::NEXT_TITLE>
            <Heading offset=1 class="ma-results__heading" id=dom::NEXT_TITLE>{move || i18n.t("between.title")}</Heading>
            <div class="ma-between__actions ma-no-print">
                {move || plan_for.get().map(|s| {
                    let file = format!("massage-plan-{}.ics", s.therapy.id());
                    let href = calendar_href(i18n, &s, &clinic.get());
                    view! {
                        <a class="ma-button ma-button--secondary ma-between__calendar" href=href download=file>
                            <span>{move || i18n.t("calendar.add")}</span>
                        </a>
                    }
                })}
                <button type="button" class="ma-button ma-button--secondary ma-between__checkin" on:click=move |_| dispatch.run(Event::StartCheckIn)>
                    {move || i18n.t("checkin.title")}
                </button>
            </div>
            <Show when=move || history.with(|h| !h.is_empty())>
                <Disclosure class="ma-history-section" title=Signal::derive(move || i18n.t("history.title"))>
                    <HistoryView history />
                </Disclosure>
            </Show>
        </section>
    }
}
