//! The clinic's call to action: how to book or ask.

use leptos::prelude::*;

use crate::config::Clinic;
use crate::i18n::{isolated, use_i18n};
use crate::keys::dom;

use super::heading::Heading;

/// The clinic's call to action.
#[component]
pub fn ClinicCta(
    /// The clinic's contact details.
    clinic: Signal<Clinic>,
    /// Someone must agree before any session (a doctor, the midwife, the
    /// cancer team, the surgeon): offer questions, not a booking.
    questions_only: Signal<bool>,
    /// The first suggestion has its own booking link, the one main action:
    /// the clinic's contacts are then all secondary.
    #[prop(optional, into)]
    booked_above: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        let (named, unnamed) = if questions_only.get() {
            (
                "ui.contact_clinic_questions_named",
                "ui.contact_clinic_questions",
            )
        } else {
            ("ui.contact_clinic_named", "ui.contact_clinic")
        };
        match clinic.with(|c| c.name.clone()) {
            Some(name) => isolated(i18n, named, "clinic", name).into_any(),
            None => i18n.t(unnamed).into_any(),
        }
    };
    view! {
        <aside class="ma-cta ma-callout ma-callout--accent" aria-labelledby=dom::CTA_TITLE>
            <Heading offset=1 class="ma-cta__title" id=dom::CTA_TITLE>{title}</Heading>
            <ul class="ma-cta__links">
                {move || clinic.with(|c| {
                    // The first way to reach the clinic is the primary action,
                    // unless a booking link above is.
                    let above = booked_above.get();
                    let primary_phone = !above;
                    let primary_email = !above && c.phone.is_none();
                    let primary_url = primary_email && c.email.is_none();
                    let phone = c.phone.clone().zip(c.phone_href()).map(|(phone, href)| view! {
                        <li><a class=if primary_phone { "ma-button ma-button--primary ma-cta__link" } else { "ma-button ma-button--secondary ma-cta__link" } href=href><span>{isolated(i18n, "ui.call", "phone", phone)}</span></a></li>
                    });
                    let email = c.email.clone().zip(c.email_href()).map(|(email, href)| view! {
                        <li><a class=if primary_email { "ma-button ma-button--primary ma-cta__link" } else { "ma-button ma-button--secondary ma-cta__link" } href=href><span>{isolated(i18n, "ui.email", "email", email)}</span></a></li>
                    });
                    let url = c.url.clone().map(|href| view! {
                        <li><a class=if primary_url { "ma-button ma-button--primary ma-cta__link ma-cta__link--web" } else { "ma-button ma-button--secondary ma-cta__link ma-cta__link--web" } href=href target="_blank" rel="noopener noreferrer"><span>{i18n.t("ui.visit")}</span></a></li>
                    });
                    (phone, email, url)
                })}
            </ul>
        </aside>
    }
}
