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
    use super::Problem;

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
