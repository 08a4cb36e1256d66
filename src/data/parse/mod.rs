//! One parser per file, all built on one item loop: read the array, name each item's path,
//! deserialize it, and report a problem and skip the item when it does not fit.

mod countries;
mod events;
mod figures;
mod organizations;

pub(super) use countries::countries;
pub(super) use events::events;
pub(super) use figures::figures;
pub(super) use organizations::organizations;

use crate::problem::json::{self, Document};

use crate::problem::Problems;
use crate::time::Date;

/// Reads one file of a data folder from its bytes, as loading the folder would, and says
/// how many items it gave and what problems it met: for fuzzing every reader without a
/// folder. `name` is the file's place in the folder (`data/events.geojson`,
/// `stories/x.json`, `geo/countries-110m.geojson`).
pub fn read_file_bytes(name: &str, bytes: &[u8]) -> (usize, Problems) {
    use super::source::{
        COUNTRIES_FILE, EVENTS_FILE, FIGURES_FILE, ORGANIZATIONS_FILE, WEAK_SOURCES_FILE,
    };
    let mut problems = Problems::default();
    let text = super::source::decode(bytes.to_vec(), name, &mut problems);
    let items = match name {
        EVENTS_FILE => events(&text, name, &mut problems).0.len(),
        ORGANIZATIONS_FILE => organizations(&text, name, &mut problems).0.len(),
        COUNTRIES_FILE => {
            let (states, countries, notes) = countries(&text, name, &mut problems);
            states.len() + countries.len() + notes.len()
        }
        FIGURES_FILE => figures(&text, name, &mut problems).len(),
        WEAK_SOURCES_FILE => super::citation::WeakHosts::parse(&text).len(),
        _ if name.starts_with("stories/") => {
            usize::from(super::story::parse_story(&text, name, &mut problems).is_some())
        }
        _ if name.starts_with("geo/") => {
            crate::geo::World::from_geojson(&text, name, &mut problems)
                .countries
                .len()
        }
        _ => {
            problems.push(name, "", "not a file the atlas reads");
            0
        }
    };
    (items, problems)
}

/// A whole file read as one record (a story): a syntax error says where and why, a value of
/// the wrong type names its field.
pub(super) fn whole_file<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
    problems: &mut Problems,
) -> Option<T> {
    let document = Document::new(file, text);
    document.read_item(document.item(text), "", problems)
}

/// The items of the array at `key` of the top-level object, found even in a broken file.
/// Without such an array: the file's syntax error if it has one, else that it is missing.
fn top_items<'a>(document: &Document<'a>, key: &str, problems: &mut Problems) -> Vec<&'a str> {
    if let Some(items) = json::array_items(document.text, key) {
        return items;
    }
    if document.syntax_error().is_some() {
        document.report_syntax_outside_items(problems);
    } else {
        problems.push(
            document.file,
            key,
            format!("expected an array at \"{key}\""),
        );
    }
    Vec::new()
}

/// Describes item `index` of array `array` by its id, when it has one.
fn item_path(array: &str, index: usize, item: &str, id_field: Option<&str>) -> String {
    match id_field.and_then(|field| json::item_id(item, field)) {
        Some(id) => format!("{array}[{index}] (id \"{id}\")"),
        None => format!("{array}[{index}]"),
    }
}

/// An array of records in one file, as problems name it.
struct Items<'a> {
    /// The array's path: `"organizations"`, or `"organizations[0] (id \"au\").members"`.
    array: &'a str,
    /// The field that names an item in its path, if items have one.
    id_field: Option<&'a str>,
}

/// One item that deserialized: where it is and the record.
struct Item<T> {
    index: usize,
    path: String,
    record: T,
}

impl Items<'_> {
    /// The one item loop: names each item's path, deserializes its record as `T` from its
    /// own text and hands it to `each`; an item that does not fit is reported at its path
    /// and the field inside it, and skipped.
    fn each<'v, T: serde::Deserialize<'v>>(
        &self,
        document: &Document<'v>,
        values: &[&'v str],
        problems: &mut Problems,
        mut each: impl FnMut(Item<T>, &mut Problems),
    ) {
        for (index, text) in values.iter().enumerate() {
            let path = item_path(self.array, index, text, self.id_field);
            if let Some(record) = document.read_item::<T>(document.item(text), &path, problems) {
                each(
                    Item {
                        index,
                        path,
                        record,
                    },
                    problems,
                );
            }
        }
    }
}

/// The text of each raw item of a nested array (`members`), for [`Items::each`].
fn raw_texts<'v>(values: &[&'v serde_json::value::RawValue]) -> Vec<&'v str> {
    values.iter().map(|raw| raw.get()).collect()
}

/// Reads the dates of one record, remembering whether any was bad.
struct DateReader<'a> {
    file: &'a str,
    path: &'a str,
    ok: bool,
}

impl<'a> DateReader<'a> {
    fn new(file: &'a str, path: &'a str) -> Self {
        Self {
            file,
            path,
            ok: true,
        }
    }

    fn required(&mut self, field: &str, text: &str, problems: &mut Problems) -> Date {
        match Date::parse(text) {
            Ok(date) => date,
            Err(err) => {
                problems.push(self.file, format!("{}.{field}", self.path), err.to_string());
                self.ok = false;
                Date::year_only(0)
            }
        }
    }

    fn optional(
        &mut self,
        field: &str,
        text: Option<&str>,
        problems: &mut Problems,
    ) -> Option<Date> {
        text.map(|t| self.required(field, t, problems))
    }
}
