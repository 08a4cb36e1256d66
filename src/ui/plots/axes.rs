//! The time and count axes of the plots: decade marks and labels, the members plot's log
//! scale, and reading a staircase line.

use egui_plot::{GridInput, GridMark};

use crate::theme;

/// Ticks of the members plot's log scale: 1, 2, 5, 10, 20, 50 …
const LOG_TICKS: [f64; 10] = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0];

/// How often the time axis is labelled: every decade where the labels fit, else every
/// second decade. Each decade keeps its grid line either way.
pub(super) fn decade_label_step(plot_width: f32, years_shown: f32, label_width: f32) -> i32 {
    let per_decade = plot_width / years_shown * 10.0;
    if per_decade >= label_width + theme::SPACE_XS {
        10
    } else {
        20
    }
}

/// Grid marks on every decade; the labelled ones carry the label step as their step size,
/// so `egui_plot` weighs and spaces them as one series.
pub(super) fn decade_marks(input: &GridInput, label_step: i32) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let first = (min / 10.0).ceil() as i32 * 10;
    let last = (max / 10.0).floor() as i32 * 10;
    (first..=last)
        .step_by(10)
        .map(|decade| GridMark {
            value: f64::from(decade),
            step_size: if decade % label_step == 0 {
                f64::from(label_step)
            } else {
                10.0
            },
        })
        .collect()
}

pub(super) fn decade_label(mark: GridMark, label_step: i32) -> String {
    let year = mark.value.round() as i32;
    if year % label_step == 0 {
        year.to_string()
    } else {
        String::new()
    }
}

/// A member count on the members plot's log scale; nothing for an empty body (log of 0).
pub(super) fn log_scale(count: f64) -> Option<f64> {
    (count >= 1.0).then(|| count.log10())
}

/// The count a log-scale value stands for.
pub(super) fn from_log_scale(value: f64) -> f64 {
    10f64.powf(value)
}

/// Grid marks at 1, 2, 5, 10, 20 … on the log scale; powers of ten weigh more.
pub(super) fn log_marks(input: &GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    LOG_TICKS
        .iter()
        .map(|count| count.log10())
        .filter(|value| (min..=max).contains(value))
        .map(|value| GridMark {
            value,
            step_size: if value.fract().abs() < 1e-9 {
                1.0
            } else {
                0.35
            },
        })
        .collect()
}

/// Grid marks for a count axis: whole numbers at a step of 1, 2, 5, 10, 20 … chosen so that
/// about four marks fit, so a short plot keeps its labels however tall the bars grow.
pub(super) fn count_marks(input: &GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let span = (max - min.max(0.0)).max(1.0);
    let step = [1.0, 2.0, 5.0]
        .iter()
        .flat_map(|base| (0..7).map(move |power| base * 10f64.powi(power)))
        .filter(|step| span / step <= 4.0)
        .fold(f64::INFINITY, f64::min);
    if !step.is_finite() {
        return Vec::new();
    }
    let first = (min.max(0.0) / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    (first..=last)
        .map(|i| GridMark {
            value: i as f64 * step,
            step_size: step,
        })
        .collect()
}

/// The value of a staircase (`[x, count]` points) at `x`: the last point at or before it.
pub(super) fn staircase_value_at(points: &[[f64; 2]], x: f64) -> Option<f64> {
    points.iter().take_while(|p| p[0] <= x).last().map(|p| p[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_decade_has_a_mark_and_labels_thin_out_only_when_tight() {
        let input = GridInput {
            bounds: (1945.0, 2027.0),
            base_step_size: 1.0,
        };
        let marks = decade_marks(&input, 10);
        let values: Vec<f64> = marks.iter().map(|m| m.value).collect();
        assert_eq!(
            values,
            vec![
                1950.0, 1960.0, 1970.0, 1980.0, 1990.0, 2000.0, 2010.0, 2020.0
            ]
        );
        assert!(marks.iter().all(|m| decade_label(*m, 10).len() == 4));
        // 1024 px window: a third of it, less the y axis, for 82 years.
        assert_eq!(decade_label_step(270.0, 82.0, 26.0), 10);
        assert_eq!(decade_label_step(150.0, 82.0, 26.0), 20);
        let marks = decade_marks(&input, 20);
        assert_eq!(decade_label(marks[0], 20), "");
        assert_eq!(decade_label(marks[1], 20), "1960");
    }

    #[test]
    fn the_log_scale_round_trips_and_skips_empty_bodies() {
        assert_eq!(log_scale(0.0), None);
        let value = log_scale(195.0).unwrap_or_default();
        assert!((from_log_scale(value) - 195.0).abs() < 1e-9);
        let marks = log_marks(&GridInput {
            bounds: (0.0, 2.4),
            base_step_size: 0.01,
        });
        let counts: Vec<String> = marks
            .iter()
            .map(|m| format!("{:.0}", from_log_scale(m.value)))
            .collect();
        assert_eq!(counts, ["1", "2", "5", "10", "20", "50", "100", "200"]);
    }

    #[test]
    fn count_marks_keep_about_four_whole_labels() {
        let marks = |max: f64| -> Vec<f64> {
            count_marks(&GridInput {
                bounds: (-0.2, max),
                base_step_size: 0.1,
            })
            .iter()
            .map(|m| m.value)
            .collect()
        };
        assert_eq!(marks(4.2), vec![0.0, 2.0, 4.0]);
        assert_eq!(marks(3.9), vec![0.0, 1.0, 2.0, 3.0]);
        assert_eq!(marks(12.6), vec![0.0, 5.0, 10.0]);
        assert_eq!(marks(130.0), vec![0.0, 50.0, 100.0]);
    }

    #[test]
    fn a_staircase_holds_its_value_until_the_next_step() {
        let points = [[1960.7, 5.0], [1965.0, 5.0], [1965.0, 7.0], [2027.0, 7.0]];
        assert_eq!(staircase_value_at(&points, 1960.0), None);
        assert_eq!(staircase_value_at(&points, 1964.5), Some(5.0));
        assert_eq!(staircase_value_at(&points, 1980.0), Some(7.0));
    }
}
