//! The reception code: a visitor's answers (never sentences), packed into a
//! short, versioned text for a QR code, so that the clinic's page opened with
//! it shows the therapist the same summary, read-only, without a server.
//!
//! Layout: `1` (the format), then in base64url: 12 bits of the digest of the
//! question table and the rules (a code from a build whose questions or
//! rules differ is told apart, not misread into other advice), the day, the
//! answers bit-packed, and two check characters (a CRC-12 of the rest:
//! checked first, so that a damaged code is called damaged).

use super::answers::{effective, Answers};
use super::catalogue::CATALOGUE;
use super::choices::RedFlag;
use super::engine::{Effect, PRECAUTIONS};
use super::questions::{Kind, Question, STEPS};
use super::triage::{Pattern, COMBINATIONS};
use super::value::{Edit, Value, NONE_OPTION};

/// The format written today.
const FORMAT: char = '1';

/// base64url, the characters of a code after the format.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a code cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not a code of this widget (another format, a character it never
    /// writes, cut short).
    Malformed,
    /// A code of another version of the questionnaire.
    OtherVersion,
    /// Its check does not hold: mistyped or damaged.
    Damaged,
}

/// The questions a code carries: the questionnaire's steps (not a check-in).
fn carried() -> impl Iterator<Item = &'static Question> {
    STEPS.iter().flat_map(|s| s.questions.iter())
}

/// Bits needed for values `0..count`.
fn bits_for(count: usize) -> u32 {
    usize::BITS - count.saturating_sub(1).leading_zeros()
}

/// The digest of the question table (ids, kinds, options and ranges) and of
/// the rules (each warning sign, pattern and combination with its level,
/// each precaution, what it does and which therapies it is about), so that
/// a build whose advice could differ reads another build's code as foreign.
pub fn layout() -> u32 {
    // FNV-1a over a description of every question, folded to 12 bits.
    let mut hash: u32 = 0x811c_9dc5;
    let mut eat = |text: &str| {
        for b in text.bytes().chain(std::iter::once(0)) {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    };
    for q in carried() {
        eat(q.id);
        match q.kind {
            Kind::Number(r) => eat(&format!(
                "{}/{}/{}",
                r.min.to_bits(),
                r.max.to_bits(),
                r.step.to_bits()
            )),
            kind => kind.options().iter().for_each(|o| eat(o)),
        }
    }
    for flag in RedFlag::ALL {
        eat(flag.id());
        eat(flag.rule().level.id());
    }
    for pattern in Pattern::ALL {
        eat(pattern.id());
        eat(pattern.rule().level.id());
    }
    for combo in COMBINATIONS {
        eat(combo.id);
        eat(combo.rule.level.id());
    }
    for precaution in PRECAUTIONS {
        eat(precaution.key);
        eat(if precaution.effect == Effect::Exclude {
            "x"
        } else {
            "c"
        });
        for therapy in CATALOGUE {
            eat(if precaution.applies.matches(therapy) {
                therapy.id.id()
            } else {
                ""
            });
        }
    }
    (hash ^ (hash >> 12) ^ (hash >> 24)) & 0xfff
}

/// Days from 2020-01-01 to `ms` since the Unix epoch (what the code dates;
/// given the visitor's clock-face time, `storage::local_now_ms`, the day is
/// theirs).
pub fn day_of(ms: f64) -> u32 {
    ((ms / 86_400_000.0).floor() as i64 - 18_262).clamp(0, 0xffff) as u32
}

/// `day` (as [`day_of`] counts) in milliseconds since the Unix epoch.
pub fn ms_of(day: u32) -> f64 {
    (f64::from(day) + 18_262.0) * 86_400_000.0
}

#[derive(Default)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn put(&mut self, value: u32, width: u32) {
        for i in (0..width).rev() {
            self.bits.push(value >> i & 1 == 1);
        }
    }
}

struct Reader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Result<u32, CodeError> {
        let mut value = 0;
        for _ in 0..width {
            let bit = *self.bits.get(self.at).ok_or(CodeError::Malformed)?;
            value = value << 1 | u32::from(bit);
            self.at += 1;
        }
        Ok(value)
    }
}

/// The two check characters: a CRC-12 (polynomial 0x80F) of the symbols'
/// 6-bit values, which catches every single changed character and every
/// swap of two.
fn check(symbols: &[u8]) -> [u8; 2] {
    let mut crc: u16 = 0;
    for s in symbols {
        for i in (0..6).rev() {
            let bit = u16::from(s >> i & 1);
            let top = crc >> 11 & 1;
            crc = (crc << 1) & 0xfff;
            if top ^ bit == 1 {
                crc ^= 0x80f;
            }
        }
    }
    [(crc >> 6) as u8, (crc & 0x3f) as u8]
}

/// The code of `answers` (those shown only), dated `day` (see [`day_of`]).
pub fn encode(answers: &Answers, day: u32) -> String {
    encode_as(answers, day, layout())
}

/// [`encode`] as a build whose digest is `digest` would write it (for
/// tests of codes from other versions).
#[doc(hidden)]
pub fn encode_as(answers: &Answers, day: u32, digest: u32) -> String {
    let mut shown = effective(answers);
    shown.drop_invalid_numbers();
    let mut bits = Bits::default();
    bits.put(digest & 0xfff, 12);
    bits.put(day.min(0xffff), 16);
    for q in carried() {
        let answer = q.answer(&shown);
        match q.kind {
            Kind::Single(options) => {
                let value = match &answer {
                    Some(Value::Choice(id)) => {
                        options.iter().position(|o| o == id).map_or(0, |i| i + 1)
                    }
                    _ => 0,
                };
                bits.put(value as u32, bits_for(options.len() + 1));
            }
            Kind::YesNo => bits.put(
                match &answer {
                    Some(Value::Choice("no")) => 1,
                    Some(Value::Choice("yes")) => 2,
                    _ => 0,
                },
                2,
            ),
            Kind::Multi(_) | Kind::BodyAreas => {
                let options = q.kind.options();
                match &answer {
                    Some(Value::Choices(ids)) => {
                        bits.put(1, 1);
                        for o in options {
                            bits.put(u32::from(ids.contains(o)), 1);
                        }
                    }
                    _ => bits.put(0, 1),
                }
            }
            Kind::Number(range) => {
                let steps = ((range.max - range.min) / range.step).round() as usize;
                let value = match answer {
                    Some(Value::Number(n)) => ((n - range.min) / range.step).round() as usize + 1,
                    _ => 0,
                };
                bits.put(value as u32, bits_for(steps + 2));
            }
        }
    }
    let mut symbols: Vec<u8> = bits
        .bits
        .chunks(6)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0u8, |v, (i, b)| v | u8::from(*b) << (5 - i))
        })
        .collect();
    let sum = check(&symbols);
    symbols.extend(sum);
    std::iter::once(FORMAT)
        .chain(
            symbols
                .iter()
                .map(|s| char::from(ALPHABET[usize::from(*s)])),
        )
        .collect()
}

/// Reads a code: the answers and their day. Never panics; whatever is not a
/// code of this build is a [`CodeError`].
pub fn decode(code: &str) -> Result<(Answers, u32), CodeError> {
    let mut chars = code.trim().chars();
    if chars.next() != Some(FORMAT) {
        return Err(CodeError::Malformed);
    }
    let rest: &str = chars.as_str();
    if rest.len() < 6 || rest.len() > 200 {
        return Err(CodeError::Malformed);
    }
    let mut symbols = Vec::with_capacity(rest.len());
    for b in rest.bytes() {
        let s = ALPHABET
            .iter()
            .position(|a| *a == b)
            .ok_or(CodeError::Malformed)?;
        symbols.push(s as u8);
    }
    let (payload, sum) = symbols.split_at(symbols.len() - 2);
    if check(payload) != sum {
        return Err(CodeError::Damaged);
    }
    let bits: Vec<bool> = payload
        .iter()
        .flat_map(|s| (0..6).rev().map(move |i| s >> i & 1 == 1))
        .collect();
    let mut r = Reader { bits: &bits, at: 0 };
    if r.take(12)? != layout() {
        return Err(CodeError::OtherVersion);
    }
    let day = r.take(16)?;
    let mut answers = Answers::default();
    for q in carried() {
        let invalid = |_| CodeError::Damaged;
        match q.kind {
            Kind::Single(options) => {
                let v = r.take(bits_for(options.len() + 1))? as usize;
                if v > 0 {
                    let id = options.get(v - 1).ok_or(CodeError::Damaged)?;
                    q.edit(&mut answers, Edit::Choose(id)).map_err(invalid)?;
                }
            }
            Kind::YesNo => match r.take(2)? {
                0 => {}
                1 => q.edit(&mut answers, Edit::Choose("no")).map_err(invalid)?,
                2 => q.edit(&mut answers, Edit::Choose("yes")).map_err(invalid)?,
                _ => return Err(CodeError::Damaged),
            },
            Kind::Multi(_) | Kind::BodyAreas => {
                if r.take(1)? == 1 {
                    q.edit(&mut answers, Edit::Toggle(NONE_OPTION))
                        .map_err(invalid)?;
                    for o in q.kind.options() {
                        if r.take(1)? == 1 {
                            q.edit(&mut answers, Edit::Toggle(o)).map_err(invalid)?;
                        }
                    }
                }
            }
            Kind::Number(range) => {
                let steps = ((range.max - range.min) / range.step).round() as usize;
                let v = r.take(bits_for(steps + 2))? as usize;
                if v > steps + 1 {
                    return Err(CodeError::Damaged);
                }
                if v > 0 {
                    let n = range.min + (v - 1) as f32 * range.step;
                    q.edit(&mut answers, Edit::Number(n)).map_err(invalid)?;
                }
            }
        }
    }
    // Padding only after the answers.
    if bits[r.at..].iter().any(|b| *b) || bits.len() - r.at >= 6 {
        return Err(CodeError::Damaged);
    }
    Ok((answers, day))
}

/// Where a code sits in an address: `#massage-advisor=<code>`.
pub const FRAGMENT_KEY: &str = "massage-advisor=";

/// The code in an address's fragment (`#massage-advisor=…`, among other
/// `&`-separated parts), if there is one.
pub fn in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(FRAGMENT_KEY))
}

/// An address for the clinic's page with the code in its fragment (the
/// fragment is never sent to a server).
pub fn reception_address(page: &str, code: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    format!("{page}#{FRAGMENT_KEY}{code}")
}
