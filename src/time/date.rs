//! Dates of varying precision, as curators write them: `1964`, `1964-06`, `1964-06-15`.

use std::fmt;

/// A calendar date with optional month and day.
///
/// Ordering compares the first day of the period (`1964` sorts as 1964-01-01).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
pub struct DateParseError {
    pub text: String,
}

impl Date {
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    pub const fn year_only(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// 31 December of `year`: what "at year Y" means throughout the atlas.
    pub const fn end_of_year(year: i32) -> Self {
        Self::ymd(year, 12, 31)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking month and day ranges.
    pub fn parse(text: &str) -> Result<Self, DateParseError> {
        let error = || DateParseError {
            text: text.to_owned(),
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let number = |part: &str, digits: usize| -> Option<u32> {
            (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())
                .flatten()
        };
        let year = parts.first().and_then(|p| number(p, 4)).ok_or_else(error)? as i32;
        let month = match parts.get(1) {
            None => None,
            Some(p) => Some(
                number(p, 2)
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(error)? as u8,
            ),
        };
        let day = match (parts.get(2), month) {
            (None, _) => None,
            (Some(p), Some(m)) => Some(
                number(p, 2)
                    .filter(|d| *d >= 1 && *d <= u32::from(days_in_month(year, u32::from(m))))
                    .ok_or_else(error)? as u8,
            ),
            (Some(_), None) => return Err(error()),
        };
        if parts.len() > 3 {
            return Err(error());
        }
        Ok(Self { year, month, day })
    }

    /// Days since 0000-03-01 style ordinal of the first day of the period; only used for ordering
    /// and for fractional years.
    pub fn ordinal_first_day(self) -> i64 {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        days_from_civil(self.year, month, day)
    }

    /// The date as a fractional year (1964-07-01 ≈ 1964.5), for plots and the slider.
    pub fn as_year_f64(self) -> f64 {
        let start = days_from_civil(self.year, 1, 1);
        let next = days_from_civil(self.year + 1, 1, 1);
        f64::from(self.year) + (self.ordinal_first_day() - start) as f64 / (next - start) as f64
    }

    /// Human form: "15 June 1964", "June 1964" or "1964".
    pub fn display_long(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.ordinal_first_day()
            .cmp(&other.ordinal_first_day())
            .then(self.month.is_some().cmp(&other.month.is_some()))
            .then(self.day.is_some().cmp(&other.day.is_some()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Date {
    /// Today's date from the system clock (UTC), read by the window each frame and by the
    /// command line once. A clock set before 1970 counts as 2026-02-16.
    pub fn today_utc() -> Self {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(20_500, |since| (since.as_secs() / 86_400) as i64);
        Self::from_unix_days(days)
    }

    /// The day `days` after 1970-01-01.
    pub fn from_unix_days(days: i64) -> Self {
        let (year, month, day) = civil_from_days(days);
        Self::ymd(year, month, day)
    }
}

/// Year of a day counted from 1970-01-01 (inverse of `days_from_civil`).
#[cfg(test)]
fn year_from_days(days: i64) -> i32 {
    civil_from_days(days).0
}

/// Year, month and day of a day counted from 1970-01-01 (Howard Hinnant's days-to-civil).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let month_is_jan_or_feb = mp >= 10;
    let year = (yoe + era * 400 + i64::from(month_is_jan_or_feb)) as i32;
    (year, month as u8, day as u8)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's civil-from-days inverse).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_three_precisions() {
        assert_eq!(Date::parse("1964").unwrap(), Date::year_only(1964));
        assert_eq!(
            Date::parse("1964-06").unwrap(),
            Date {
                year: 1964,
                month: Some(6),
                day: None
            }
        );
        assert_eq!(Date::parse("1964-06-15").unwrap(), Date::ymd(1964, 6, 15));
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "",
            "64",
            "1964-6",
            "1964-13",
            "1964-02-30",
            "1963-02-29",
            "1964-06-15-1",
            "June 1964",
            "1964--01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should not parse");
        }
        assert!(Date::parse("1964-02-29").is_ok(), "1964 is a leap year");
    }

    #[test]
    fn orders_by_first_day_then_precision() {
        let year = Date::parse("1964").unwrap();
        let jan1 = Date::parse("1964-01-01").unwrap();
        let june = Date::parse("1964-06").unwrap();
        assert!(year < jan1);
        assert!(jan1 < june);
        assert!(Date::end_of_year(1963) < year);
    }

    #[test]
    fn displays_round_trip_and_long_form() {
        for text in ["1964", "1964-06", "1964-06-15"] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Date::ymd(1955, 4, 18).display_long(), "18 April 1955");
    }

    #[test]
    fn year_from_days_inverts_days_from_civil() {
        for (y, m, d) in [
            (1970, 1, 1),
            (1999, 12, 31),
            (2000, 2, 29),
            (2026, 11, 27),
            (1945, 3, 1),
        ] {
            assert_eq!(year_from_days(days_from_civil(y, m, d)), y, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn fractional_year_is_within_the_year() {
        let mid = Date::ymd(1964, 7, 2).as_year_f64();
        assert!((mid - 1964.5).abs() < 0.01, "{mid}");
        assert!((Date::year_only(1970).as_year_f64() - 1970.0).abs() < 1e-9);
    }

    #[test]
    fn unix_days_become_calendar_days() {
        assert_eq!(Date::from_unix_days(0), Date::ymd(1970, 1, 1));
        assert_eq!(Date::from_unix_days(-1), Date::ymd(1969, 12, 31));
        for (y, m, d) in [(2000, 2, 29), (2026, 12, 2), (1955, 4, 18), (2100, 3, 1)] {
            assert_eq!(
                Date::from_unix_days(days_from_civil(y, m, d)),
                Date::ymd(y, m, d)
            );
        }
    }
}
