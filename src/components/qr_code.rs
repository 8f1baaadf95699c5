//! A QR code drawn by the widget: an SVG of its modules (one path, crisp at
//! any size, in the page's colours), with an accessible name. Encoded by the
//! `qrcodegen` crate (Project Nayuki's, small and maintained).

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The modules of `text`'s QR code as one SVG path, and its size with the
/// quiet zone (4 modules each side); `None` when the text is too long.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if qr.get_module(x, y) {
                // A run of dark modules in one rectangle.
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((d, size + 8))
}

/// The QR code of `text`, named `label` for assistive technology.
#[component]
pub fn QrCodeImage(
    /// What the code holds.
    text: Signal<String>,
    /// Its accessible name.
    label: Signal<String>,
) -> impl IntoView {
    move || {
        text.with(|t| qr_path(t)).map(|(d, size)| {
            view! {
                <svg
                    class="ma-qr"
                    viewBox=format!("0 0 {size} {size}")
                    role="img"
                    aria-label=move || label.get()
                    shape-rendering="crispEdges"
                >
                    <rect class="ma-qr__light" width=size height=size />
                    <path class="ma-qr__dark" d=d />
                </svg>
            }
        })
    }
}
