//! A half-open span of dates: from its start (inclusive) until its end (exclusive), either
//! end open when unknown or still running.

use super::Date;

/// `from <= date < until`; a missing end does not bound the span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Span {
    pub const fn new(from: Option<Date>, until: Option<Date>) -> Self {
        Self { from, until }
    }

    /// A span that began on `from` and may not have ended.
    pub const fn since(from: Date, until: Option<Date>) -> Self {
        Self::new(Some(from), until)
    }

    /// Whether `date` lies in the span: on or after its start, before its end.
    pub fn contains(self, date: Date) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date < until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_holds_from_its_start_until_the_day_before_its_end() {
        let span = Span::since(Date::ymd(1960, 9, 14), Some(Date::ymd(1992, 12, 31)));
        assert!(!span.contains(Date::ymd(1960, 9, 13)));
        assert!(span.contains(Date::ymd(1960, 9, 14)));
        assert!(span.contains(Date::ymd(1992, 12, 30)));
        assert!(!span.contains(Date::ymd(1992, 12, 31)));
    }

    #[test]
    fn open_ends_do_not_bound_a_span() {
        let date = Date::year_only(1000);
        assert!(Span::new(None, None).contains(date));
        assert!(Span::new(None, Some(Date::year_only(1001))).contains(date));
        assert!(!Span::new(Some(Date::year_only(1001)), None).contains(date));
    }
}
