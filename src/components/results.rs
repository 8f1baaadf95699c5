//! The results, built for a phone: the first screen holds the outcome,
//! what is important for this visitor, the first suggestion with why, and
//! the one main action (book, or reach the clinic); the rest follows in the
//! order a visitor looks for it, as sections they can open (more
//! suggestions, at home, the therapies left out, about this advice, the
//! answers). Printed, it is the summary alone.

use leptos::prelude::*;

use crate::config::Clinic;
use crate::domain::checkin::History;
use crate::domain::choices::{Level, TherapyId};
use crate::domain::{steps_to_results, unasked_emergencies, Advice, Answers, Event};
use crate::events::Channel;
use crate::handoff::may_send;
use crate::hooks::use_print;
use crate::i18n::use_i18n;
use crate::keys::dom;

use super::about_advice::AboutAdvice;
use super::answer_summary::AnswerSummary;
use super::between_visits::BetweenVisits;
use super::clinic_cta::ClinicCta;
use super::disclosure::Disclosure;
use super::edit_answers::EditAnswers;
use super::heading::Heading;
use super::left_out::LeftOutItem;
use super::notes_box::NotesBox;
use super::send_summary::SendSummary;
use super::therapy_card::{msg_list, TherapyCard};
use super::triage_banner::TriageBanner;

/// The results screen.
#[component]
pub fn Results(
    /// The advice to show.
    advice: Signal<Advice>,
    /// The answers (for the printable summary).
    answers: Signal<Answers>,
    /// The check-ins so far.
    #[prop(optional, into)]
    history: Signal<History>,
    /// The clinic's contact details.
    clinic: Signal<Clinic>,
    /// The local emergency number, if the host set one.
    #[prop(optional, into)]
    emergency: Signal<Option<String>>,
    /// Where navigation goes (edit answers).
    dispatch: Callback<Event>,
    /// A suggestion's booking link was followed.
    #[prop(optional, into)]
    on_book: Option<Callback<TherapyId>>,
    /// The summary was sent to the clinic, this way.
    #[prop(optional, into)]
    on_send: Option<Callback<Channel>>,
    /// Shown to the therapist from a reception code: the advice only, no
    /// action, nothing to change.
    #[prop(optional)]
    read_only: bool,
    /// Starts over.
    on_start_over: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || advice.with(|a| a.triage.level);
    // A doctor today or an emergency: no suggestions, no session advice,
    // only what to do now.
    let act_now = move || level() >= Level::Urgent;
    // "See a doctor soon": the doctor comes first; the gentle options are
    // the ones to ask about, and nothing is booked until then.
    let doctor_first = move || level() == Level::Soon;
    // A session can be booked straight away: no doctor first, and no one
    // whose agreement is needed (then the clinic offers questions instead).
    let bookable =
        move || !read_only && level() == Level::Routine && advice.with(|a| a.clearance.is_empty());
    // A rule rules out every therapy for now (a catching skin condition,
    // blood pressure not under control): said plainly, with why.
    let no_massage = move || !act_now() && advice.with(|a| !a.no_massage.is_empty());
    // Safety allows some therapy, but none the clinic offers suits.
    let none_suits =
        move || !act_now() && !no_massage() && advice.with(|a| a.suggestions.is_empty());
    let seen = Signal::derive(move || answers.with(steps_to_results));
    let section = NodeRef::<leptos::html::Section>::new();
    let print = use_print(section);
    let card = move |rank: usize| {
        let bookable = bookable();
        advice.with(|a| {
            a.suggestions.get(rank).cloned().map(|s| {
                let book = bookable
                    .then(|| clinic.with(|c| c.booking_href(s.therapy)))
                    .flatten();
                view! { <TherapyCard suggestion=s rank=rank + 1 book on_book /> }
            })
        })
    };
    let more = move || advice.with(|a| a.suggestions.len().saturating_sub(1));
    let list = move |notes: fn(&Advice) -> Vec<crate::domain::Msg>| {
        move || msg_list(i18n, advice.with(notes), "ma-notes__list")
    };
    view! {
        <section class="ma-results" aria-labelledby=dom::RESULTS_TITLE node_ref=section>
            <Heading offset=0 id=dom::RESULTS_TITLE class="ma-step__title" focus_target=true>
                {move || i18n.t(if act_now() { "ui.act_now_title" } else { "ui.results_title" })}
            </Heading>
            <p class="ma-print-only ma-results__date">
                {move || i18n.fill("ui.printed_on", &[("date", print.date.get())])}
            </p>
            <div aria-live="polite">
                <TriageBanner
                    advice
                    emergency
                    call_instead=Signal::derive(move || answers.with(unasked_emergencies))
                />
            </div>
            // What holds whichever massage is chosen comes before any of them.
            <NotesBox
                title="ui.important_for_you"
                title_id=dom::IMPORTANT_TITLE
                tone="warn"
                notes=Signal::derive(move || advice.with(|a| a.important.clone()))
            />
            <Show when=no_massage>
                <div class="ma-no-massage ma-callout ma-callout--warn">
                    <Heading offset=1 class="ma-results__heading">{move || i18n.t("ui.no_massage_title")}</Heading>
                    {list(|a| a.no_massage.clone())}
                </div>
            </Show>
            <Show when=none_suits>
                <p class="ma-none-suits ma-callout ma-callout--warn">{move || i18n.t("ui.none_suits")}</p>
            </Show>
            <Show when=move || !advice.with(|a| a.suggestions.is_empty())>
                <Heading offset=1 class="ma-results__heading" id=dom::SUGGESTIONS_TITLE>
                    {move || i18n.t(if doctor_first() { "ui.doctor_first_title" } else { "ui.suggested_title" })}
                </Heading>
                <ol class="ma-cards" aria-labelledby=dom::SUGGESTIONS_TITLE>{move || card(0)}</ol>
            </Show>
            // The clinic's call to action follows the first suggestion at once.
            <Show when=move || !read_only && clinic.with(Clinic::has_contact) && !act_now()>
                <ClinicCta
                    clinic
                    questions_only=Signal::derive(move || advice.with(|a| !a.clearance.is_empty() || !a.no_massage.is_empty()))
                    booked_above=Signal::derive(move || {
                        bookable()
                            && clinic.with(|c| c.booking_url.is_some())
                            && advice.with(|a| !a.suggestions.is_empty())
                    })
                />
            </Show>
            // Never on an urgent or emergency outcome: then the visitor calls.
            <Show when=move || !read_only && advice.with(may_send)>
                <SendSummary
                    advice
                    answers
                    clinic
                    on_send=Callback::new(move |channel| {
                        if let Some(on_send) = on_send {
                            on_send.run(channel);
                        }
                    })
                />
            </Show>
            <Show when=move || !read_only && !act_now()>
                <BetweenVisits
                    plan_for=Signal::derive(move || bookable().then(|| advice.with(|a| a.suggestions.first().cloned())).flatten())
                    clinic
                    history
                    dispatch
                />
            </Show>
            <Show when=move || { more() > 0 }>
                <Disclosure class="ma-more" open=read_only title=Signal::derive(move || i18n.fill("ui.more_suggestions", &[("n", more().to_string())]))>
                    <ol class="ma-cards" start="2" aria-labelledby=dom::SUGGESTIONS_TITLE>
                        {move || (1..=more()).map(card).collect_view()}
                    </ol>
                </Disclosure>
            </Show>
            <Show when=move || !advice.with(|a| a.at_home.is_empty())>
                <Disclosure class="ma-at-home" open=read_only title=Signal::derive(move || i18n.t("ui.at_home"))>
                    {list(|a| a.at_home.clone())}
                </Disclosure>
            </Show>
            <Show when=move || !advice.with(|a| a.left_out.is_empty())>
                <Disclosure class="ma-left-out" open=read_only title=Signal::derive(move || i18n.t("ui.other_therapies"))>
                    <ul class="ma-left-out__list">
                        {move || advice.with(|a| a.left_out.iter().cloned().map(|l| view! { <LeftOutItem left=l /> }).collect_view())}
                    </ul>
                </Disclosure>
            </Show>
            <Show when=move || !act_now()>
                <p class="ma-disclaimer ma-callout ma-callout--quiet">{move || i18n.t("ui.not_diagnosis")}</p>
            </Show>
            <AboutAdvice />
            <AnswerSummary answers open=read_only />
            <div class="ma-nav ma-nav--results ma-no-print">
                <button type="button" class="ma-button ma-button--secondary" on:click=move |_| print.run.run(())>
                    {move || i18n.t("ui.print")}
                </button>
                {(!read_only).then(|| view! {
                    <button type="button" class="ma-button ma-button--secondary" on:click=move |_| on_start_over.run(())>
                        {move || i18n.t("ui.start_over")}
                    </button>
                })}
            </div>
            {(!read_only).then(|| view! { <EditAnswers steps=seen dispatch /> })}
        </section>
    }
}
