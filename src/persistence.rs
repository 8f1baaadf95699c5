//! What the visitor is told about saving, as one pure reducer: every outcome
//! of storage (loaded, written, erased, changed elsewhere) goes through
//! [`Persistence::update`], which says which [`Notice`] shows and when to
//! try a failed write again. No browser here: tested natively
//! (`tests/persistence.rs`); `hooks::use_saved_progress` feeds it.

use crate::domain::saved::DecodeError;
use crate::domain::Wizard;
use crate::locale::Lang;
use crate::storage::Loaded;

/// A message about storage, shown above the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked or refused a write: answers may not be kept.
    CannotSave,
    /// A write works again after failing.
    SavedAgain,
    /// Stored answers could not be read and were removed.
    Unreadable,
    /// Stored answers had expired and were removed.
    Expired,
    /// The visitor erased their answers.
    Forgotten,
    /// Erasing failed: the answers may still be stored.
    EraseFailed,
    /// Another page cleared the site's storage; the answers here were saved again.
    ClearedElsewhere,
    /// The answers were erased in another tab or widget.
    ErasedElsewhere,
    /// Saving is off on this page (shared devices): nothing is kept.
    NotSaving,
    /// The visitor started over, and the earlier answers were erased, so
    /// that the next person on a shared device cannot bring them back.
    StartedAfresh,
}

impl Notice {
    /// Every notice.
    pub const ALL: &'static [Notice] = &[
        Notice::CannotSave,
        Notice::SavedAgain,
        Notice::Unreadable,
        Notice::Expired,
        Notice::Forgotten,
        Notice::EraseFailed,
        Notice::ClearedElsewhere,
        Notice::ErasedElsewhere,
        Notice::NotSaving,
        Notice::StartedAfresh,
    ];

    /// Locale key of the text.
    pub fn key(self) -> &'static str {
        match self {
            Notice::CannotSave => "storage.unavailable",
            Notice::SavedAgain => "storage.saved_again",
            Notice::Unreadable => "storage.unreadable",
            Notice::Expired => "storage.expired",
            Notice::Forgotten => "ui.forgotten",
            Notice::EraseFailed => "storage.erase_failed",
            Notice::ClearedElsewhere => "storage.cleared_elsewhere",
            Notice::ErasedElsewhere => "storage.erased_elsewhere",
            Notice::NotSaving => "storage.not_saving",
            Notice::StartedAfresh => "storage.started_afresh",
        }
    }
}

/// Something that happened to the saved copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happened {
    /// A write was tried: `true` when it worked.
    Wrote(bool),
    /// "Forget my answers" was tried: `true` when the answers are gone.
    Forgot(bool),
    /// The visitor started over: the saved answers were erased (`true`), or
    /// erasing them failed (`false`).
    StartedOver(bool),
    /// Another tab or widget saved answers under this key.
    SavedElsewhere,
    /// Another tab or widget erased this key; `had_answers`: this widget
    /// showed answers, which are gone now.
    ErasedElsewhere {
        /// Answers were shown here.
        had_answers: bool,
    },
    /// Another page cleared the site's storage; `has_answers`: this widget
    /// holds answers, which it saves again.
    ClearedElsewhere {
        /// Answers are shown here.
        has_answers: bool,
    },
}

/// Waits before trying a failed write again: a storage fault that passes
/// (a full disk freed, a privacy prompt answered) does not need a reload,
/// and a fault that lasts is not hammered.
pub const RETRY_AFTER_MS: &[u64] = &[1_000, 3_000, 10_000, 30_000, 60_000];

/// The state of saving, as the visitor is told of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Persistence {
    /// The notice to show, if any.
    pub notice: Option<Notice>,
    /// True while storage holds answers of this key, as far as it is known:
    /// starting over then says they were erased.
    pub holds_answers: bool,
    /// Consecutive failed writes.
    failures: u32,
}

/// Where a widget starts: its wizard, the language the visitor chose, and
/// what it tells of saving.
pub fn start(loaded: Loaded, save: bool) -> (Wizard, Option<Lang>, Persistence) {
    let (wizard, lang, notice) = match loaded {
        Loaded::Nothing if !save => (Wizard::default(), None, Some(Notice::NotSaving)),
        Loaded::Nothing => (Wizard::default(), None, None),
        Loaded::Saved(saved) => {
            let lang = saved.lang.as_deref().and_then(Lang::from_tag);
            let wizard = Wizard::resume(saved.answers, saved.step).with_history(saved.history);
            (wizard, lang, None)
        }
        Loaded::Unavailable => (Wizard::default(), None, Some(Notice::CannotSave)),
        Loaded::Unusable(DecodeError::Expired) => (Wizard::default(), None, Some(Notice::Expired)),
        Loaded::Unusable(_) => (Wizard::default(), None, Some(Notice::Unreadable)),
    };
    let persistence = Persistence {
        holds_answers: notice.is_none() && save && !wizard.is_blank(),
        failures: u32::from(notice == Some(Notice::CannotSave)),
        notice,
    };
    (wizard, lang, persistence)
}

impl Persistence {
    /// Takes in what happened. For a failed write, how long to wait before
    /// trying again (the caller writes the latest state then).
    pub fn update(&mut self, happened: Happened) -> Option<u64> {
        match happened {
            Happened::Wrote(true) => {
                self.holds_answers = true;
                if self.failures > 0 {
                    self.failures = 0;
                    self.notice = Some(Notice::SavedAgain);
                }
            }
            Happened::Wrote(false) => {
                let wait = RETRY_AFTER_MS[(self.failures as usize).min(RETRY_AFTER_MS.len() - 1)];
                self.failures = self.failures.saturating_add(1);
                self.notice = Some(Notice::CannotSave);
                return Some(wait);
            }
            // Nothing was saved: nothing to say.
            Happened::StartedOver(_) if !self.holds_answers => {}
            Happened::Forgot(gone) | Happened::StartedOver(gone) => {
                self.holds_answers = !gone;
                self.notice = Some(match happened {
                    _ if !gone => Notice::EraseFailed,
                    Happened::Forgot(_) => Notice::Forgotten,
                    _ => Notice::StartedAfresh,
                });
            }
            Happened::SavedElsewhere => self.holds_answers = true,
            Happened::ErasedElsewhere { had_answers } => {
                self.holds_answers = false;
                if had_answers {
                    self.notice = Some(Notice::ErasedElsewhere);
                }
            }
            Happened::ClearedElsewhere { has_answers } => {
                self.holds_answers = false;
                if has_answers {
                    self.notice = Some(Notice::ClearedElsewhere);
                }
            }
        }
        None
    }
}
