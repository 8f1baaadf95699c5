//! The view: thin Leptos components, one per file. They render the domain's
//! questions and advice and send every change through one callback.

pub mod app;
pub mod body_map;
pub mod choice_group;
pub mod fieldset;
pub mod number_field;
pub mod progress;
pub mod question;
pub mod results;
pub mod resume;
pub mod scale;
pub mod step_form;
