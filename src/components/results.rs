//! The results: triage first, then ranked suggestions that explain
//! themselves, the therapies left out and why, and what to do next.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::Clinic;
use crate::domain::catalogue::therapy_of;
use crate::domain::choices::Level;
use crate::domain::questions::{self, STEPS};
use crate::domain::{Advice, Answers, Event, LeftOut, Suggestion, Value};
use crate::i18n::{use_i18n, I18n};

/// The results screen.
#[component]
pub fn Results(
    /// The advice to show.
    advice: Signal<Advice>,
    /// The answers (for the printable summary).
    answers: Signal<Answers>,
    /// The clinic's contact details.
    clinic: Signal<Clinic>,
    /// Where navigation goes (edit, start over).
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || advice.with(|a| a.triage.level);
    let section = NodeRef::<leptos::html::Section>::new();
    // Open every disclosure first, so the printout holds the answers and the
    // therapies left out even in browsers that do not print closed ones.
    let print = move |_| {
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
        <section class="ma-results" aria-labelledby="ma-results-title" node_ref=section>
            <h2 id="ma-results-title" class="ma-step__title ma-focus-target" tabindex="-1">
                {move || i18n.t("ui.results_title")}
            </h2>
            <div aria-live="polite">
                <TriageBanner advice />
            </div>
            <Show when=move || !advice.with(|a| a.suggestions.is_empty())>
                <ol class="ma-cards">
                    {move || advice.with(|a| a.suggestions.iter().cloned().enumerate().map(|(rank, s)| {
                        view! { <TherapyCard suggestion=s rank=rank + 1 /> }
                    }).collect_view())}
                </ol>
            </Show>
            <Show when=move || !advice.with(|a| a.left_out.is_empty())>
                <details class="ma-left-out">
                    <summary>{move || i18n.t("ui.other_therapies")}</summary>
                    <ul class="ma-left-out__list">
                        {move || advice.with(|a| a.left_out.iter().cloned().map(|l| view! { <LeftOutItem left=l /> }).collect_view())}
                    </ul>
                </details>
            </Show>
            <p class="ma-disclaimer">{move || i18n.t("ui.not_diagnosis")}</p>
            <Show when=move || clinic.with(Clinic::has_contact) && level() < Level::Urgent>
                <ClinicCta clinic />
            </Show>
            <AnswerSummary answers />
            <div class="ma-nav ma-nav--results ma-no-print">
                <button type="button" class="ma-button ma-button--primary" on:click=print>
                    {move || i18n.t("ui.print")}
                </button>
                <button type="button" class="ma-button ma-button--secondary" on:click=move |_| dispatch.run(Event::StartOver)>
                    {move || i18n.t("ui.start_over")}
                </button>
            </div>
            <EditAnswers dispatch />
        </section>
    }
}

/// The triage outcome, with the answers that triggered it.
#[component]
fn TriageBanner(advice: Signal<Advice>) -> impl IntoView {
    let i18n = use_i18n();
    let level = move || advice.with(|a| a.triage.level);
    let role = move || {
        if level() >= Level::Urgent {
            "alert"
        } else {
            "status"
        }
    };
    view! {
        <div class=move || format!("ma-triage ma-triage--{}", level().id()) role=role>
            <h3 class="ma-triage__title">{move || i18n.t(&format!("level.{}.title", level().id()))}</h3>
            <p class="ma-triage__action">{move || i18n.t(&format!("level.{}.action", level().id()))}</p>
            <Show when=move || !advice.with(|a| a.triage.triggers.is_empty())>
                <p class="ma-triage__because">{move || i18n.t("ui.because_you_told_us")}</p>
                <ul class="ma-triage__triggers">
                    {move || advice.with(|a| a.triage.triggers.iter().map(|t| {
                        let key = t.key();
                        view! { <li>{move || i18n.t(&key)}</li> }
                    }).collect_view())}
                </ul>
            </Show>
        </div>
    }
}

fn msg_list(i18n: I18n, msgs: Vec<crate::domain::Msg>, class: &'static str) -> impl IntoView {
    view! {
        <ul class=class>
            {msgs.into_iter().map(|m| view! { <li>{move || i18n.render(&m)}</li> }).collect_view()}
        </ul>
    }
}

/// One suggested therapy.
#[component]
fn TherapyCard(suggestion: Suggestion, rank: usize) -> impl IntoView {
    let i18n = use_i18n();
    let t = therapy_of(suggestion.therapy);
    let plan = suggestion.plan;
    let name = t.key("name");
    let description = t.key("description");
    let watch = t.key("watch");
    let title_id = format!("ma-card-{}", t.id.id());
    let labelledby = title_id.clone();
    let cautions = suggestion.cautions.clone();
    let has_cautions = !cautions.is_empty();
    view! {
        <li class="ma-card" id=format!("ma-therapy-{}", t.id.id()) aria-labelledby=labelledby>
            <h3 class="ma-card__title" id=title_id>
                <span class="ma-card__rank" aria-hidden="true">{rank}</span>
                {move || i18n.t(&name)}
            </h3>
            <p class="ma-card__description">{move || i18n.t(&description)}</p>
            <h4 class="ma-card__heading">{move || i18n.t("ui.why_suits")}</h4>
            {msg_list(i18n, suggestion.reasons.clone(), "ma-card__reasons")}
            <h4 class="ma-card__heading">{move || i18n.t("ui.watch_for")}</h4>
            <ul class="ma-card__cautions">
                {has_cautions.then(|| cautions.into_iter().map(|m| view! {
                    <li class="ma-card__caution">{move || i18n.render(&m)}</li>
                }).collect_view())}
                <li>{move || i18n.t(&watch)}</li>
            </ul>
            <h4 class="ma-card__heading">{move || i18n.t("ui.how_often")}</h4>
            <ul class="ma-card__plan">
                {plan.after_doctor.then(|| view! { <li class="ma-card__caution">{move || i18n.t("plan.after_doctor")}</li> })}
                <li>{move || i18n.fill("plan.weekly", &[("weeks", plan.weekly_for_weeks.to_string())])}</li>
                <li>{move || i18n.fill("plan.maintenance", &[
                    ("from", plan.maintenance_every_weeks.0.to_string()),
                    ("to", plan.maintenance_every_weeks.1.to_string()),
                ])}</li>
                <li>{move || i18n.fill("plan.minutes", &[
                    ("from", plan.minutes.0.to_string()),
                    ("to", plan.minutes.1.to_string()),
                ])}</li>
            </ul>
        </li>
    }
}

/// A therapy that was not suggested.
#[component]
fn LeftOutItem(left: LeftOut) -> impl IntoView {
    let i18n = use_i18n();
    let name = therapy_of(left.therapy).key("name");
    view! {
        <li class="ma-left-out__item" id=format!("ma-left-{}", left.therapy.id())>
            <strong>{move || i18n.t(&name)}</strong>
            {msg_list(i18n, left.why, "ma-left-out__why")}
        </li>
    }
}

/// The clinic's call to action.
#[component]
fn ClinicCta(clinic: Signal<Clinic>) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || match clinic.with(|c| c.name.clone()) {
        Some(name) => i18n.fill("ui.contact_clinic_named", &[("clinic", name)]),
        None => i18n.t("ui.contact_clinic"),
    };
    view! {
        <aside class="ma-cta" aria-labelledby="ma-cta-title">
            <h3 class="ma-cta__title" id="ma-cta-title">{title}</h3>
            <ul class="ma-cta__links">
                {move || clinic.with(|c| {
                    let phone = c.phone.clone().zip(c.phone_href()).map(|(phone, href)| view! {
                        <li><a class="ma-cta__link" href=href>{i18n.fill("ui.call", &[("phone", phone)])}</a></li>
                    });
                    let email = c.email.clone().zip(c.email_href()).map(|(email, href)| view! {
                        <li><a class="ma-cta__link" href=href>{i18n.fill("ui.email", &[("email", email)])}</a></li>
                    });
                    let url = c.url.clone().map(|href| view! {
                        <li><a class="ma-cta__link" href=href target="_blank" rel="noopener noreferrer">{i18n.t("ui.visit")}</a></li>
                    });
                    (phone, email, url)
                })}
            </ul>
        </aside>
    }
}

/// The visitor's answer to one question, as text.
fn answer_text(i18n: I18n, answers: &Answers, id: &str, unit: Option<&str>) -> String {
    match answers.get(id) {
        None => i18n.t("ui.not_answered"),
        Some(Value::Choice(o)) => i18n.t(&format!("opt.{id}.{o}")),
        Some(Value::Choices(os)) if os.is_empty() => i18n.t(&format!("opt.{id}.none")),
        Some(Value::Choices(os)) => os
            .iter()
            .map(|o| i18n.t(&format!("opt.{id}.{o}")))
            .collect::<Vec<_>>()
            .join("; "),
        Some(Value::Number(n)) => match unit {
            Some(unit) => format!("{} {}", crate::domain::msg::hours(n), i18n.t(unit)),
            None => crate::domain::msg::hours(n),
        },
    }
}

/// Every visible answer, grouped by step: for the printout to hand to a therapist.
#[component]
fn AnswerSummary(answers: Signal<Answers>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="ma-summary">
            <summary>{move || i18n.t("ui.your_answers")}</summary>
            <dl class="ma-summary__list">
                {move || answers.with(|a| {
                    let shown = crate::domain::engine::effective(a);
                    questions::all()
                        .filter(|q| q.is_visible(&shown))
                        .map(|q| {
                            let unit = match q.kind {
                                questions::Kind::Number(r) => Some(r.unit),
                                _ => None,
                            };
                            view! {
                                <dt>{i18n.t(&format!("q.{}.label", q.id))}</dt>
                                <dd>{answer_text(i18n, &shown, q.id, unit)}</dd>
                            }
                        })
                        .collect_view()
                })}
            </dl>
        </details>
    }
}

/// Buttons back to any step.
#[component]
fn EditAnswers(dispatch: Callback<Event>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="ma-edit ma-no-print" aria-labelledby="ma-edit-title">
            <h3 class="ma-edit__title" id="ma-edit-title">{move || i18n.t("ui.edit_answers")}</h3>
            <ul class="ma-edit__list">
                {STEPS.iter().enumerate().map(|(i, s)| {
                    let title = format!("step.{}.title", s.id);
                    view! {
                        <li>
                            <button type="button" class="ma-link-button" on:click=move |_| dispatch.run(Event::GoTo(i))>
                                {move || i18n.fill("ui.edit_step", &[("step", i18n.t(&title))])}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
