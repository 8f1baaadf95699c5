//! The demo page's entry point: install the panic hook and mount the widget.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| leptos::view! { <massage_advisor::App /> });
}
