//! The "Data problems" window: everything `validate` finds in a curator's folder, reachable
//! from the top bar at any window size, listed until it is fixed.

use egui::RichText;

use crate::state::{AppState, Command};
use crate::theme;

/// Lines listed in the window; `ssc-atlas validate` prints them all.
const MAX_LISTED: usize = 500;

pub fn data_problems_window(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    if !state.show_data_problems() {
        return;
    }
    let problems = state.problems_to_list();
    let data = state.data_problems();
    let mut open = true;
    egui::Window::new("Data problems")
        .open(&mut open)
        .default_size([720.0, 420.0])
        // Below the top bar, so the button that opened it stays in view.
        .default_pos(ctx.content_rect().left_top() + egui::vec2(24.0, 56.0))
        .max_height(ctx.content_rect().height() * 0.8)
        .collapsible(false)
        .show(ctx, |ui| {
            if data.edit_rejected {
                ui.label(
                    RichText::new(format!(
                        "The last edit was not shown: it has {} error{}. The atlas shows the data \
                         as it was before; fix the files and save, and it reloads.",
                        data.errors,
                        if data.errors == 1 { "" } else { "s" }
                    ))
                    .color(theme::warning_color(state.theme())),
                );
            } else {
                ui.label(
                    "What `ssc-atlas validate` finds in the data folder. Entries with errors are left \
                     out of the map; warnings (weak sources) are shown as they are.",
                );
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for problem in problems.iter().take(MAX_LISTED) {
                        let text = RichText::new(problem.to_string()).small();
                        ui.add(egui::Label::new(if problem.is_error() {
                            text
                        } else {
                            text.weak()
                        }));
                    }
                    if problems.len() > MAX_LISTED {
                        ui.label(format!(
                            "… and {} more: run `ssc-atlas validate --data DIR` for all of them.",
                            problems.len() - MAX_LISTED
                        ));
                    }
                });
        });
    if !open {
        commands.push(Command::SetDataProblemsOpen(false));
    }
}
