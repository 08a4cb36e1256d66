//! `data/figures.json`: quoted figures, each with its source.

use super::{Items, parse_json, top_array};
use crate::data::model::QuotedFigure;
use crate::problem::Problems;

pub(in crate::data) fn figures(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> Vec<QuotedFigure> {
    let Some(root) = parse_json(text, file, problems) else {
        return Vec::new();
    };
    let mut figures = Vec::new();
    let items = Items {
        file,
        array: "figures",
        id_field: Some("id"),
        record: None,
    };
    items.each(
        top_array(&root, "figures", file, problems),
        problems,
        |item, _| figures.push(item.record),
    );
    figures
}
