//! The demo page's entry point: install the panic hook and mount the widget
//! as the page's main content (so its title is the page's `h1`).

use leptos::prelude::*;
use massage_advisor::{App, Config};

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
