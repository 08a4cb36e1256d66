//! `Texts`: one language's view of the atlas, English wherever a translation is missing.

use super::LanguagePack;
use crate::data::Atlas;
use crate::data::model::{Event, Organization};
use crate::data::story::Story;
use crate::i18n::{Arg, DEFAULT_LANGUAGE};
use crate::time::Date;

impl Atlas {
    /// Every visitor-facing text in language `code` (English where it has no translation).
    pub fn texts(&self, code: &str) -> Texts<'_> {
        Texts {
            atlas: self,
            pack: self.translations.pack(code),
            english: self.translations.pack(DEFAULT_LANGUAGE),
        }
    }
}

/// One language's view of the atlas: interface messages and the data's texts.
#[derive(Clone, Copy)]
pub struct Texts<'a> {
    atlas: &'a Atlas,
    pack: Option<&'a LanguagePack>,
    english: Option<&'a LanguagePack>,
}

impl<'a> Texts<'a> {
    pub fn atlas(&self) -> &'a Atlas {
        self.atlas
    }

    pub fn code(&self) -> &'a str {
        self.pack.map_or(DEFAULT_LANGUAGE, |p| p.code.as_str())
    }

    fn translated(&self, key: &str) -> Option<&'a str> {
        self.pack.and_then(|p| p.get(key))
    }

    /// Interface message `id`; English where the language lacks it; the id itself where
    /// English lacks it too (a visible gap, never a crash).
    pub fn ui(&self, id: &str) -> String {
        self.ui_with(id, &[])
    }

    pub fn ui_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.message(id, args).unwrap_or_else(|| id.to_owned())
    }

    /// Message `id` in this language or English, or `None` where neither has it.
    fn message(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        [self.pack, self.english]
            .into_iter()
            .flatten()
            .filter_map(|p| p.interface.as_ref())
            .find_map(|i| i.format(id, args))
    }

    /// A field of cooperation ("trade") in this language; the data's word where no message
    /// names it.
    pub fn field(&self, field: &str) -> String {
        self.message(&format!("field-{field}"), &[])
            .unwrap_or_else(|| field.to_owned())
    }

    /// An event kind ("conference") in this language; the data's word where no message
    /// names it.
    pub fn event_kind(&self, kind: &str) -> String {
        self.message(&format!("event-kind-{kind}"), &[])
            .unwrap_or_else(|| kind.to_owned())
    }

    /// The faint lines' legend for other bodies of `kind` ("other regional bodies"), or of
    /// every kind.
    pub fn other_bodies(&self, kind: Option<&str>) -> String {
        kind.and_then(|kind| self.message(&format!("plot-others-{kind}"), &[]))
            .unwrap_or_else(|| self.ui("plot-others"))
    }

    /// A decimal in the language's form ("0.5", "0,5").
    pub fn decimal(&self, value: f64) -> String {
        let text = value.to_string();
        match self.message("number-decimal-separator", &[]) {
            Some(separator) if separator != "." => text.replace('.', &separator),
            _ => text,
        }
    }

    /// "15 June 1964", "15 juin 1964", "15 de junho de 1964".
    pub fn long_date(&self, date: Date) -> String {
        let english = self.english.and_then(|p| p.interface.as_ref());
        let own = self.pack.and_then(|p| p.interface.as_ref());
        match english {
            Some(english) => crate::i18n::long_date(date, own, english),
            None => date.display_long(),
        }
    }

    /// An event's dates, "18–24 April 1955" style.
    pub fn date_range(&self, event: &Event) -> String {
        match event.end {
            Some(end) if end != event.start => {
                format!("{} – {}", self.long_date(event.start), self.long_date(end))
            }
            _ => self.long_date(event.start),
        }
    }

    fn organization_text(&self, o: &'a Organization, date: Date, field: &str) -> &'a str {
        let former = o.former_names.iter().position(|f| date < f.until);
        let key = match former {
            Some(i) => format!("organizations.{}.former_names.{i}.{field}", o.id),
            None => format!("organizations.{}.{field}", o.id),
        };
        self.translated(&key).unwrap_or_else(|| {
            if field == "name" {
                o.name_on(date)
            } else {
                o.short_name_on(date)
            }
        })
    }

    /// The organization's name in force on `date`, in this language.
    pub fn organization_name(&self, o: &'a Organization, date: Date) -> &'a str {
        self.organization_text(o, date, "name")
    }

    pub fn organization_short(&self, o: &'a Organization, date: Date) -> &'a str {
        self.organization_text(o, date, "short_name")
    }

    pub fn event_title(&self, e: &'a Event) -> &'a str {
        self.translated(&format!("events.{}.title", e.id))
            .unwrap_or(&e.title)
    }

    pub fn event_summary(&self, e: &'a Event) -> &'a str {
        self.translated(&format!("events.{}.summary", e.id))
            .unwrap_or(&e.summary)
    }

    pub fn event_note(&self, e: &'a Event) -> Option<&'a str> {
        let note = e.note.as_deref()?;
        Some(
            self.translated(&format!("events.{}.note", e.id))
                .unwrap_or(note),
        )
    }

    /// A name of the time, a city, an administering power: its form in this language.
    pub fn place<'b>(&self, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("names.{english}"))
            .unwrap_or(english)
    }

    /// Today's name of map country `key` (CLDR), or `english` where there is none.
    pub fn country_today<'b>(&self, key: &str, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("countries.{key}"))
            .or_else(|| self.translated(&format!("names.{english}")))
            .unwrap_or(english)
    }

    /// A name of the time of map country `key`: today's name in this language where it is
    /// today's name, else the name of the time's form ("Gold Coast" stays a name of 1956).
    pub fn name_of_time<'b>(&self, key: &str, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        let today = self
            .atlas
            .world
            .country_by_key(key)
            .map(|c| c.name.as_str());
        if today == Some(english) {
            self.country_today(key, english)
        } else {
            self.place(english)
        }
    }

    /// A member code's name on `date` (`Atlas::country_name_on`) in this language.
    pub fn country_name_on(&self, code: &str, date: Date) -> String {
        self.name_of_time(code, &self.atlas.country_name_on(code, date))
            .to_owned()
    }

    /// A note of a country card (a membership's or a period's) in this language.
    pub fn note<'b>(&self, english: &'b str) -> &'b str
    where
        'a: 'b,
    {
        self.translated(&format!("notes.{english}"))
            .unwrap_or(english)
    }

    pub fn story_title(&self, story: &'a Story) -> &'a str {
        self.translated(&format!("stories.{}.title", story.id))
            .unwrap_or(&story.title)
    }

    pub fn step_title(&self, story: &'a Story, index: usize) -> &'a str {
        let english = story.steps.get(index).map_or("", |s| s.title.as_str());
        self.translated(&format!("stories.{}.steps.{index}.title", story.id))
            .unwrap_or(english)
    }

    pub fn step_caption(&self, story: &'a Story, index: usize) -> &'a str {
        let english = story.steps.get(index).map_or("", |s| s.caption.as_str());
        self.translated(&format!("stories.{}.steps.{index}.caption", story.id))
            .unwrap_or(english)
    }

    pub fn figure_text(&self, id: &str, field: &str, english: &'a str) -> &'a str {
        self.translated(&format!("figures.{id}.{field}"))
            .unwrap_or(english)
    }
}
