//! The results: triage first, then ranked suggestions that explain
//! themselves, the therapies left out and why, and what to do next.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::Clinic;
use crate::domain::choices::{Level, TherapyId};
use crate::domain::{steps_to_results, unasked_emergencies, Advice, Answers, Event};
use crate::i18n::{use_i18n, I18n};
use crate::keys::dom;

use super::about_advice::AboutAdvice;
use super::answer_summary::AnswerSummary;
use super::clinic_cta::ClinicCta;
use super::edit_answers::EditAnswers;
use super::heading::Heading;
use super::left_out::LeftOutItem;
use super::notes_box::NotesBox;
use super::therapy_card::TherapyCard;
use super::triage_banner::TriageBanner;

/// The results screen.
#[component]
pub fn Results(
    /// The advice to show.
    advice: Signal<Advice>,
    /// The answers (for the printable summary).
    answers: Signal<Answers>,
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
    let bookable = move || level() == Level::Routine && advice.with(|a| a.clearance.is_empty());
    // A rule rules out every therapy for now (a catching skin condition,
    // blood pressure not under control): said plainly, with why.
    let no_massage = move || !act_now() && advice.with(|a| !a.no_massage.is_empty());
    // Safety allows some therapy, but none the clinic offers suits.
    let none_suits =
        move || !act_now() && !no_massage() && advice.with(|a| a.suggestions.is_empty());
    let seen = Signal::derive(move || answers.with(steps_to_results));
    let section = NodeRef::<leptos::html::Section>::new();
    // The printout says when it was made.
    let today = RwSignal::new(today(i18n));
    // Open every disclosure first, so the printout holds the answers and the
    // therapies left out even in browsers that do not print closed ones.
    let print = move |_| {
        today.set(self::today(i18n));
        if let Some(section) = section.get_untracked() {
            if let Ok(all) = section.query_selector_all("details") {
                for i in 0..all.length() {
                    if let Some(el) = all.item(i) {
                        if let Ok(details) = el.dyn_into::<web_sys::Element>() {
                            let _ = details.set_attribute("open", "");
                        }
                    }
                }
            }
        }
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="ma-results" aria-labelledby=dom::RESULTS_TITLE node_ref=section>
            <Heading offset=0 id=dom::RESULTS_TITLE class="ma-step__title" focus_target=true>
                {move || i18n.t(if act_now() { "ui.act_now_title" } else { "ui.results_title" })}
            </Heading>
            <p class="ma-print-only ma-results__date">
                {move || i18n.fill("ui.printed_on", &[("date", today.get())])}
            </p>
            <div aria-live="polite">
                <TriageBanner
                    advice
                    emergency
                    call_instead=Signal::derive(move || answers.with(unasked_emergencies))
                />
            </div>
            <Show when=no_massage>
                <div class="ma-no-massage ma-callout ma-callout--warn">
                    <Heading offset=1 class="ma-results__heading">{move || i18n.t("ui.no_massage_title")}</Heading>
                    <ul>
                        {move || advice.with(|a| a.no_massage.iter().map(|m| {
                            let m = m.clone();
                            view! { <li>{move || i18n.render(&m)}</li> }
                        }).collect_view())}
                    </ul>
                </div>
            </Show>
            <Show when=none_suits>
                <p class="ma-none-suits ma-callout ma-callout--warn">{move || i18n.t("ui.none_suits")}</p>
            </Show>
            <Show when=move || !advice.with(|a| a.suggestions.is_empty())>
                <Heading offset=1 class="ma-results__heading" id=dom::SUGGESTIONS_TITLE>
                    {move || i18n.t(if doctor_first() { "ui.doctor_first_title" } else { "ui.suggested_title" })}
                </Heading>
                <ol class="ma-cards" aria-labelledby=dom::SUGGESTIONS_TITLE>
                    {move || {
                        let bookable = bookable();
                        advice.with(|a| a.suggestions.iter().cloned().enumerate().map(|(rank, s)| {
                            let book = bookable.then(|| clinic.with(|c| c.booking_href(s.therapy))).flatten();
                            view! { <TherapyCard suggestion=s rank=rank + 1 book on_book /> }
                        }).collect_view())
                    }}
                </ol>
            </Show>
            // The clinic's call to action follows the suggestions at once.
            <Show when=move || clinic.with(Clinic::has_contact) && !act_now()>
                <ClinicCta
                    clinic
                    questions_only=Signal::derive(move || advice.with(|a| !a.clearance.is_empty() || !a.no_massage.is_empty()))
                />
            </Show>
            <NotesBox
                title="ui.important_for_you"
                title_id=dom::IMPORTANT_TITLE
                tone="warn"
                notes=Signal::derive(move || advice.with(|a| a.important.clone()))
            />
            <NotesBox
                title="ui.at_home"
                title_id=dom::AT_HOME_TITLE
                tone="quiet"
                notes=Signal::derive(move || advice.with(|a| a.at_home.clone()))
            />
            <Show when=move || !advice.with(|a| a.left_out.is_empty())>
                <details class="ma-left-out">
                    <summary>{move || i18n.t("ui.other_therapies")}</summary>
                    <ul class="ma-left-out__list">
                        {move || advice.with(|a| a.left_out.iter().cloned().map(|l| view! { <LeftOutItem left=l /> }).collect_view())}
                    </ul>
                </details>
            </Show>
            <Show when=move || !act_now()>
                <p class="ma-disclaimer ma-callout ma-callout--quiet">{move || i18n.t("ui.not_diagnosis")}</p>
            </Show>
            <AboutAdvice />
            <AnswerSummary answers />
            <div class="ma-nav ma-nav--results ma-no-print">
                <button type="button" class="ma-button ma-button--secondary" on:click=print>
                    {move || i18n.t("ui.print")}
                </button>
                <button type="button" class="ma-button ma-button--secondary" on:click=move |_| on_start_over.run(())>
                    {move || i18n.t("ui.start_over")}
                </button>
            </div>
            <EditAnswers steps=seen dispatch />
        </section>
    }
}

/// Today's date, written the way the visitor's language writes dates.
fn today(i18n: I18n) -> String {
    let tag = i18n.0.get_untracked().tag();
    String::from(
        js_sys::Date::new_0().to_locale_date_string(tag, &wasm_bindgen::JsValue::UNDEFINED),
    )
}
