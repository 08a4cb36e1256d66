//! `story-from-views`: saved views made into a story file, checked before it is written.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use crate::data::{Atlas, DataSource, load_atlas};
use crate::time::Date;
use crate::view::story::{SavedView, StoryHeading, story_from_views};

/// Reads `views`, builds the story, runs `validate`'s story rules on it, and writes `out`
/// (never over an existing file). Problems of the views go to `out_log`, one per line.
pub fn run_story_from_views(
    views: &[PathBuf],
    heading: (&str, &str),
    out: &Path,
    source: &DataSource,
    today: Date,
    log: &mut dyn Write,
) -> Result<(), CliError> {
    let (title, summary) = heading;
    let id = out
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| out.extension().is_some_and(|e| e == "json"))
        .ok_or_else(|| {
            CliError::Usage(format!(
                "--out {}: a story file is named ID.json (its name is the story's id)",
                out.display()
            ))
        })?;
    if out.exists() {
        return Err(CliError::Usage(format!(
            "--out {}: the file exists; choose another name or remove it first",
            out.display()
        )));
    }
    let mut atlas = load_atlas(source);
    let years = atlas.first_year()..=today.year;
    let mut saved = Vec::new();
    for path in views {
        let (view, problems) =
            crate::view::file::read_file(path, &atlas, &years).map_err(CliError::Usage)?;
        for problem in &problems {
            writeln!(log, "{problem}")?;
        }
        saved.push(SavedView {
            file: path.display().to_string(),
            view,
        });
    }
    let heading = StoryHeading { id, title, summary };
    let (story, problems) = story_from_views(&heading, &saved, &atlas);
    for problem in &problems {
        writeln!(log, "{problem}")?;
    }
    if story.steps.is_empty() {
        return Err(CliError::Usage(
            "no view gave a step (each needs a year); no story written".into(),
        ));
    }
    let mut text = serde_json::to_string_pretty(&story)?;
    text.push('\n');
    check_story(&mut atlas, &story, &text, source, today)?;
    std::fs::write(out, &text)
        .map_err(|err| CliError::Usage(format!("cannot write {}: {err}", out.display())))?;
    writeln!(
        log,
        "wrote {} ({} steps); present it with: ssc-atlas --data DIR --present {id} (DIR/stories/ holding the file)",
        out.display(),
        story.steps.len()
    )?;
    Ok(())
}

/// The story as `validate` sees it: read back from its text like any story file, then
/// checked against the atlas with every other rule.
fn check_story(
    atlas: &mut Atlas,
    story: &crate::data::Story,
    text: &str,
    source: &DataSource,
    today: Date,
) -> Result<(), CliError> {
    let mut read_problems = crate::data::Problems::default();
    let read_back = crate::data::story::parse_story(text, &story.file, &mut read_problems);
    let stories_before = atlas.stories.len();
    atlas.stories.extend(read_back);
    let problems = crate::data::validate::validate(atlas, source, today);
    atlas.stories.truncate(stories_before);
    let errors: Vec<String> = read_problems
        .iter()
        .cloned()
        .chain(problems)
        .filter(|p| p.is_error() && p.file == story.file)
        .map(|p| p.to_string())
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "the story would not pass validate, so it was not written: {}",
            errors.join("; ")
        )))
    }
}
