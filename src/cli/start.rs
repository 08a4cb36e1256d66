//! The view the window starts with: `--open VIEW.json`, then the flags over it (`--year`,
//! `--select`, `--field`, `--view`, `--event`/`--country`, `--dark`, `--hide-panel`,
//! `--hide-plots`). The same flags a copied command line holds.

use std::ops::RangeInclusive;

use super::{Cli, CliError};
use crate::data::{Atlas, Problem};
use crate::view::{Camera, Card, Unknown, ViewSpec};

/// The start view, and the problems of the view file (the window opens with what is good).
/// An unknown id in a flag, or a view file that cannot be read, is an error.
pub fn start_view(
    cli: &Cli,
    atlas: &Atlas,
    years: &RangeInclusive<i32>,
) -> Result<(ViewSpec, Vec<Problem>), CliError> {
    let (from_file, problems) = match &cli.open {
        Some(path) => crate::view::file::read_file(path, atlas, years).map_err(CliError::Usage)?,
        None => (ViewSpec::default(), Vec::new()),
    };
    let mut flags = ViewSpec {
        year: cli.year,
        organizations: cli.select.clone(),
        field: cli.field.clone(),
        camera: cli.view.map(|(lon, lat, zoom)| Camera { lon, lat, zoom }),
        card: match (&cli.event, &cli.country) {
            (Some(id), _) => Some(Card::Event(id.clone())),
            (None, Some(key)) => Some(Card::Country(key.clone())),
            (None, None) => None,
        },
        dark: cli.dark.then_some(true),
        side_panel: cli.hide_panel.then_some(false),
        plots: cli.hide_plots.then_some(false),
        caption: None,
        language: cli.lang.clone(),
    };
    if let Some(unknown) = flags.resolve(atlas).first() {
        let flag = match unknown {
            Unknown::Organization { .. } => "--select",
            Unknown::Field(_) => "--field",
            Unknown::Event(_) => "--event",
            Unknown::Country(_) => "--country",
        };
        return Err(CliError::Usage(
            match unknown.to_string().split_once("; ") {
                Some((what, hint)) => format!("{what} in {flag}; {hint}"),
                None => format!("{unknown} in {flag}"),
            },
        ));
    }
    Ok((from_file.overridden_by(flags), problems))
}
