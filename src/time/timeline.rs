//! Time series, independent of what they count: staircase lines and stepping between years.

/// The first event year after `year`.
pub fn next_event_year(years: &[i32], year: i32) -> Option<i32> {
    years.iter().copied().find(|&y| y > year)
}

/// The last event year before `year`.
pub fn previous_event_year(years: &[i32], year: i32) -> Option<i32> {
    years.iter().rev().copied().find(|&y| y < year)
}

/// Staircase points from change points, so a line holds its value until the next change.
pub fn staircase(steps: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let mut points = Vec::with_capacity(steps.len() * 2);
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            points.push([step[0], steps[i - 1][1]]);
        }
        points.push(*step);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staircase_holds_each_value_until_the_next_change() {
        let points = staircase(&[[1960.0, 5.0], [1970.0, 7.0], [1980.0, 7.0]]);
        assert_eq!(
            points,
            vec![
                [1960.0, 5.0],
                [1970.0, 5.0],
                [1970.0, 7.0],
                [1980.0, 7.0],
                [1980.0, 7.0]
            ]
        );
    }

    #[test]
    fn next_and_previous_event_years() {
        let years = [1955, 1961, 1964];
        assert_eq!(next_event_year(&years, 1955), Some(1961));
        assert_eq!(next_event_year(&years, 1964), None);
        assert_eq!(previous_event_year(&years, 1962), Some(1961));
        assert_eq!(previous_event_year(&years, 1955), None);
    }
}
