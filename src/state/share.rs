//! "Share" (desk and presentation, never the kiosk): the table behind the view copied or
//! saved as CSV into the export folder, and the view copied as a command line or saved as a
//! view file. The state builds the text and writes the file; the clipboard is the window's
//! ([`WindowEffect::CopyText`]).

use std::path::{Path, PathBuf};

use super::{AppState, Mode, WindowEffect};
use crate::export::Table;
use crate::export::csv::{self, Bom};
use crate::export::folder::{DEFAULT_EXPORT_DIR, file_stem, save_new_file};
use crate::export::table::{self, SeriesView};
use crate::view::{Card, ViewSpec};

/// Which table behind the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableChoice {
    /// Members of the selected organizations on the selected date.
    Members,
    /// Events of the selected year (or the story step's years) under the field filter.
    Events,
    /// The plots' series as shown.
    Series,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareAction {
    /// The table as tab-separated text on the clipboard (a spreadsheet pastes it into columns).
    CopyTable(TableChoice),
    /// The table as a CSV file in the export folder.
    SaveTable(TableChoice),
    /// `ssc-atlas --year … --select …` on the clipboard.
    CopyCommandLine,
    /// The view file's text on the clipboard.
    CopyViewFile,
    /// A view file in the export folder.
    SaveViewFile,
}

/// What the last share did, shown in the window until the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareMessage {
    pub text: String,
    pub is_error: bool,
}

pub(super) struct ShareState {
    export_dir: PathBuf,
    message: Option<ShareMessage>,
}

impl Default for ShareState {
    fn default() -> Self {
        Self {
            export_dir: PathBuf::from(DEFAULT_EXPORT_DIR),
            message: None,
        }
    }
}

/// A table and the stem of its file name.
pub struct NamedTable {
    pub table: Table,
    pub stem: String,
    /// Selected bodies known only by published counts: not in a member list.
    pub counts_only: Vec<String>,
}

impl AppState {
    /// Where "Save" writes (`--export-dir`, default `./ssc-atlas-exports`).
    pub fn export_dir(&self) -> &Path {
        &self.share.export_dir
    }

    /// What the last share did.
    pub fn share_message(&self) -> Option<&ShareMessage> {
        self.share.message.as_ref()
    }

    /// Whether the mode lets a user take things away (never in a kiosk).
    pub fn sharing_allowed(&self) -> bool {
        !matches!(self.mode, Mode::Kiosk(_))
    }

    /// The years whose events the events table lists: the story step's years when it
    /// animates through some, else the selected year.
    pub fn event_table_years(&self) -> std::ops::RangeInclusive<i32> {
        let year = self.year();
        let from = self
            .story_step()
            .and_then(|(story, step)| story.steps.get(step))
            .filter(|step| step.year == year)
            .and_then(|step| step.from_year)
            .filter(|from| *from <= year)
            .unwrap_or(year);
        from..=year
    }

    /// The table behind the view.
    pub fn table(&self, choice: TableChoice) -> NamedTable {
        let date = self.date();
        let year = self.year().to_string();
        let selected: Vec<&crate::data::Organization> = self.selected_organizations().collect();
        let names: Vec<&str> = selected.iter().map(|o| o.short_name_on(date)).collect();
        match choice {
            TableChoice::Members => NamedTable {
                table: table::members_table(&self.atlas, &selected, date),
                stem: file_stem(&[&["members"], names.as_slice(), &[&year]].concat()),
                counts_only: table::counts_only(&selected)
                    .iter()
                    .map(|o| o.short_name_on(date).to_owned())
                    .collect(),
            },
            TableChoice::Events => {
                let years = self.event_table_years();
                let events = self
                    .atlas
                    .events
                    .iter()
                    .filter(|e| years.contains(&e.start.year) && self.passes_filter(e));
                let span = if years.start() == years.end() {
                    year
                } else {
                    format!("{}-{}", years.start(), years.end())
                };
                NamedTable {
                    table: table::events_table(&self.atlas, events),
                    stem: file_stem(&["events", &span, self.field_filter().unwrap_or_default()]),
                    counts_only: Vec::new(),
                }
            }
            TableChoice::Series => NamedTable {
                table: table::series_table(
                    &self.atlas,
                    &SeriesView {
                        selected: &selected,
                        field: self.field_filter(),
                        years: self.playback.first_year()..=self.playback.last_year(),
                        date,
                    },
                ),
                stem: file_stem(&[&["plots"], names.as_slice(), &[&year]].concat()),
                counts_only: Vec::new(),
            },
        }
    }

    /// The view on screen; its caption is the open card's title, for a story step.
    pub fn view_to_share(&self) -> ViewSpec {
        let mut view = self.view();
        view.caption = match &view.card {
            Some(Card::Event(id)) => self.atlas.event(id).map(|e| e.title.clone()),
            Some(Card::Country(key)) => Some(self.atlas.country_name_on(key, self.date())),
            None => None,
        };
        view
    }

    pub(super) fn set_export_dir(&mut self, dir: PathBuf) {
        self.share.export_dir = dir;
    }

    pub(super) fn clear_share_message(&mut self) {
        self.share.message = None;
    }

    pub(super) fn share(&mut self, action: ShareAction) {
        if !self.sharing_allowed() {
            return;
        }
        let result = match action {
            ShareAction::CopyTable(choice) => {
                let named = self.table(choice);
                self.effects
                    .push(WindowEffect::CopyText(csv::to_tsv(&named.table)));
                Ok(format!(
                    "Copied {}: paste into a spreadsheet{}",
                    rows_text(choice, named.table.rows.len()),
                    counts_only_text(&named.counts_only)
                ))
            }
            ShareAction::SaveTable(choice) => {
                let named = self.table(choice);
                let text = csv::to_csv(&named.table, Bom::Yes);
                save_new_file(&self.share.export_dir, &named.stem, "csv", text.as_bytes()).map(
                    |path| {
                        format!(
                            "Saved {} to {}{}",
                            rows_text(choice, named.table.rows.len()),
                            path.display(),
                            counts_only_text(&named.counts_only)
                        )
                    },
                )
            }
            ShareAction::CopyCommandLine => {
                let line = self.view_to_share().command_line();
                self.effects.push(WindowEffect::CopyText(line.clone()));
                Ok(format!("Copied: {line}"))
            }
            ShareAction::CopyViewFile => {
                let text = crate::view::file::to_json(&self.view_to_share());
                self.effects.push(WindowEffect::CopyText(text));
                Ok("Copied the view file's text (save it as VIEW.json; open with --open VIEW.json)".to_owned())
            }
            ShareAction::SaveViewFile => {
                let view = self.view_to_share();
                let year = self.year().to_string();
                let names: Vec<&str> = self
                    .selected_organizations()
                    .map(|o| o.short_name_on(self.date()))
                    .collect();
                let stem = file_stem(&[&["view", year.as_str()], names.as_slice()].concat());
                let text = crate::view::file::to_json(&view);
                save_new_file(&self.share.export_dir, &stem, "json", text.as_bytes()).map(|path| {
                    format!(
                        "Saved the view to {} (open it with: ssc-atlas --open {})",
                        path.display(),
                        path.display()
                    )
                })
            }
        };
        self.share.message = Some(match result {
            Ok(text) => ShareMessage {
                text,
                is_error: false,
            },
            Err(text) => ShareMessage {
                text: format!("Not saved: {text}"),
                is_error: true,
            },
        });
    }
}

fn rows_text(choice: TableChoice, rows: usize) -> String {
    let what = match choice {
        TableChoice::Members => "member",
        TableChoice::Events => "event",
        TableChoice::Series => "plot value",
    };
    format!("{rows} {what}{}", if rows == 1 { "" } else { "s" })
}

fn counts_only_text(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!(
            " ({} known only by published counts: see the plot series)",
            names.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Command, ThemeChoice};
    use crate::time::playback::PlaybackCommand;

    fn state() -> AppState {
        let atlas = crate::data::load_atlas(&crate::data::DataSource::Bundled);
        AppState::new(std::sync::Arc::new(atlas), 1975, 2026)
    }

    fn copied(state: &mut AppState) -> Vec<String> {
        state
            .take_window_effects()
            .into_iter()
            .filter_map(|e| match e {
                WindowEffect::CopyText(text) => Some(text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_saved_table_is_a_csv_file_named_after_the_view_and_the_message_gives_its_path() {
        let dir = std::env::temp_dir().join(format!("ssc-atlas-share-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut state = state();
        state.apply(Command::SetExportDir(dir.clone()));
        state.apply(Command::ToggleOrganization("au".into()));
        state.apply(Command::ToggleOrganization("un".into()));
        state.apply(Command::Share(ShareAction::SaveTable(TableChoice::Members)));
        let message = state.share_message().unwrap().clone();
        assert!(!message.is_error, "{message:?}");
        let path = dir.join("members-oau-un-1975.csv");
        assert!(
            message.text.contains(&path.display().to_string()),
            "{message:?}"
        );
        assert!(
            message.text.contains("UN known only by published counts"),
            "{message:?}"
        );
        let records = csv::parse(&std::fs::read_to_string(&path).unwrap());
        assert_eq!(records[0][0], "organization");
        let oau = state.atlas().organization("au").unwrap();
        assert_eq!(records.len() - 1, oau.members_on(state.date()).count());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unwritable_folder_is_a_clear_error_in_the_window() {
        let mut state = state();
        state.apply(Command::SetExportDir("/proc/no-such/ssc".into()));
        state.apply(Command::Share(ShareAction::SaveTable(TableChoice::Events)));
        let message = state.share_message().unwrap();
        assert!(message.is_error);
        assert!(
            message
                .text
                .starts_with("Not saved: cannot create the export folder /proc/no-such/ssc"),
            "{message:?}"
        );
    }

    #[test]
    fn copying_puts_tab_separated_text_or_the_command_line_on_the_clipboard() {
        let mut state = state();
        state.apply(Command::Playback(PlaybackCommand::SetYear(1964)));
        state.apply(Command::SetTheme(ThemeChoice::Dark));
        state.apply(Command::Share(ShareAction::CopyTable(TableChoice::Events)));
        let text = copied(&mut state).pop().unwrap();
        assert!(text.starts_with("id\tkind\t"), "{text}");
        assert!(text.contains("Cairo"), "the 1964 NAM summit: {text}");
        state.apply(Command::Share(ShareAction::CopyCommandLine));
        let line = copied(&mut state).pop().unwrap();
        assert!(line.starts_with("ssc-atlas --year 1964 --view "), "{line}");
        assert!(line.ends_with(" --dark"), "{line}");
    }

    #[test]
    fn the_kiosk_shares_nothing() {
        let mut state = state();
        state.apply(Command::SetMode(Mode::Kiosk(Box::new(
            crate::kiosk::Kiosk::new(crate::kiosk::KioskConfig::default()),
        ))));
        state.apply(Command::Share(ShareAction::CopyCommandLine));
        assert!(copied(&mut state).is_empty());
        assert!(state.share_message().is_none());
    }
}
