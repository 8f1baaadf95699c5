//! Locale data: every sentence a visitor reads, per language, looked up by key.
//! Pure Rust; the JSON files sit beside this module.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::Msg;

/// A supported language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Hindi.
    Hi,
}

impl Lang {
    /// Every supported language.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Hi];

    /// The BCP 47 tag (`lang` attribute value).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिंदी",
        }
    }

    /// Parses a `lang` attribute value ("en", "en-GB", ...).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.json"),
            Lang::Hi => include_str!("hi.json"),
        }
    }
}

/// The texts of one language.
#[derive(Debug, Default)]
pub struct Texts {
    map: HashMap<String, String>,
}

impl Texts {
    /// Parses locale JSON (a flat object of key → text).
    pub fn parse(json: &str) -> Result<Texts, serde_json::Error> {
        Ok(Texts {
            map: serde_json::from_str(json)?,
        })
    }

    /// The text of `key`; the key itself when it is missing, so a gap shows
    /// up plainly instead of crashing (a test keeps the locales complete).
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.map.get(key).map_or(key, String::as_str)
    }

    /// True when `key` has a text.
    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// Every key.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// The text of `key` with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut out = self.t(key).to_owned();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// Renders a domain message.
    pub fn render(&self, msg: &Msg) -> String {
        self.fill(&msg.key, &msg.args)
    }
}

/// The texts of `lang`, parsed once.
pub fn texts(lang: Lang) -> &'static Texts {
    static EN: OnceLock<Texts> = OnceLock::new();
    static HI: OnceLock<Texts> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Hi => &HI,
    };
    // The locale files ship inside the binary and a native test parses each
    // one, so a parse failure cannot reach a visitor; fall back to keys.
    cell.get_or_init(|| Texts::parse(lang.source()).unwrap_or_default())
}
