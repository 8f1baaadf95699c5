//! How the back has been between visits: a chart of the visitor's own
//! ratings (pain, and how much it stopped their activities; session days
//! marked), the same numbers in a table, and the change since the first
//! entry in plain words. Their own numbers only, never an interpretation.

use leptos::prelude::*;

use crate::domain::checkin::{Entry, History};
use crate::i18n::{short_date, use_i18n};
use crate::keys::{dom, text};

use super::heading::Heading;
use super::therapy_card::msg_list;

/// The chart's drawing box (SVG user units): scaled to the width shown.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 28.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 30.0;

/// Where entry `i` of `n` and rating `value` sit on the chart.
/// `v` to one decimal place, written with integers only (formatting a
/// float would link `core`'s float printing, about 10 KB of wasm).
fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", (t / 10).abs(), (t % 10).abs())
}

fn point(i: usize, n: usize, value: u8) -> (f64, f64) {
    let span = WIDTH - LEFT - RIGHT;
    let x = if n <= 1 {
        LEFT + span / 2.0
    } else {
        LEFT + span * i as f64 / (n - 1) as f64
    };
    let y = TOP + (HEIGHT - TOP - BOTTOM) * (10.0 - f64::from(value)) / 10.0;
    (x, y)
}

fn polyline(entries: &[Entry], rating: fn(&Entry) -> u8) -> String {
    let n = entries.len();
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (x, y) = point(i, n, rating(e));
            format!("{},{}", tenths(x), tenths(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart of the ratings over time, with its accessible name; the table
/// beside it holds the same numbers.
#[component]
fn HistoryChart(
    /// The check-ins.
    history: Signal<History>,
) -> impl IntoView {
    let i18n = use_i18n();
    let entries = move || history.with(|h| h.entries().to_vec());
    let gridlines = [0u8, 5, 10].map(|v| {
        let (_, y) = point(0, 1, v);
        view! {
            <line class="ma-chart__grid" x1=tenths(LEFT) y1=tenths(y) x2=tenths(WIDTH - RIGHT) y2=tenths(y) />
            <text class="ma-chart__axis" x=tenths(LEFT - 6.0) y=tenths(y + 4.0) text-anchor="end">{v}</text>
        }
    });
    view! {
        <svg
            class="ma-chart"
            viewBox=format!("0 0 {} {}", WIDTH as u32, HEIGHT as u32)
            role="img"
            aria-label=move || i18n.t("history.chart_name")
        >
            {gridlines}
            // Session days: a mark on the time line.
            {move || {
                let all = entries();
                let n = all.len();
                all.iter().enumerate().filter(|(_, e)| e.had_sessions()).map(|(i, _)| {
                    let (x, _) = point(i, n, 0);
                    let y = HEIGHT - BOTTOM + 8.0;
                    view! { <path class="ma-chart__session" d=format!("M{},{} l5,8 h-10 z", tenths(x), tenths(y)) /> }
                }).collect_view()
            }}
            <polyline class="ma-chart__line ma-chart__line--activity" points=move || polyline(&entries(), |e| e.activity) />
            <polyline class="ma-chart__line ma-chart__line--pain" points=move || polyline(&entries(), |e| e.pain) />
            {move || {
                let all = entries();
                let n = all.len();
                all.iter().enumerate().map(|(i, e)| {
                    let (x, y) = point(i, n, e.pain);
                    let (ax, ay) = point(i, n, e.activity);
                    view! {
                        <circle class="ma-chart__dot ma-chart__dot--pain" cx=tenths(x) cy=tenths(y) r="4" />
                        <rect class="ma-chart__dot ma-chart__dot--activity" x=tenths(ax - 3.5) y=tenths(ay - 3.5) width="7" height="7" />
                    }
                }).collect_view()
            }}
        </svg>
    }
}

/// The history: chart, key, table and the change since the first entry.
#[component]
pub fn HistoryView(
    /// The check-ins.
    history: Signal<History>,
) -> impl IntoView {
    let i18n = use_i18n();
    let change = move || msg_list(i18n, history.with(History::change), "ma-history__change");
    view! {
        <div class="ma-history">
            <HistoryChart history />
            <ul class="ma-chart__key" aria-hidden="true">
                <li class="ma-chart__key-pain">{move || i18n.t("history.pain")}</li>
                <li class="ma-chart__key-activity">{move || i18n.t("history.activity")}</li>
                <li class="ma-chart__key-session">{move || i18n.t("history.session_day")}</li>
            </ul>
            {change}
            <table class="ma-history__table">
                <caption>{move || i18n.t("history.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("history.date")}</th>
                        <th scope="col">{move || i18n.t("history.pain")}</th>
                        <th scope="col">{move || i18n.t("history.activity")}</th>
                        <th scope="col">{move || i18n.t("history.stiffness")}</th>
                        <th scope="col">{move || i18n.t("history.sessions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || history.with(|h| h.entries().iter().cloned().map(|e| {
                        let stiffness = text::option("stiffness", e.stiffness.id());
                        let sessions = text::option("checkin_sessions", e.sessions.id());
                        let therapy = e.therapy.map(|t| text::therapy(t, "name"));
                        view! {
                            <tr>
                                <th scope="row">{move || short_date(i18n, e.at_ms)}</th>
                                <td>{e.pain}</td>
                                <td>{e.activity}</td>
                                <td>{move || i18n.t(&stiffness)}</td>
                                <td>
                                    {move || i18n.t(&sessions)}
                                    {therapy.clone().map(|t| view! { <span class="ma-history__therapy">{move || format!(" ({})", i18n.t(&t))}</span> })}
                                </td>
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}

/// The history under its own heading, for the screen after a check-in.
#[component]
pub fn HistorySection(
    /// The check-ins.
    history: Signal<History>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="ma-history-section" aria-labelledby=dom::HISTORY_TITLE>
            <Heading offset=1 class="ma-results__heading" id=dom::HISTORY_TITLE>{move || i18n.t("history.title")}</Heading>
            <HistoryView history />
        </section>
    }
}
