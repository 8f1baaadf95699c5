//! One suggested therapy: what it is, why it may suit the visitor, what to
//! watch for and how often to go.

use leptos::prelude::*;

use crate::domain::catalogue::therapy_of;
use crate::domain::choices::TherapyId;
use crate::domain::engine::Plan;
use crate::domain::{Msg, Suggestion};
use crate::i18n::{use_i18n, I18n};
use crate::keys::{dom, text};

use super::heading::Heading;

/// One suggested therapy.
#[component]
pub fn TherapyCard(
    /// The suggestion.
    suggestion: Suggestion,
    /// Its rank, from 1.
    rank: usize,
    /// The clinic's booking link for it, when it can be booked now.
    #[prop(default = None)]
    book: Option<String>,
    /// Told when the booking link is followed.
    #[prop(default = None)]
    on_book: Option<Callback<TherapyId>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = therapy_of(suggestion.therapy);
    let Plan {
        weekly_for_weeks,
        maintenance_every_weeks: (every_from, every_to),
        minutes: (minutes_from, minutes_to),
        start_after,
    } = suggestion.plan.clone();
    let name = text::therapy(t.id, "name");
    let description = text::therapy(t.id, "description");
    let watch = text::therapy(t.id, "watch");
    let how = text::therapy(t.id, "plan");
    let book_name = name.clone();
    let title_id = dom::card_title(t.id);
    let labelledby = title_id.clone();
    let cautions = suggestion.cautions.clone();
    let gentlest = suggestion.gentlest;
    // What is this visitor's own (why it suits, what to note, the booking)
    // stays in view; the general tips fold away, so that on a phone the
    // first card and its action fit the first screen.
    let first = rank == 1;
    let plan = move || {
        [
            i18n.fill("plan.weekly", &[("weeks", weekly_for_weeks.to_string())]),
            i18n.fill(
                "plan.maintenance",
                &[
                    ("from", every_from.to_string()),
                    ("to", every_to.to_string()),
                ],
            ),
            i18n.fill(
                "plan.minutes",
                &[
                    ("from", minutes_from.to_string()),
                    ("to", minutes_to.to_string()),
                ],
            ),
        ]
        .join(" ")
    };
    let details = view! {
        <Heading offset=3 class="ma-card__heading">{move || i18n.t("ui.watch_for")}</Heading>
        <p class="ma-card__watch">{move || i18n.t(&watch)}</p>
        <Heading offset=3 class="ma-card__heading">{move || i18n.t("ui.how_often")}</Heading>
        <p class="ma-card__plan">{plan}</p>
        <p class="ma-card__plan-note">{move || i18n.t(&how)}</p>
    };
    view! {
        <li class="ma-card" class:ma-card--first=first id=dom::card(t.id) aria-labelledby=labelledby>
            <Heading offset=2 class="ma-card__title" id=title_id>
                <span class="ma-card__rank" aria-hidden="true">{rank}</span>
                {move || i18n.t(&name)}
            </Heading>
            <p class="ma-card__description">{move || i18n.t(&description)}</p>
            {gentlest.then(|| view! { <p class="ma-card__gentlest">{move || i18n.t("ui.gentlest")}</p> })}
            {(!suggestion.reasons.is_empty()).then(|| view! {
                <Heading offset=3 class="ma-card__heading">{move || i18n.t("ui.why_suits")}</Heading>
                {msg_list(i18n, suggestion.reasons.clone(), "ma-card__reasons")}
            })}
            // What applies to this visitor with this therapy is never folded
            // away, under its own heading: it is not a reason.
            {(!cautions.is_empty() || !start_after.is_empty()).then(|| view! {
                <Heading offset=3 class="ma-card__heading ma-card__heading--note">{move || i18n.t("ui.card_note")}</Heading>
                <ul class="ma-card__cautions">
                    {start_after.into_iter().map(|who| view! {
                        <li class="ma-card__caution">{move || i18n.t(who.key())}</li>
                    }).collect_view()}
                    {cautions.into_iter().map(|m| view! {
                        <li class="ma-card__caution">{move || i18n.render(&m)}</li>
                    }).collect_view()}
                </ul>
            })}
            {book.map(|href| {
                let therapy = t.id;
                view! {
                    <p class="ma-card__book">
                        <a
                            class=if first { "ma-button ma-button--primary" } else { "ma-button ma-button--secondary" }
                            href=href
                            on:click=move |_| {
                                if let Some(on_book) = on_book {
                                    on_book.run(therapy);
                                }
                            }
                        >
                            <span>{move || i18n.fill("ui.book_this", &[("therapy", i18n.t(&book_name))])}</span>
                        </a>
                    </p>
                }
            })}
            <details class="ma-card__more">
                <summary>{move || i18n.t("ui.watch_and_how_often")}</summary>
                {details}
            </details>
        </li>
    }
}

/// A list of domain messages, rendered in the current language.
pub fn msg_list(i18n: I18n, msgs: Vec<Msg>, class: &'static str) -> impl IntoView {
    view! {
        <ul class=class>
            {msgs.into_iter().map(|m| view! { <li>{move || i18n.render(&m)}</li> }).collect_view()}
        </ul>
    }
}
