//! `data/figures.json`: quoted figures, each with its source.

use super::{Document, Items, top_items};
use crate::data::model::QuotedFigure;
use crate::problem::Problems;

pub(in crate::data) fn figures(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> Vec<QuotedFigure> {
    let document = Document::new(file, text);
    let mut figures = Vec::new();
    let items = Items {
        array: "figures",
        id_field: Some("id"),
    };
    let values = top_items(&document, "figures", problems);
    items.each(&document, &values, problems, |item, _| {
        figures.push(item.record);
    });
    document.report_syntax_outside_items(problems);
    figures
}
