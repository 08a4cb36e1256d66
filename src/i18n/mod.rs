//! The interface's words in every language: Fluent messages (`assets/i18n/LANG/interface.ftl`),
//! with each language's plural rules, and the number and date forms its messages define.
//! egui-free, below `data`: the translations of the data itself live in
//! `data::translations`, which holds one `Interface` per language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::problem::Problems;
use crate::time::Date;

/// The language of the data's own texts, and of every message another language lacks.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Languages bundled with the atlas, in the order the pickers list them. Hindi is written
/// in Devanagari, which egui shapes (harfrust) with the bundled Noto Sans Devanagari.
pub const BUNDLED_LANGUAGES: [&str; 6] = ["en", "fr", "es", "pt", "sw", "hi"];

/// A value passed into a message: a number picks the plural form, text is inserted as is.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<i32> for Arg {
    fn from(value: i32) -> Self {
        Self::Number(f64::from(value))
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Self::Number(value as f64)
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Self::Number(f64::from(value))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

/// One language's interface messages.
pub struct Interface {
    bundle: FluentBundle<FluentResource>,
    /// Message ids in file order (the bundle cannot list them).
    ids: Vec<String>,
    /// The variables each message uses, for `validate` to compare languages.
    variables: std::collections::HashMap<String, std::collections::BTreeSet<String>>,
}

impl std::fmt::Debug for Interface {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interface")
            .field("locales", &self.bundle.locales)
            .finish_non_exhaustive()
    }
}

impl Interface {
    /// Parses a Fluent file. A broken entry is reported with its line and left out; the rest
    /// is kept. An unknown language code is reported and read with English plural rules.
    pub fn parse(code: &str, text: &str, label: &str, problems: &mut Problems) -> Self {
        let language = code.parse().unwrap_or_else(|_| {
            problems.push(label, "", format!("\"{code}\" is not a language code"));
            unic_langid::LanguageIdentifier::default()
        });
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Unicode isolation marks around inserted values would show as missing glyphs.
        bundle.set_use_isolating(false);
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    // The broken entry's first line, where the curator looks for it.
                    let start = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                    let line = line_of(text, start);
                    problems.push(
                        label,
                        format!("line {line}"),
                        format!("is not a Fluent message ({})", error.kind),
                    );
                }
                resource
            }
        };
        let mut ids = Vec::new();
        let mut variables = std::collections::HashMap::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                let mut names = std::collections::BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut names);
                }
                ids.push(message.id.name.to_owned());
                variables.insert(message.id.name.to_owned(), names);
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            for error in errors {
                problems.push(label, "", format!("{error}"));
            }
        }
        Self {
            bundle,
            ids,
            variables,
        }
    }

    /// Whether the file defines `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Every message id, in file order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The variables message `id` uses (`$year` as "year").
    pub fn variables(&self, id: &str) -> Option<&std::collections::BTreeSet<String>> {
        self.variables.get(id)
    }

    /// The message `id` with `args`, or `None` where the file lacks it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(t.clone())),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

fn pattern_variables(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    names: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::PatternElement;
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(
    expression: &fluent_syntax::ast::Expression<&str>,
    names: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression};
    let inline_variables =
        |inline: &InlineExpression<&str>, names: &mut std::collections::BTreeSet<String>| {
            match inline {
                InlineExpression::VariableReference { id } => {
                    names.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => {
                    expression_variables(expression, names);
                }
                _ => {}
            }
        };
    match expression {
        Expression::Inline(inline) => inline_variables(inline, names),
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                pattern_variables(&variant.value, names);
            }
        }
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// The language a system asks for through `LC_ALL`, `LC_MESSAGES` or `LANG` ("fr_FR.UTF-8"
/// gives "fr"), if any of `available` matches.
pub fn system_language<'a>(
    variables: impl Fn(&str) -> Option<String>,
    available: &[&'a str],
) -> Option<&'a str> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| variables(name))
        .find(|value| !value.is_empty())
        .and_then(|value| {
            let code = value
                .split(['_', '.', '@', '-'])
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            available.iter().copied().find(|a| *a == code)
        })
}

/// The language to start in: `asked` (`--lang`), else the system's where the atlas has it,
/// else English. An unknown `asked` is an error naming the languages there are.
pub fn choose_language<'a>(
    asked: Option<&str>,
    available: &[&'a str],
    variables: impl Fn(&str) -> Option<String>,
) -> Result<&'a str, String> {
    match asked {
        Some(code) => available
            .iter()
            .copied()
            .find(|a| a.eq_ignore_ascii_case(code))
            .ok_or_else(|| {
                format!(
                    "no language \"{code}\"; languages: {}",
                    available.join(", ")
                )
            }),
        None => Ok(system_language(variables, available).unwrap_or(DEFAULT_LANGUAGE)),
    }
}

/// A date in a language's long form, from its messages `date-day`, `date-month` and the
/// month names `month-1` … `month-12`; English when the language lacks them.
pub fn long_date(date: Date, interface: Option<&Interface>, fallback: &Interface) -> String {
    let lookup = |id: &str, args: &[(&str, Arg)]| {
        interface
            .and_then(|i| i.format(id, args))
            .or_else(|| fallback.format(id, args))
    };
    let month_name = |m: u8| lookup(&format!("month-{m}"), &[]).unwrap_or_else(|| m.to_string());
    match (date.month, date.day) {
        (Some(m), Some(d)) => lookup(
            "date-day",
            &[
                ("day", Arg::from(u32::from(d))),
                ("month", Arg::Text(month_name(m))),
                ("year", Arg::Text(date.year.to_string())),
            ],
        ),
        (Some(m), None) => lookup(
            "date-month",
            &[
                ("month", Arg::Text(month_name(m))),
                ("year", Arg::Text(date.year.to_string())),
            ],
        ),
        _ => None,
    }
    .unwrap_or_else(|| date.display_long())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRENCH: &str = "language-name = Français\nmonth-6 = juin\ndate-day = { $day } { $month } { $year }\nmembers = { $count ->\n    [one] { $count } membre\n   *[other] { $count } membres\n}\n";
    const ENGLISH: &str = "month-6 = June\ndate-month = { $month } { $year }\ndate-day = { $day } { $month } { $year }\n";

    fn parsed(code: &str, text: &str) -> (Interface, Problems) {
        let mut problems = Problems::default();
        let interface = Interface::parse(code, text, "i18n/x/interface.ftl", &mut problems);
        (interface, problems)
    }

    #[test]
    fn french_plurals_count_zero_and_one_as_one() {
        let (french, problems) = parsed("fr", FRENCH);
        assert!(problems.is_empty(), "{problems:?}");
        let members = |n: i32| french.format("members", &[("count", Arg::from(n))]);
        assert_eq!(members(0).as_deref(), Some("0 membre"));
        assert_eq!(members(1).as_deref(), Some("1 membre"));
        assert_eq!(members(2).as_deref(), Some("2 membres"));
        assert_eq!(french.format("absent", &[]), None);
        assert_eq!(
            french.ids(),
            ["language-name", "month-6", "date-day", "members"]
        );
    }

    #[test]
    fn a_broken_message_is_named_by_line_and_the_rest_kept() {
        let (interface, problems) = parsed("en", "ok = fine\nbroken = { $x\nlater = kept\n");
        assert_eq!(interface.format("ok", &[]).as_deref(), Some("fine"));
        assert_eq!(interface.format("later", &[]).as_deref(), Some("kept"));
        let first = problems
            .iter()
            .next()
            .map(ToString::to_string)
            .unwrap_or_default();
        assert!(first.contains("line 2"), "{first}");
    }

    #[test]
    fn dates_take_the_language_s_month_and_fall_back_to_english() {
        let (french, _) = parsed("fr", FRENCH);
        let (english, _) = parsed("en", ENGLISH);
        let day = Date::parse("1964-06-15").unwrap_or_else(|_| Date::year_only(1964));
        assert_eq!(long_date(day, Some(&french), &english), "15 juin 1964");
        let month = Date::parse("1964-06").unwrap_or_else(|_| Date::year_only(1964));
        // French lacks `date-month`: the English pattern with the French month.
        assert_eq!(long_date(month, Some(&french), &english), "juin 1964");
        assert_eq!(
            long_date(Date::year_only(1964), Some(&french), &english),
            "1964"
        );
    }

    #[test]
    fn the_language_is_asked_then_the_system_s_then_english() {
        let available = ["en", "fr", "sw"];
        let env =
            |value: &'static str| move |name: &str| (name == "LANG").then(|| value.to_owned());
        assert_eq!(choose_language(Some("FR"), &available, env("")), Ok("fr"));
        assert_eq!(
            choose_language(None, &available, env("sw_KE.UTF-8")),
            Ok("sw")
        );
        assert_eq!(
            choose_language(None, &available, env("de_DE.UTF-8")),
            Ok("en")
        );
        let err = choose_language(Some("xx"), &available, env(""))
            .err()
            .unwrap_or_default();
        assert_eq!(err, "no language \"xx\"; languages: en, fr, sw");
    }
}
