//! The demo page's entry point: install the panic hook and mount the widget
//! as the page's main content (so its title is the page's `h1`).

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use massage_advisor::{App, Config};

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    let config = Config {
        heading_level: 1,
        ..Config::default()
    };
    leptos::mount::mount_to_body(move || {
        view! {
            <main class="ma-page">
                <App config />
            </main>
        }
    });
}

/// The demo page is for the browser (Trunk builds it); natively there is
/// nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
