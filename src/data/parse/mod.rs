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

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::problem::Problems;
use crate::time::Date;

/// Parses JSON, reporting a syntax error with its line and column.
fn parse_json(text: &str, file: &str, problems: &mut Problems) -> Option<Value> {
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(err) => {
            problems.push(file, "", format!("not valid JSON: {err}"));
            None
        }
    }
}

/// Reads the array at `key` of a top-level object.
fn top_array<'a>(value: &'a Value, key: &str, file: &str, problems: &mut Problems) -> &'a [Value] {
    if let Some(items) = value.get(key).and_then(Value::as_array) {
        items
    } else {
        problems.push(file, key, format!("expected an array at \"{key}\""));
        &[]
    }
}

/// Describes item `index` of array `array` by its id, when it has one.
fn item_path(array: &str, index: usize, item: &Value, id_field: Option<&str>) -> String {
    let id = id_field.and_then(|id_field| {
        item.get(id_field)
            .or_else(|| item.get("properties").and_then(|p| p.get(id_field)))
            .and_then(Value::as_str)
    });
    match id {
        Some(id) => format!("{array}[{index}] (id \"{id}\")"),
        None => format!("{array}[{index}]"),
    }
}

/// An array of records in one file, as problems name it.
struct Items<'a> {
    file: &'a str,
    /// The array's path: `"organizations"`, or `"organizations[0] (id \"au\").members"`.
    array: &'a str,
    /// The field that names an item in its path, if items have one.
    id_field: Option<&'a str>,
    /// The member of an item that holds the record (`properties` of a `GeoJSON` feature);
    /// `None` when the item is the record.
    record: Option<&'a str>,
}

/// One item that deserialized: where it is, the raw item, and the record.
struct Item<'v, T> {
    index: usize,
    path: String,
    raw: &'v Value,
    record: T,
}

impl Items<'_> {
    /// The one item loop: names each item's path, deserializes its record as `T` and hands
    /// it to `each`; an item that does not fit is reported at its path and skipped.
    fn each<'v, T: DeserializeOwned>(
        &self,
        values: &'v [Value],
        problems: &mut Problems,
        mut each: impl FnMut(Item<'v, T>, &mut Problems),
    ) {
        for (index, raw) in values.iter().enumerate() {
            let path = item_path(self.array, index, raw, self.id_field);
            let (value, record_path) = match self.record {
                None => (raw, None),
                Some(member) => {
                    let Some(value) = raw.get(member) else {
                        problems.push(self.file, &path, format!("missing \"{member}\""));
                        continue;
                    };
                    (value, Some(format!("{path}.{member}")))
                }
            };
            match T::deserialize(value) {
                Ok(record) => each(
                    Item {
                        index,
                        path,
                        raw,
                        record,
                    },
                    problems,
                ),
                Err(err) => {
                    problems.push(self.file, record_path.unwrap_or(path), serde_message(&err));
                }
            }
        }
    }
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

fn serde_message(err: &serde_json::Error) -> String {
    // serde's messages name the field ("missing field `title`"); line/column refer to the
    // sub-value and would only mislead.
    let text = err.to_string();
    match text.find(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}
