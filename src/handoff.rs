//! From the screen to the clinic: the visitor's summary as plain text in
//! their language, short enough for WhatsApp, a text message or an email,
//! and the links that carry it. Pure Rust (locale data and the domain):
//! nothing leaves the device until the visitor presses a link.

use crate::domain::answers::effective;
use crate::domain::choices::{BodyArea, Condition, Level};
use crate::domain::engine::Clearance;
use crate::domain::{Advice, Answers};
use crate::keys::text;
use crate::locale::{Lang, Texts};

/// The longest a summary may be, in characters: a link carries it
/// percent-encoded, and each Devanagari character costs 9 there.
pub fn limit(lang: Lang) -> usize {
    match lang {
        Lang::En => 1000,
        Lang::Hi => 700,
    }
}

/// True when the summary may be sent: never when a doctor is needed today
/// or it is an emergency (then the visitor is told to call, not to write).
pub fn may_send(advice: &Advice) -> bool {
    advice.triage.level <= Level::Soon
}

/// The summary of `answers` and `advice` for the clinic, in `texts`'
/// language, dated `date` (written out by the caller), at most
/// [`limit`] characters: the lines that matter most first, and the
/// preferences only when there is room.
pub fn summary(
    answers: &Answers,
    advice: &Advice,
    texts: &Texts,
    lang: Lang,
    date: &str,
) -> String {
    // Option texts are lowercased inside a sentence: ASCII only (English;
    // Devanagari has no case), without the Unicode tables' few KB of wasm.
    let a = effective(answers);
    let list = |items: Vec<String>| items.join(", ");
    let max = limit(lang);
    // What the clinic must not miss comes first and is always there: the
    // date, "a doctor first", "no massage for now", what they must know and
    // who must agree (tests/handoff.rs checks that it fits for the longest
    // answers). Then the suggestions, where and how it hurts and the
    // preferences, each shortened or left out when there is no room.
    let mut out = texts.fill("handoff.heading", &[("date", date.to_owned())]);
    let mut must = |line: String| {
        out.push('\n');
        out.push_str(&line);
    };
    if advice.triage.level == Level::Soon {
        must(texts.t("handoff.doctor_first").to_owned());
    }
    if !advice.no_massage.is_empty() {
        must(texts.t("handoff.no_massage").to_owned());
    }
    // What the clinic must know, in plain words.
    let conditions: Vec<String> = a
        .conditions
        .map(|set| {
            set.iter()
                .map(|c| match (c, a.pregnancy_stage) {
                    (Condition::Pregnancy, Some(stage)) => texts.fill(
                        "handoff.condition.pregnancy_stage",
                        &[(
                            "stage",
                            texts
                                .t(&text::option("pregnancy_stage", stage.id()))
                                .to_ascii_lowercase(),
                        )],
                    ),
                    _ => texts.t(&format!("handoff.condition.{}", c.id())).to_owned(),
                })
                .collect()
        })
        .unwrap_or_default();
    if !conditions.is_empty() {
        must(texts.fill("handoff.know", &[("list", list(conditions))]));
    }
    // Who must agree before a session (the doctor is said above).
    let agree: Vec<String> = advice
        .clearance
        .iter()
        .filter(|who| **who != Clearance::Doctor)
        .map(|who| {
            texts
                .t(&format!(
                    "handoff.who.{}",
                    who.key().trim_start_matches("plan.after_")
                ))
                .to_owned()
        })
        .collect();
    if !agree.is_empty() {
        must(texts.fill("handoff.agree", &[("list", list(agree))]));
    }
    if !advice.suggestions.is_empty() {
        let names: Vec<String> = advice
            .suggestions
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {}", i + 1, texts.t(&text::therapy(s.therapy, "name"))))
            .collect();
        push_list(&mut out, max, &names, "; ", |l| {
            texts.fill("handoff.suggested", &[("list", l)])
        });
    }
    // How strong, for how long, where (the areas shortened if need be).
    let mut pain = Vec::new();
    if let Some(n) = a.valid_pain_intensity() {
        pain.push(texts.fill("value.out_of_10", &[("n", n.to_string())]));
    }
    if let Some(d) = a.pain_duration {
        pain.push(
            texts
                .t(&text::option("pain_duration", d.id()))
                .to_ascii_lowercase(),
        );
    }
    if !pain.is_empty() {
        push_line(
            &mut out,
            &texts.fill("handoff.pain", &[("pain", pain.join("; "))]),
            max,
        );
    }
    match &a.pain_areas {
        Some(areas) if areas.is_empty() => {
            push_line(&mut out, texts.t("handoff.only_stiffness"), max);
        }
        Some(areas) => {
            let names: Vec<String> = areas
                .iter()
                .map(|b: &BodyArea| texts.t(&text::map_name(b.id())).to_owned())
                .collect();
            push_list(&mut out, max, &names, ", ", |l| {
                texts.fill("handoff.where", &[("areas", l)])
            });
        }
        None => {}
    }
    let mut prefs = Vec::new();
    if let Some(p) = a.pressure {
        prefs.push(
            texts.fill(
                "handoff.pressure",
                &[(
                    "pressure",
                    texts
                        .t(&text::option("pressure", p.id()))
                        .to_ascii_lowercase(),
                )],
            ),
        );
    }
    if a.oil_welcome == Some(false) {
        prefs.push(texts.t("handoff.no_oil").to_owned());
    }
    if a.heat_welcome == Some(false) {
        prefs.push(texts.t("handoff.no_heat").to_owned());
    }
    if !prefs.is_empty() {
        push_line(
            &mut out,
            &texts.fill("handoff.prefs", &[("list", list(prefs))]),
            max,
        );
    }
    out
}

/// Adds the line `line(items)` for as many of `items` as fit within
/// `limit` characters, the first ones, with "…" for the rest; nothing when
/// not even the first fits.
fn push_list(
    out: &mut String,
    limit: usize,
    items: &[String],
    separator: &str,
    line: impl Fn(String) -> String,
) {
    for n in (1..=items.len()).rev() {
        let mut shown = items[..n].join(separator);
        if n < items.len() {
            shown.push_str(separator.trim_end());
            shown.push_str(" …");
        }
        if push_line(out, &line(shown), limit) {
            return;
        }
    }
}

/// Adds `line` when it fits within `limit` characters (a line that does
/// not fit is left out whole, never cut); true when it was added.
fn push_line(out: &mut String, line: &str, limit: usize) -> bool {
    let extra = line.chars().count() + usize::from(!out.is_empty());
    if out.chars().count() + extra > limit {
        return false;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(line);
    true
}

/// Percent-encodes for a query value (RFC 3986 unreserved kept).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3);
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A WhatsApp link to `number` (digits) with `message`.
pub fn whatsapp_href(number: &str, message: &str) -> String {
    format!("https://wa.me/{number}?text={}", encode_component(message))
}

/// A text-message link to `phone` (digits and `+`) with `message`.
pub fn sms_href(phone: &str, message: &str) -> String {
    format!("sms:{phone}?body={}", encode_component(message))
}

/// An email link to `email` with `subject` and `message`.
pub fn mailto_href(email: &str, subject: &str, message: &str) -> String {
    // Line breaks in a mailto body are CRLF (RFC 6068, section 5).
    format!(
        "mailto:{email}?subject={}&body={}",
        encode_component(subject),
        encode_component(&message.replace('\n', "\r\n"))
    )
}
