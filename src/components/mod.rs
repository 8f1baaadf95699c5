//! The view: thin Leptos components, one per file. They render the domain's
//! questions and advice and send every change through one callback.

pub mod about_advice;
pub mod answer_summary;
pub mod app;
pub mod between_visits;
pub mod body_map;
pub mod call_link;
pub mod check_in_done;
pub mod choice_group;
pub mod clinic_cta;
pub mod disclosure;
pub mod edit_answers;
pub mod field;
pub mod fieldset;
pub mod forget_answers;
pub mod frame;
pub mod heading;
pub mod headings_below;
pub mod history_view;
pub mod language_switch;
pub mod left_out;
pub mod notes_box;
pub mod number_field;
pub mod progress;
pub mod qr_code;
pub mod question;
pub mod results;
pub mod resume;
pub mod scale;
pub mod screen;
pub mod send_summary;
pub mod step_form;
pub mod therapist_view;
pub mod therapy_card;
pub mod triage_banner;
