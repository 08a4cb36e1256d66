//! Problems found while loading or validating a curator's files.

use std::fmt;

pub mod json;

/// One problem: the file, where in it (a feature or JSON path), and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub path: String,
    pub message: String,
    pub severity: Severity,
}

/// An error leaves the item out or breaks a rule the atlas relies on; a warning is something
/// a curator should fix before shipping (a weak source) while the atlas shows it as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Problem {
    pub fn new(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            path: path.into(),
            message: message.into(),
            severity: Severity::Error,
        }
    }

    pub fn warning(file: &str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::new(file, path, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// One line per problem, whatever a curator's values hold: newlines, tabs and other
/// control characters are shown escaped (`\n`, `\u{1b}`).
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (file, path, message) = (
            escape_controls(&self.file),
            escape_controls(&self.path),
            escape_controls(&self.message),
        );
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        if path.is_empty() {
            write!(f, "{file}: {label}{message}")
        } else {
            write!(f, "{file}: {path}: {label}{message}")
        }
    }
}

fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| match c {
            '\n' => "\\n".to_owned(),
            '\r' => "\\r".to_owned(),
            '\t' => "\\t".to_owned(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect::<String>()
        .into()
}

/// Folds problems that only follow from another one under it: once an organization is left
/// out (or its whole file cannot be read), every event, story and member naming it would say
/// "unknown organization id" again. Each such problem is counted in one line after its
/// cause, which names one of them as an example; the rest keep their order.
pub fn fold_follow_ons(problems: Vec<Problem>) -> Vec<Problem> {
    let causes: Vec<Option<Cause>> = problems.iter().map(Cause::of).collect();
    let mut folded_into: Vec<Option<usize>> = vec![None; problems.len()];
    for (index, problem) in problems.iter().enumerate() {
        let Some((kind, id)) = follow_on(&problem.message) else {
            continue;
        };
        folded_into[index] = causes.iter().enumerate().find_map(|(cause_index, cause)| {
            let cause = cause.as_ref()?;
            let matches = match cause {
                Cause::Item(cause_id) => cause_id == id,
                Cause::File(cause_kind) => *cause_kind == kind,
            };
            (matches && cause_index != index).then_some(cause_index)
        });
    }
    let mut counts = vec![0usize; problems.len()];
    let mut examples: Vec<Option<String>> = vec![None; problems.len()];
    for (index, cause) in folded_into.iter().enumerate() {
        if let Some(cause) = *cause {
            counts[cause] += 1;
            examples[cause].get_or_insert_with(|| problems[index].to_string());
        }
    }
    let mut out = Vec::with_capacity(problems.len());
    for (index, problem) in problems.into_iter().enumerate() {
        if folded_into[index].is_some() {
            continue;
        }
        let summary = (counts[index] > 0).then(|| {
            Problem::new(
                &problem.file,
                problem.path.clone(),
                format!(
                    "{} further problem(s) follow from the one above and go once it is fixed (e.g. {})",
                    counts[index],
                    examples[index].as_deref().unwrap_or_default()
                ),
            )
        });
        out.push(problem);
        out.extend(summary);
    }
    out
}

/// What others' problems may follow from: a left-out item named by its id, or a whole file.
#[derive(Debug)]
enum Cause {
    Item(String),
    File(FollowOn),
}

/// The kinds of thing a follow-on problem finds missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FollowOn {
    Organization,
    Event,
    Country,
}

impl Cause {
    fn of(problem: &Problem) -> Option<Self> {
        if !problem.is_error() {
            return None;
        }
        if problem.path.is_empty() {
            let file = problem.file.replace('\\', "/");
            let kind = if file.ends_with(crate::data::ORGANIZATIONS_FILE) {
                FollowOn::Organization
            } else if file.ends_with(crate::data::EVENTS_FILE) {
                FollowOn::Event
            } else if file.ends_with(crate::data::COUNTRIES_FILE) || file.ends_with(".geojson") {
                FollowOn::Country
            } else {
                return None;
            };
            return Some(Self::File(kind));
        }
        // `organizations[3] (id "au")`, its field or a row in it: a problem elsewhere that
        // finds "au" unknown can only mean the item was left out.
        for marker in [" (id \"", " (key \"", " (code \""] {
            let Some(start) = problem.path.find(marker) else {
                continue;
            };
            let rest = &problem.path[start + marker.len()..];
            return Some(Self::Item(rest[..rest.find('"')?].to_owned()));
        }
        None
    }
}

/// What a problem finds missing, if it is one that follows from something left out.
fn follow_on(message: &str) -> Option<(FollowOn, &str)> {
    const PREFIXES: [(&str, FollowOn); 6] = [
        ("unknown organization id \"", FollowOn::Organization),
        ("unknown event id \"", FollowOn::Event),
        ("unknown country code \"", FollowOn::Country),
        ("unknown map key \"", FollowOn::Country),
        ("covers unknown map key \"", FollowOn::Country),
        ("part_of names unknown code \"", FollowOn::Country),
    ];
    PREFIXES.iter().find_map(|(prefix, kind)| {
        let rest = message.strip_prefix(prefix)?;
        Some((*kind, &rest[..rest.find('"')?]))
    })
}

/// Problems gathered while reading, so a curator sees all of them at once.
#[derive(Default, Debug)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(&mut self, file: &str, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem::new(file, path, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::{Problem, fold_follow_ons};

    #[test]
    fn problems_that_follow_from_a_left_out_item_or_file_are_counted_under_it() {
        let problems = vec![
            Problem::new(
                "data/organizations.json",
                "organizations[2] (id \"au\")",
                "not valid JSON at line 9 column 3: a trailing comma",
            ),
            Problem::new(
                "data/events.geojson",
                "",
                "not valid JSON at line 1 column 1: expected value",
            ),
            Problem::new(
                "data/events.geojson",
                "event \"a\"",
                "unknown organization id \"au\"",
            ),
            Problem::new("stories/x.json", "steps[1]", "unknown event id \"b\""),
            Problem::new(
                "data/events.geojson",
                "event \"c\"",
                "unknown organization id \"oau\"",
            ),
            Problem::new(
                "stories/x.json",
                "steps[2]",
                "unknown organization id \"au\"",
            ),
        ];
        let lines: Vec<String> = fold_follow_ons(problems)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            lines,
            [
                "data/organizations.json: organizations[2] (id \"au\"): not valid JSON at line 9 column 3: a trailing comma",
                "data/organizations.json: organizations[2] (id \"au\"): 2 further problem(s) follow from the one above and go once it is fixed (e.g. data/events.geojson: event \"a\": unknown organization id \"au\")",
                "data/events.geojson: not valid JSON at line 1 column 1: expected value",
                "data/events.geojson: 1 further problem(s) follow from the one above and go once it is fixed (e.g. stories/x.json: steps[1]: unknown event id \"b\")",
                "data/events.geojson: event \"c\": unknown organization id \"oau\"",
            ]
        );
    }

    #[test]
    fn control_characters_are_escaped_so_a_problem_stays_on_one_line() {
        let problem = Problem::new(
            "data/events.geojson",
            "event \"a\nb\"",
            "unknown tag \"x\r\ny\tz\u{1b}\"",
        );
        let text = problem.to_string();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert_eq!(
            text,
            "data/events.geojson: event \"a\\nb\": unknown tag \"x\\r\\ny\\tz\\u{1b}\""
        );
    }
}
