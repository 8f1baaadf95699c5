//! Component tests in headless Chromium (wasm-bindgen-test): each component
//! mounted alone, or the whole app, driven like a visitor would.

#![cfg(target_arch = "wasm32")]

mod common;
use common::desk_worker;

use leptos::prelude::*;
use massage_advisor::components::body_map::BodyMap;
use massage_advisor::components::choice_group::ChoiceGroup;
use massage_advisor::components::field::Field;
use massage_advisor::components::number_field::NumberField;
use massage_advisor::components::progress::Progress;
use massage_advisor::components::results::Results;
use massage_advisor::components::scale::Scale;
use massage_advisor::components::step_form::StepForm;
use massage_advisor::config::{Clinic, Config};
use massage_advisor::domain::choices::*;
use massage_advisor::domain::questions::{self, q, Kind};
use massage_advisor::domain::{suggest, suggest_from, Answers, Event, Wizard};
use massage_advisor::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

// ---- helpers -------------------------------------------------------------

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page; earlier tests' containers are removed.
fn container() -> HtmlElement {
    let doc = document();
    if let Some(old) = doc.get_element_by_id("test-root") {
        old.remove();
    }
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    el.set_id("test-root");
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn mount<N: IntoView + 'static>(f: impl FnOnce() -> N + 'static) {
    leptos::mount::mount_to(container(), f).forget();
}

/// Lets Leptos' effects and the browser's rendering run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn find(selector: &str) -> HtmlElement {
    document()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn exists(selector: &str) -> bool {
    document().query_selector(selector).unwrap().is_some()
}

fn click(selector: &str) {
    find(selector).click();
}

fn checked(selector: &str) -> bool {
    find(selector)
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

fn text() -> String {
    find("#test-root").text_content().unwrap_or_default()
}

fn see_text(expected: &str) {
    let all = text();
    assert!(
        all.contains(expected),
        "expected to see {expected:?} in {all:?}"
    );
}

fn dont_see_text(unexpected: &str) {
    let all = text();
    assert!(
        !all.contains(unexpected),
        "did not expect {unexpected:?} in {all:?}"
    );
}

fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

fn type_into(selector: &str, value: &str) {
    let input: HtmlInputElement = find(selector).unchecked_into();
    input.focus().unwrap();
    input.set_value(value);
    input.dispatch_event(&bubbling("input")).unwrap();
}

fn blur(selector: &str) {
    find(selector).blur().unwrap();
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Answers the questions the current step shows as the desk worker would,
/// by clicking (and typing), taken from the question table and the page,
/// never from a hand-written list: the way the end-to-end `answerStep` does.
async fn answer_shown_step() {
    let persona = desk_worker();
    let mut done: Vec<String> = Vec::new();
    loop {
        let shown: Vec<String> = {
            let list = document()
                .query_selector_all(".ma-step .ma-question")
                .unwrap();
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
                .map(|e| e.id().trim_start_matches("ma-q-").to_owned())
                .filter(|id| !done.contains(id))
                .collect()
        };
        if shown.is_empty() {
            return;
        }
        for id in shown {
            let question = questions::find(&id).unwrap_or_else(|| panic!("no question {id}"));
            for action in common::actions_for(question, &persona) {
                match action {
                    massage_advisor::domain::Action::Choose(q, o)
                    | massage_advisor::domain::Action::Toggle(q, o) => click(&format!(
                        "[id=\"{}\"]",
                        massage_advisor::keys::dom::option(q, &o)
                    )),
                    massage_advisor::domain::Action::SetNumber(q, n) => {
                        let input = format!("#{}", massage_advisor::keys::dom::number_input(q));
                        type_into(&input, &massage_advisor::domain::msg::decimal(n));
                        blur(&input);
                    }
                    _ => {}
                }
            }
            done.push(id);
            tick().await;
        }
    }
}

/// A wizard in a signal, and the callback children send events to.
fn wizard_with(answers: Answers) -> (RwSignal<Wizard>, Callback<Event>, Signal<Answers>) {
    let wizard = RwSignal::new(Wizard {
        answers,
        ..Wizard::default()
    });
    let dispatch = Callback::new(move |e| wizard.update(|w| w.update(e)));
    let answers = Signal::derive(move || wizard.with(|w| w.answers.clone()));
    (wizard, dispatch, answers)
}

fn question(id: &str) -> &'static questions::Question {
    questions::find(id).unwrap()
}

/// What the frame gives a question's widget: its own answer, its error, and
/// where its changes go.
fn field_with(id: &str, error: Option<&'static str>) -> (RwSignal<Wizard>, Field) {
    let (wizard, dispatch, answers) = wizard_with(Answers::default());
    let question = question(id);
    let field = Field {
        question,
        answer: Signal::derive(move || answers.with(|a| question.answer(a))),
        error: Signal::stored(error),
        on_change: Callback::new(move |a| dispatch.run(Event::Answer(a))),
    };
    (wizard, field)
}

fn field(id: &str) -> (RwSignal<Wizard>, Field) {
    field_with(id, None)
}

// ---- components ----------------------------------------------------------

#[wasm_bindgen_test]
async fn choice_group_radios_choose_one_option() {
    let (wizard, field) = field(q::stiffness);
    mount(move || view! { <ChoiceGroup field /> });
    see_text("How stiff does your back feel?");
    assert!(exists("fieldset legend"));
    assert_eq!(
        find("label[for=ma-stiffness-moderate]")
            .text_content()
            .unwrap(),
        "Moderately stiff"
    );
    click("#ma-stiffness-moderate");
    tick().await;
    assert_eq!(
        wizard.with_untracked(|w| w.answers.stiffness),
        Some(Stiffness::Moderate)
    );
    click("#ma-stiffness-mild");
    tick().await;
    assert!(checked("#ma-stiffness-mild"));
    assert!(!checked("#ma-stiffness-moderate"));
}

#[wasm_bindgen_test]
async fn choice_group_none_of_these_is_exclusive() {
    let (wizard, field) = field(q::conditions);
    mount(move || view! { <ChoiceGroup field /> });
    click("#ma-conditions-pregnancy");
    click("#ma-conditions-oil_allergy");
    tick().await;
    assert!(checked("#ma-conditions-pregnancy") && checked("#ma-conditions-oil_allergy"));
    click("#ma-conditions-none");
    tick().await;
    assert!(checked("#ma-conditions-none"));
    assert!(!checked("#ma-conditions-pregnancy"));
    assert_eq!(
        wizard.with_untracked(|w| w.answers.conditions),
        Some(Default::default())
    );
}

#[wasm_bindgen_test]
async fn choice_group_shows_its_error_next_to_the_field() {
    let (_, field) = field_with(q::age_band, Some("error.required"));
    mount(move || view! { <ChoiceGroup field /> });
    assert_eq!(
        find("#ma-age_band-error").text_content().unwrap(),
        "Please answer this question."
    );
    assert_eq!(
        find("#ma-age_band-error")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    // Each radio says it is invalid; the fieldset's legend names the group
    // once (no inner role=radiogroup naming it twice).
    assert_eq!(
        find("#ma-age_band-40_49")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert!(!exists("[role=radiogroup], [role=group]"));
}

#[wasm_bindgen_test]
async fn number_field_parses_what_is_typed_and_explains_mistakes() {
    let (wizard, field) = field(q::sitting_hours);
    let Kind::Number(range) = field.question.kind else {
        unreachable!()
    };
    mount(move || view! { <NumberField field range /> });
    assert_eq!(
        find("label[for=ma-sitting_hours-input]")
            .text_content()
            .unwrap(),
        "About how many hours a day do you sit?"
    );
    type_into("#ma-sitting_hours-input", "lots");
    blur("#ma-sitting_hours-input");
    tick().await;
    see_text("Please enter a number, for example 7.5.");
    assert_eq!(wizard.with_untracked(|w| w.answers.sitting_hours), None);
    type_into("#ma-sitting_hours-input", "30");
    blur("#ma-sitting_hours-input");
    tick().await;
    see_text("Please enter a number between 0 and 18.");
    type_into("#ma-sitting_hours-input", "8,5");
    tick().await;
    assert_eq!(
        wizard.with_untracked(|w| w.answers.sitting_hours),
        Some(8.5)
    );
    dont_see_text("Please enter");
    // What the visitor typed stays as typed.
    assert_eq!(
        find("#ma-sitting_hours-input")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "8,5"
    );
}

#[wasm_bindgen_test]
async fn scale_sets_the_pain_intensity() {
    let (wizard, field) = field(q::pain_intensity);
    let Kind::Number(range) = field.question.kind else {
        unreachable!()
    };
    mount(move || view! { <Scale field range /> });
    assert_eq!(
        document()
            .query_selector_all("input[type=radio]")
            .unwrap()
            .length(),
        11
    );
    click("#ma-pain_intensity-7");
    tick().await;
    assert_eq!(
        wizard.with_untracked(|w| w.answers.pain_intensity),
        Some(7.0)
    );
    assert!(checked("#ma-pain_intensity-7"));
}

#[wasm_bindgen_test]
async fn body_map_drawing_and_list_stay_in_sync_with_every_area_named() {
    let (wizard, field) = field(q::pain_areas);
    mount(move || view! { <BodyMap field /> });
    // The drawing is for pointers and is hidden from assistive technology;
    // the native checkboxes are the question, named once by the legend.
    assert_eq!(
        find(".ma-bodymap__figure")
            .get_attribute("aria-hidden")
            .as_deref(),
        Some("true")
    );
    assert!(!exists(".ma-bodymap__figure [tabindex]"));
    assert!(!exists("[role=group], [role=checkbox]"));
    // Every area has its name on the drawing, and a checkbox in the list.
    let names = document().query_selector_all(".ma-bodymap__name").unwrap();
    assert_eq!(names.length(), BodyArea::ALL.len() as u32);
    see_text("Left");
    see_text("Right");
    assert_eq!(
        find("label[for=ma-pain_areas-left_leg]")
            .text_content()
            .unwrap(),
        "Pain spreading into my left leg"
    );
    // "No pain, only stiffness" comes first.
    let first: HtmlInputElement = find(".ma-options input").unchecked_into();
    assert_eq!(first.id(), "ma-pain_areas-none");

    // Tapping the drawing ticks the list...
    find(".ma-bodymap__area[data-area=lower_back]")
        .dispatch_event(&bubbling("click"))
        .unwrap();
    tick().await;
    assert!(wizard.with_untracked(|w| w.answers.hurts_in(BodyArea::LowerBack)));
    assert!(checked("#ma-pain_areas-lower_back"));
    assert!(exists(".ma-bodymap__area--on"));
    // ... and the list lights the drawing.
    click("#ma-pain_areas-left_leg");
    tick().await;
    assert_eq!(
        document()
            .query_selector_all(".ma-bodymap__area--on")
            .unwrap()
            .length(),
        2
    );
    // One leg is one leg: the other stays off.
    assert!(!wizard.with_untracked(|w| w.answers.hurts_in(BodyArea::RightLeg)));
    click("#ma-pain_areas-lower_back");
    tick().await;
    assert!(!checked("#ma-pain_areas-lower_back"));

    // "No pain, only stiffness" clears the areas.
    click("#ma-pain_areas-none");
    tick().await;
    assert!(!exists(".ma-bodymap__area--on"));
    assert_eq!(
        wizard.with_untracked(|w| w.answers.pain_areas),
        Some(Default::default())
    );
}

#[wasm_bindgen_test]
async fn progress_says_which_step_of_how_many() {
    mount(|| view! { <Progress step=Signal::stored(2) total=7 /> });
    see_text("Step 3 of 7");
    assert_eq!(
        find("progress").get_attribute("value").as_deref(),
        Some("3")
    );
}

#[wasm_bindgen_test]
async fn step_form_refuses_next_and_focuses_the_first_error() {
    let (wizard, dispatch, answers) = wizard_with(Answers::default());
    let errors = Signal::derive(move || wizard.with(|w| w.errors.clone()));
    mount(move || view! { <StepForm step=0 answers errors dispatch /> });
    see_text("First, your safety");
    click("button[type=submit]");
    tick().await;
    see_text("Please check the answers marked below.");
    assert_eq!(
        find("#ma-red_flags-error").text_content().unwrap(),
        "Please answer this question."
    );
    assert_eq!(focused_id(), "ma-red_flags-none");
    assert_eq!(wizard.with_untracked(|w| w.step), 0);
}

#[wasm_bindgen_test]
async fn step_form_shows_conditional_questions_only_when_relevant() {
    let (_, dispatch, answers) = wizard_with(Answers::default());
    let errors = Signal::stored(Vec::new());
    mount(move || view! { <StepForm step=2 answers errors dispatch /> });
    assert!(!exists("#ma-q-stiffness_worst"));
    click("#ma-stiffness-moderate");
    tick().await;
    assert!(exists("#ma-q-stiffness_worst"));
    assert!(!exists("#ma-q-morning_stiffness"));
    click("#ma-stiffness_worst-waking");
    tick().await;
    see_text("How long does the morning stiffness last?");
}

fn mount_results(answers: Answers, clinic: Clinic) -> RwSignal<Wizard> {
    mount_results_with(answers, clinic, TherapyId::ALL, None)
}

/// The results for `answers`, from a clinic that offers the therapies
/// `offered` and gives `emergency` as the local emergency number.
fn mount_results_with(
    answers: Answers,
    clinic: Clinic,
    offered: &'static [TherapyId],
    emergency: Option<&'static str>,
) -> RwSignal<Wizard> {
    let (wizard, dispatch, answers_signal) = wizard_with(answers);
    let advice = Signal::derive(move || answers_signal.with(|a| suggest_from(a, offered)));
    mount(move || {
        view! {
            <Results
                advice
                answers=answers_signal
                clinic=Signal::stored(clinic)
                emergency=Signal::stored(emergency.map(str::to_owned))
                dispatch
                on_start_over=Callback::new(move |()| dispatch.run(Event::StartOver))
            />
        }
    });
    wizard
}

#[wasm_bindgen_test]
async fn results_show_ranked_cards_that_explain_themselves() {
    mount_results(desk_worker(), Clinic::default());
    see_text("No urgent warning signs in your answers");
    let cards = document().query_selector_all(".ma-card").unwrap();
    assert_eq!(cards.length(), 3);
    assert!(find(".ma-card .ma-card__title")
        .text_content()
        .unwrap()
        .contains("Lower-back focused massage"));
    see_text("You sit about 9 hours a day and your stiffness is worst after sitting.");
    see_text("Once a week for the first 3 weeks.");
    see_text("Then one session every 3 to 4 weeks");
    // Each therapy's plan says how that therapy is given.
    see_text("repeat the stretches your therapist shows you");
    see_text("not a diagnosis");
    // The others, with why they were left out.
    see_text("Other therapies and why they were left out");
    assert!(find("#ma-left-deep_pressure")
        .text_content()
        .unwrap()
        .contains("Deep pressure"));
    // No clinic configured: no call to action.
    assert!(!exists(".ma-cta"));
}

#[wasm_bindgen_test]
async fn results_for_an_emergency_show_only_the_warning() {
    let mut a = desk_worker();
    a.red_flags = Some([RedFlag::SaddleNumbness].into());
    mount_results(a, Clinic::default());
    see_text("Call emergency services now");
    see_text("Numbness around the genitals or bottom");
    assert_eq!(
        find(".ma-triage").get_attribute("role").as_deref(),
        Some("alert")
    );
    assert!(!exists(".ma-card"));
    // What to do now, not suggestions; no advice about sessions; and only
    // the step that led here can be changed.
    assert_eq!(
        find("#ma-results-title").text_content().unwrap(),
        "What to do now"
    );
    dont_see_text("Your suggestions");
    assert!(!exists(".ma-disclaimer"));
    let edits = document()
        .query_selector_all(".ma-edit__list button")
        .unwrap();
    assert_eq!(edits.length(), 1);
    see_text("Change: First, your safety");
}

#[wasm_bindgen_test]
async fn results_offer_the_clinic_and_edit_and_start_over() {
    let clinic = Clinic {
        name: Some("Calm Back Clinic".into()),
        phone: Some("+91 82704 82704".into()),
        email: Some("care@example.org".into()),
        url: Some("https://example.org/book".into()),
        booking_url: None,
        ..Clinic::default()
    };
    let wizard = mount_results(desk_worker(), clinic);
    see_text("Book a session with Calm Back Clinic");
    assert_eq!(
        find(".ma-cta a[href^='tel:']")
            .get_attribute("href")
            .as_deref(),
        Some("tel:+918270482704")
    );
    assert!(exists(".ma-cta a[href='mailto:care@example.org']"));
    // The call to action follows the suggestions at once, as the primary
    // action; printing is secondary.
    let after_cards = find(".ma-cards").next_element_sibling().unwrap();
    assert!(after_cards.class_list().contains("ma-cta"));
    assert!(exists(".ma-cta a.ma-button--primary[href^='tel:']"));
    assert!(exists(".ma-nav--results .ma-button--secondary"));
    assert!(!exists(".ma-nav--results .ma-button--primary"));
    click(".ma-edit__list li:nth-child(3) button");
    tick().await;
    assert_eq!(wizard.with_untracked(|w| w.step), 2);
    click(".ma-nav--results .ma-button--secondary:nth-child(2)");
    tick().await;
    assert_eq!(
        wizard.with_untracked(|w| w.answers.clone()),
        Answers::default()
    );
}

#[wasm_bindgen_test]
async fn results_link_each_suggestion_to_its_booking_page_when_it_can_be_booked() {
    let clinic = Clinic {
        booking_url: Some("https://example.org/book?t={therapy}".into()),
        ..Clinic::default()
    };
    mount_results(desk_worker(), clinic.clone());
    let links = document().query_selector_all(".ma-card__book a").unwrap();
    assert_eq!(links.length(), 3);
    assert_eq!(
        find(".ma-card__book a").get_attribute("href").as_deref(),
        Some("https://example.org/book?t=lower_back")
    );
    see_text("Book Lower-back focused massage");
    // A doctor first: nothing to book yet.
    let mut soon = desk_worker();
    soon.age_band = Some(AgeBand::Under18);
    assert_eq!(suggest(&soon).triage.level, Level::Soon);
    mount_results(soon, clinic);
    assert!(exists(".ma-card"));
    assert!(!exists(".ma-card__book"));
}

#[wasm_bindgen_test]
async fn results_for_an_emergency_call_the_local_number_when_the_host_set_one() {
    let mut a = desk_worker();
    a.red_flags = Some([RedFlag::SaddleNumbness].into());
    mount_results_with(a, Clinic::default(), TherapyId::ALL, Some("112"));
    assert_eq!(
        find(".ma-triage a[href='tel:112']").text_content().unwrap(),
        "Call 112 now"
    );
}

#[wasm_bindgen_test]
async fn results_say_plainly_when_nothing_the_clinic_offers_suits() {
    let mut a = desk_worker();
    a.conditions = Some([Condition::Pregnancy].into());
    a.pregnancy_signs = Some(Default::default());
    // A clinic that offers only what pregnancy rules out.
    mount_results_with(
        a,
        Clinic::default(),
        &[TherapyId::DeepPressure, TherapyId::Swedana],
        None,
    );
    see_text("None of the massages this clinic offers suits what you told us.");
    assert!(!exists(".ma-card"));
}

#[wasm_bindgen_test]
async fn results_say_when_no_massage_is_advised_for_now_and_why() {
    let mut a = desk_worker();
    a.conditions = Some([Condition::SkinProblem].into());
    a.skin_kind = Some(SkinKind::Catching);
    mount_results(a, Clinic::default());
    see_text("Massage is not advised for now");
    see_text("no massage until it has cleared");
    dont_see_text("None of the massages this clinic offers");
    assert!(!exists(".ma-card"));
    // Advice for home stays.
    see_text("Keep moving");
}

#[wasm_bindgen_test]
async fn the_pain_step_speaks_of_stiffness_after_no_pain() {
    let step = questions::step_of(q::pain_duration).unwrap();
    let mut a = desk_worker();
    a.pain_areas = Some(Default::default());
    let (wizard, dispatch, answers) = wizard_with(a);
    let errors = Signal::stored(Vec::new());
    mount(move || view! { <StepForm step answers errors dispatch /> });
    see_text("Your stiffness");
    see_text("How long have you had this stiffness?");
    dont_see_text("Your pain");
    // No pain to score, and no check of pain to ask about.
    assert!(!exists("#ma-q-pain_intensity"));
    assert!(!exists("#ma-q-pain_checked"));
    // With pain, the step speaks of pain again.
    wizard.update(|w| w.answers.pain_areas = Some([BodyArea::LowerBack].into()));
    tick().await;
    see_text("Your pain");
    see_text("How long have you had this pain or stiffness?");
}

// ---- the whole app with storage -----------------------------------------

fn config(key: &str) -> Config {
    Config {
        storage_key: key.into(),
        ..Config::default()
    }
}

fn mount_app(key: &'static str) {
    mount(move || view! { <App config=config(key) /> });
}

const PREFIX: &str = "massage-advisor:";

#[wasm_bindgen_test]
async fn app_saves_answers_and_welcomes_the_visitor_back() {
    storage().remove_item(&format!("{PREFIX}t-save")).unwrap();
    mount_app("t-save");
    answer_shown_step().await;
    click("button[type=submit]");
    tick().await;
    see_text("Step 2 of 7");
    // Focus moved to the new step's heading.
    tick().await;
    let active = document().active_element().unwrap();
    assert!(
        active.class_list().contains("ma-focus-target"),
        "focus is on {} {:?}",
        active.tag_name(),
        active.class_name()
    );
    let saved = storage()
        .get_item(&format!("{PREFIX}t-save"))
        .unwrap()
        .unwrap();
    assert!(saved.contains("\"age_band\":\"18_39\""), "{saved}");
    assert!(saved.contains("\"step\":1"), "{saved}");

    mount_app("t-save");
    tick().await;
    see_text("Welcome back");
    // Where the visitor was, and no answer on show.
    see_text("You were on step 2 of 7: Your health.");
    dont_see_text("40");
    click(".ma-resume .ma-button--primary");
    tick().await;
    see_text("Step 2 of 7");
}

#[wasm_bindgen_test]
async fn app_forgets_every_key_it_wrote() {
    let key = format!("{PREFIX}t-forget");
    storage().remove_item(&key).unwrap();
    mount_app("t-forget");
    click("#ma-red_flags-none");
    tick().await;
    assert!(storage().get_item(&key).unwrap().is_some());
    click("#ma-forget");
    tick().await;
    // Nothing is erased until the visitor confirms.
    assert!(storage().get_item(&key).unwrap().is_some());
    click("#ma-forget-confirm");
    tick().await;
    assert!(storage().get_item(&key).unwrap().is_none());
    see_text("Your answers have been erased from this device.");
    assert!(!checked("#ma-red_flags-none"));
}

#[wasm_bindgen_test]
async fn app_starts_fresh_with_one_notice_on_corrupt_or_unknown_data() {
    for (i, raw) in [
        "{not json",
        r#"{"version":99}"#,
        r#"{"version":2,"answers":{"stiffness":"extreme"},"step":0,"saved_at":0}"#,
    ]
    .into_iter()
    .enumerate()
    {
        let key: &'static str = ["t-bad-0", "t-bad-1", "t-bad-2"][i];
        storage().set_item(&format!("{PREFIX}{key}"), raw).unwrap();
        mount_app(key);
        tick().await;
        see_text("Earlier answers on this device could not be read");
        see_text("Step 1 of 7");
        assert!(storage()
            .get_item(&format!("{PREFIX}{key}"))
            .unwrap()
            .is_none());
    }
}

#[wasm_bindgen_test]
async fn app_keeps_working_when_storage_throws_on_write() {
    let key = format!("{PREFIX}t-full");
    storage().remove_item(&key).unwrap();
    let break_it = js_sys::Function::new_no_args(
        "window.__setItem = Storage.prototype.setItem;
         window.__writes = 0;
         Storage.prototype.setItem = function () {
           window.__writes += 1;
           throw new DOMException('full', 'QuotaExceededError');
         };",
    );
    let mend_it = js_sys::Function::new_no_args("Storage.prototype.setItem = window.__setItem;");
    break_it.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    mount_app("t-full");
    click("#ma-red_flags-none");
    tick().await;
    see_text("Your answers cannot be saved on this device");
    click("#ma-age_band-18_39");
    tick().await;
    click("button[type=submit]");
    tick().await;
    let writes = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__writes".into()).unwrap();
    mend_it.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    see_text("Step 2 of 7");
    assert!(storage().get_item(&key).unwrap().is_none());
    // Three changes, one failed write and one notice: no retry on every change.
    assert_eq!(writes.as_f64(), Some(1.0));
}

/// gloo-storage's sharp edges, guarded: a `getItem` that throws, and a
/// `setItem` that throws what is not an `Error`, would abort the widget in
/// gloo (`expect_throw`, `unreachable!`); the probe in front of it keeps
/// them away, and the visitor sees a notice.
#[wasm_bindgen_test]
async fn app_survives_storage_that_throws_where_gloo_storage_would_abort() {
    let key = format!("{PREFIX}t-gloo");
    storage().remove_item(&key).unwrap();
    let break_it = js_sys::Function::new_no_args(
        "window.__getItem = Storage.prototype.getItem;
         window.__setItem = Storage.prototype.setItem;
         Storage.prototype.getItem = function () { throw new DOMException('no', 'SecurityError'); };
         Storage.prototype.setItem = function () { throw 'not an Error'; };",
    );
    let mend_it = js_sys::Function::new_no_args(
        "Storage.prototype.getItem = window.__getItem;
         Storage.prototype.setItem = window.__setItem;",
    );
    break_it.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    mount_app("t-gloo");
    tick().await;
    see_text("Your answers cannot be saved on this device");
    answer_shown_step().await;
    tick().await;
    click("button[type=submit]");
    tick().await;
    mend_it.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    // Still working: the next step, and saving resumes by itself (the
    // retry after a second failed write comes 3 seconds later: up to 10 s).
    see_text("Step 2 of 7");
    click("#ma-conditions-none");
    let mut saved = String::new();
    for _ in 0..500 {
        tick().await;
        saved = storage().get_item(&key).unwrap().unwrap_or_default();
        if !saved.is_empty() {
            break;
        }
    }
    assert!(saved.contains("\"conditions\":[]"), "{saved}");
    let probe = massage_advisor::storage::PROBE_KEY;
    assert!(storage().get_item(probe).unwrap().is_none());
}

/// The probe's key is none a widget can have: a widget whose storage key is
/// "probe" keeps its answers like any other.
#[wasm_bindgen_test]
async fn a_widget_keyed_probe_is_not_disturbed_by_the_storage_probe() {
    storage().remove_item(&format!("{PREFIX}probe")).unwrap();
    mount_app("probe");
    answer_shown_step().await;
    click("button[type=submit]");
    tick().await;
    mount_app("probe");
    tick().await;
    see_text("Welcome back");
}

#[wasm_bindgen_test]
async fn app_follows_changes_made_in_another_tab() {
    let key = format!("{PREFIX}t-sync");
    storage().remove_item(&key).unwrap();
    mount_app("t-sync");
    click("#ma-red_flags-none");
    tick().await;
    let a = Answers {
        red_flags: Some(Default::default()),
        age_band: Some(AgeBand::Over65),
        ..Answers::default()
    };
    let raw = serde_json::to_string(&massage_advisor::domain::saved::Saved::new(
        a,
        0,
        js_sys::Date::now(),
    ))
    .unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&key));
    init.set_new_value(Some(&raw));
    let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&ev).unwrap();
    tick().await;
    assert!(checked("#ma-age_band-65_plus"));
    assert!(checked("#ma-red_flags-none"));
}

fn mount_app_with(config: Config) {
    mount(move || view! { <App config /> });
}

fn stored_keys() -> Vec<String> {
    let s = storage();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

#[wasm_bindgen_test]
async fn app_with_saving_off_writes_nothing_and_says_so() {
    let before = stored_keys();
    mount_app_with(Config {
        storage_key: "t-kiosk".into(),
        save: false,
        ..Config::default()
    });
    see_text("Saving is off on this page");
    see_text("Your answers are not saved on this device");
    // Nothing to erase, so no "Forget my answers".
    assert!(!exists("#ma-forget"));
    answer_shown_step().await;
    click("button[type=submit]");
    tick().await;
    see_text("Step 2 of 7");
    assert_eq!(stored_keys(), before);
}

#[wasm_bindgen_test]
async fn app_headings_start_at_the_hosts_level() {
    mount_app_with(Config {
        storage_key: "t-heading".into(),
        heading_level: 3,
        ..Config::default()
    });
    // No second h1 or main inside the host's page: a labelled section.
    assert!(!exists("h1, h2, main"));
    let root = find(".ma-root");
    assert_eq!(root.tag_name(), "SECTION");
    assert_eq!(
        root.get_attribute("aria-label").as_deref(),
        Some("Find the right massage for your back")
    );
    assert_eq!(find(".ma-title").tag_name(), "H3");
    assert_eq!(find("#ma-step-title").tag_name(), "H4");
    // The step heading is described by the step count, read once.
    assert_eq!(
        find("#ma-step-title")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("ma-progress-label")
    );
    assert_eq!(
        find("progress").get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    answer_shown_step().await;
    click("button[type=submit]");
    tick().await;
    // Later steps drop the widget's title and intro: the step heading is
    // the top heading.
    assert!(!exists(".ma-title"));
    assert_eq!(find("#ma-step-title").tag_name(), "H3");
}

#[wasm_bindgen_test]
async fn app_tells_of_a_warning_sign_and_waits_for_next() {
    mount_app_with(Config {
        storage_key: "t-warn".into(),
        save: false,
        emergency_number: Some("112".into()),
        ..Config::default()
    });
    click("#ma-red_flags-saddle_numbness");
    tick().await;
    see_text("One of your answers can be a sign of an emergency. If you need help now");
    // The call link is right there, and nothing else moved.
    assert_eq!(
        find(".ma-step__call a").get_attribute("href").as_deref(),
        Some("tel:112")
    );
    see_text("Call 112 now");
    see_text("Step 1 of 7");
    dont_see_text("Call emergency services now");
    click("#ma-red_flags-saddle_numbness");
    tick().await;
    dont_see_text("can be a sign of an emergency");
    assert!(!exists(".ma-step__call"));
    click("#ma-red_flags-saddle_numbness");
    // Next, with the age still unanswered: straight to the instruction.
    click("button[type=submit]");
    tick().await;
    see_text("Call emergency services now");
    dont_see_text("Please answer this question.");
}

#[wasm_bindgen_test]
async fn app_language_switch_changes_every_text_keeps_answers_and_is_remembered() {
    let key = format!("{PREFIX}t-lang");
    storage().remove_item(&key).unwrap();
    mount_app("t-lang");
    click("#ma-red_flags-none");
    tick().await;
    click(".ma-lang__choice[lang=hi]");
    tick().await;
    assert_eq!(
        find(".ma-root").get_attribute("lang").as_deref(),
        Some("hi")
    );
    see_text("अपनी पीठ के लिए सही मालिश चुनें");
    dont_see_text("Find the right massage for your back");
    assert!(checked("#ma-red_flags-none"));
    assert_eq!(
        find(".ma-lang__choice[lang=hi]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let saved = storage().get_item(&key).unwrap().unwrap();
    assert!(saved.contains("\"lang\":\"hi\""), "{saved}");
    // Back with the saved answers: in the language chosen.
    mount_app("t-lang");
    tick().await;
    see_text("फिर से स्वागत है");
}

#[wasm_bindgen_test]
async fn app_start_over_erases_the_earlier_answers() {
    let key = format!("{PREFIX}t-again");
    storage().remove_item(&key).unwrap();
    mount_app("t-again");
    click("#ma-red_flags-none");
    tick().await;
    mount_app("t-again");
    tick().await;
    see_text("Welcome back");
    see_text("Not your answers?");
    click(".ma-resume .ma-button--secondary");
    tick().await;
    // A fresh start, and on a shared device nothing of the last visitor's
    // answers left to bring back.
    see_text("Step 1 of 7");
    assert!(!checked("#ma-red_flags-none"));
    see_text("The earlier answers were erased from this device.");
    assert!(storage().get_item(&key).unwrap().is_none());
    mount_app("t-again");
    tick().await;
    dont_see_text("Welcome back");
}

// ---- the embedding entry point --------------------------------------------

#[wasm_bindgen_test]
async fn widget_mounts_follows_attributes_live_and_unmounts_cleanly() {
    use massage_advisor::embed::Widget;
    // A page in Hindi gets a Hindi widget when the element has no `lang`.
    let widget = Widget::new("/clinic/page.html", "", 0, "hi", None);
    let mut other = widget;
    other.mount(container());
    tick().await;
    assert_eq!(
        find(".ma-root").get_attribute("lang").as_deref(),
        Some("hi")
    );
    other.unmount();
    drop(other);

    let mut widget = Widget::new("/clinic/page.html", "", 0, "en", None);
    assert_eq!(widget.storage_key(), "massage-advisor:/clinic/page.html#0");
    widget.set_attribute("lang", Some("hi".into()));
    widget.set_attribute("storage-key", Some("bad key!".into()));
    assert_eq!(widget.storage_key(), "massage-advisor:/clinic/page.html#0");
    let parent = container();
    widget.mount(parent.clone());
    tick().await;
    assert_eq!(
        find(".ma-title").text_content().unwrap(),
        "अपनी पीठ के लिए सही मालिश चुनें"
    );
    assert_eq!(
        find(".ma-root").get_attribute("lang").as_deref(),
        Some("hi")
    );

    widget.set_attribute("lang", None);
    widget.set_attribute("theme", Some("dark".into()));
    tick().await;
    see_text("Find the right massage for your back");
    assert_eq!(
        find(".ma-root").get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    widget.set_attribute("theme", Some("neon".into()));
    tick().await;
    assert_eq!(
        find(".ma-root").get_attribute("data-theme").as_deref(),
        Some("auto")
    );

    widget.unmount();
    tick().await;
    assert_eq!(parent.child_element_count(), 0);
}

#[wasm_bindgen_test]
fn a_date_is_written_whatever_the_host_page_says_its_language_is() {
    use massage_advisor::i18n::{long_date, I18n};
    use massage_advisor::locale::Lang;
    let html = document().document_element().unwrap();
    let before = html.get_attribute("lang");
    // 7 December 2026, noon UTC.
    let ms = 1_796_644_800_000.0;
    for tag in [
        "en_US",
        "en-",
        "en-GB",
        "hi_IN",
        "x!!",
        "",
        "en-u-ca-invalid-zzzzzzzzzzzzz",
    ] {
        html.set_attribute("lang", tag).unwrap();
        for lang in [Lang::En, Lang::Hi] {
            let written = long_date(I18n(Signal::stored(lang)), ms);
            assert!(written.contains("2026"), "{tag:?} {lang:?}: {written}");
        }
    }
    html.set_attribute("lang", "en_US").unwrap();
    assert!(long_date(I18n(Signal::stored(Lang::En)), ms).contains("December"));
    match before {
        Some(lang) => html.set_attribute("lang", &lang).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
}
