//! The body map: a drawing of the back, seen from behind, in which every area
//! has its name beside it and can be tapped or clicked, next to the same
//! areas as native checkboxes. The checkboxes are the question for keyboards
//! and screen readers (the drawing is hidden from them, so nothing is named
//! twice); both always show the same answer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::choices::BodyArea;
use crate::domain::Action;
use crate::hooks::focus_quietly;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::choice_group::ChoiceGroup;
use super::field::Field;

/// Where an area is drawn (viewBox 0 0 300 416) and where its name goes.
struct Region {
    area: BodyArea,
    /// The outline (rounded rectangles, at least 30 by 26 units: 24 CSS px
    /// and more at the figure's smallest width).
    d: &'static str,
    /// The leader line from the area to its name, as SVG points.
    leader: &'static str,
    /// Where the name sits: `(x, y)` in whole SVG units (an integer: no float
    /// formatting in the wasm); names inside an area are centred.
    name_at: (u16, u16),
    /// True when the name is drawn inside the area (the legs).
    inside: bool,
}

const REGIONS: &[Region] = &[
    Region {
        area: BodyArea::Neck,
        d: "M100 54h20a6 6 0 0 1 6 6v14a6 6 0 0 1 -6 6h-20a6 6 0 0 1 -6 -6v-14a6 6 0 0 1 6 -6z",
        leader: "126,67 200,62",
        name_at: (204, 62),
        inside: false,
    },
    Region {
        area: BodyArea::Shoulders,
        d: "M48 82h38a6 6 0 0 1 6 6v16a6 6 0 0 1 -6 6h-38a6 6 0 0 1 -6 -6v-16a6 6 0 0 1 6 -6z \
            M134 82h38a6 6 0 0 1 6 6v16a6 6 0 0 1 -6 6h-38a6 6 0 0 1 -6 -6v-16a6 6 0 0 1 6 -6z",
        leader: "178,96 200,96",
        name_at: (204, 96),
        inside: false,
    },
    Region {
        area: BodyArea::UpperBack,
        d: "M74 112h72a6 6 0 0 1 6 6v28a6 6 0 0 1 -6 6h-72a6 6 0 0 1 -6 -6v-28a6 6 0 0 1 6 -6z",
        leader: "152,132 200,132",
        name_at: (204, 132),
        inside: false,
    },
    Region {
        area: BodyArea::MidBack,
        d: "M74 154h72a6 6 0 0 1 6 6v26a6 6 0 0 1 -6 6h-72a6 6 0 0 1 -6 -6v-26a6 6 0 0 1 6 -6z",
        leader: "152,173 200,173",
        name_at: (204, 173),
        inside: false,
    },
    Region {
        area: BodyArea::LowerBack,
        d: "M74 194h72a6 6 0 0 1 6 6v24a6 6 0 0 1 -6 6h-72a6 6 0 0 1 -6 -6v-24a6 6 0 0 1 6 -6z",
        leader: "152,212 200,212",
        name_at: (204, 212),
        inside: false,
    },
    Region {
        area: BodyArea::Hips,
        d: "M56 232h30a6 6 0 0 1 6 6v32a6 6 0 0 1 -6 6h-30a6 6 0 0 1 -6 -6v-32a6 6 0 0 1 6 -6z \
            M134 232h30a6 6 0 0 1 6 6v32a6 6 0 0 1 -6 6h-30a6 6 0 0 1 -6 -6v-32a6 6 0 0 1 6 -6z",
        leader: "170,252 200,248",
        name_at: (204, 248),
        inside: false,
    },
    Region {
        area: BodyArea::Tailbone,
        d: "M100 232h20a6 6 0 0 1 6 6v24a6 6 0 0 1 -6 6h-20a6 6 0 0 1 -6 -6v-24a6 6 0 0 1 6 -6z",
        // Down between the hips and the legs, then out to the name.
        leader: "110,268 110,278 200,278",
        name_at: (204, 278),
        inside: false,
    },
    Region {
        area: BodyArea::LeftLeg,
        d: "M64 280h34a6 6 0 0 1 6 6v118a6 6 0 0 1 -6 6h-34a6 6 0 0 1 -6 -6v-118a6 6 0 0 1 6 -6z",
        leader: "",
        name_at: (81, 338),
        inside: true,
    },
    Region {
        area: BodyArea::RightLeg,
        d: "M122 280h34a6 6 0 0 1 6 6v118a6 6 0 0 1 -6 6h-34a6 6 0 0 1 -6 -6v-118a6 6 0 0 1 6 -6z",
        leader: "",
        name_at: (139, 338),
        inside: true,
    },
];

/// The head and arms, drawn but not chosen (consts, so that the view macro
/// builds them with createElementNS: an all-literal SVG subtree would be
/// created by assigning an HTML string, which Trusted Types forbid).
const ARM_LEFT: &str = "M40 94 L24 190 L30 246 L40 246 L38 192 L52 112z";
const ARM_RIGHT: &str = "M180 94 L196 190 L190 246 L180 246 L182 192 L168 112z";
const HEAD_R: i32 = 22;

/// The body-map question.
#[component]
pub fn BodyMap(
    /// The pain-areas question, its answer, error and sender.
    field: Field,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = field.id();
    let regions = REGIONS
        .iter()
        .map(|r| {
            let id = r.area.id();
            // The tap changes the answer and puts focus on the same answer's
            // checkbox, so that keyboard users and screen readers go on from
            // there (and focus never falls to the page).
            let toggle = move |ev: leptos::ev::MouseEvent| {
                field.on_change.run(Action::Toggle(qid, id.to_owned()));
                let question = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|g| g.closest("fieldset").ok().flatten());
                if let Some(question) = question {
                    focus_quietly(&question, &dom::option(qid, id));
                }
            };
            let on = move || field.is_chosen(id);
            let key = StoredValue::new(text::map_name(id));
            let (x, y) = r.name_at;
            let name = move || {
                let text = key.with_value(|key| i18n.t(key));
                if r.inside {
                    // Two lines inside a leg: "Left" above "leg".
                    let (first, rest) = text.split_once(' ').unwrap_or((&text, ""));
                    (first.to_owned(), rest.to_owned())
                } else {
                    (text, String::new())
                }
            };
            view! {
                <g class="ma-bodymap__area" class:ma-bodymap__area--on=on data-area=id on:click=toggle>
                    <path class="ma-bodymap__region" d=r.d />
                    {(!r.leader.is_empty()).then(|| view! {
                        <polyline class="ma-bodymap__leader" points=r.leader />
                    })}
                    <text
                        class="ma-bodymap__name"
                        class:ma-bodymap__name--inside=r.inside
                        x=x
                        y=y
                    >
                        <tspan x=x dy="0">{move || name().0}</tspan>
                        <tspan x=x dy="1.2em">{move || name().1}</tspan>
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <ChoiceGroup field modifier="ma-bodymap">
            <svg
                class="ma-bodymap__figure"
                viewBox="0 0 300 416"
                aria-hidden="true"
                focusable="false"
            >
                <g class="ma-bodymap__outline">
                    <circle cx=110 cy=30 r=HEAD_R />
                    <path d=ARM_LEFT />
                    <path d=ARM_RIGHT />
                </g>
                {regions}
            </svg>
        </ChoiceGroup>
    }
}
