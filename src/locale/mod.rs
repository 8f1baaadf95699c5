//! Locale data: every sentence a visitor reads, per language, looked up by key.
//! Pure Rust; the JSON files sit beside this module.

use std::collections::BTreeMap;

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
}

/// The locale files as static data, made by `build.rs`.
mod data {
    include!(concat!(env!("OUT_DIR"), "/locale_data.rs"));
}

/// The texts of one language.
#[derive(Debug)]
pub struct Texts {
    inner: Inner,
}

#[derive(Debug)]
enum Inner {
    /// A language of the widget: texts in the order of `data::KEYS`.
    Static(&'static [&'static str]),
    /// Texts parsed at run time (tests).
    Parsed(BTreeMap<String, String>),
}

impl Texts {
    /// Parses locale JSON (a flat object of key → text).
    pub fn parse(json: &str) -> Result<Texts, serde_json::Error> {
        Ok(Texts {
            inner: Inner::Parsed(serde_json::from_str(json)?),
        })
    }

    /// The text of `key`; the key itself when it is missing, so a gap shows
    /// up plainly instead of crashing (a test keeps the locales complete).
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        match &self.inner {
            Inner::Static(values) => data::KEYS
                .binary_search(&key)
                .ok()
                .and_then(|i| values.get(i).copied())
                .unwrap_or(key),
            Inner::Parsed(map) => map.get(key).map_or(key, String::as_str),
        }
    }

    /// True when `key` has a text.
    pub fn has(&self, key: &str) -> bool {
        match &self.inner {
            Inner::Static(_) => data::KEYS.binary_search(&key).is_ok(),
            Inner::Parsed(map) => map.contains_key(key),
        }
    }

    /// Every key.
    pub fn keys(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match &self.inner {
            Inner::Static(_) => Box::new(data::KEYS.iter().copied()),
            Inner::Parsed(map) => Box::new(map.keys().map(String::as_str)),
        }
    }

    /// The text of `key` with its `{name}` placeholders filled from `args`
    /// (a placeholder without a value stays as it is).
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        let text = self.t(key);
        let mut out = String::with_capacity(text.len() + 16);
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}');
            let value = close.and_then(|c| args.iter().find(|(n, _)| *n == &after[..c]));
            match (close, value) {
                (Some(c), Some((_, v))) => {
                    out.push_str(v);
                    rest = &after[c + 1..];
                }
                _ => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Renders a domain message.
    pub fn render(&self, msg: &Msg) -> String {
        self.fill(&msg.key, &msg.args)
    }
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    static EN: Texts = Texts {
        inner: Inner::Static(&data::EN),
    };
    static HI: Texts = Texts {
        inner: Inner::Static(&data::HI),
    };
    match lang {
        Lang::En => &EN,
        Lang::Hi => &HI,
    }
}
