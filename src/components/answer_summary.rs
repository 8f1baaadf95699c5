//! Every visible answer, for the printout to hand to a therapist.

use leptos::prelude::*;

use crate::domain::answers::{effective, NONE_OPTION};
use crate::domain::questions;
use crate::domain::{Answers, Value};
use crate::i18n::{use_i18n, I18n};
use crate::keys::text;

/// The visitor's answer to one question, as text.
fn answer_text(i18n: I18n, answers: &Answers, id: &str, value_key: Option<&str>) -> String {
    match answers.get(id) {
        None => i18n.t("ui.not_answered"),
        Some(Value::Choice(o)) => i18n.t(&text::option(id, o)),
        Some(Value::Choices(os)) if os.is_empty() => i18n.t(&text::option(id, NONE_OPTION)),
        Some(Value::Choices(os)) => os
            .iter()
            .map(|o| i18n.t(&text::option(id, o)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(Value::Number(n)) => {
            let n = crate::domain::msg::decimal(n);
            match value_key {
                Some(key) => i18n.fill(key, &[("n", n)]),
                None => n,
            }
        }
    }
}

/// Every visible answer, grouped by step: for the printout to hand to a therapist.
#[component]
pub fn AnswerSummary(
    /// The answers.
    answers: Signal<Answers>,
    /// Shown open (the therapist's view).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="ma-summary" open=open>
            <summary>{move || i18n.t("ui.your_answers")}</summary>
            <dl class="ma-summary__list">
                {move || answers.with(|a| {
                    let shown = effective(a);
                    questions::all()
                        .filter(|q| q.is_visible(&shown))
                        .map(|q| {
                            let value_key = match q.kind {
                                questions::Kind::Number(r) => Some(r.value),
                                _ => None,
                            };
                            view! {
                                <dt>{i18n.t(&text::label(q.id))}</dt>
                                <dd>{answer_text(i18n, &shown, q.id, value_key)}</dd>
                            }
                        })
                        .collect_view()
                })}
            </dl>
        </details>
    }
}
