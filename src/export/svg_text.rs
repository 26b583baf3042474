//! Text on the chart: a line fitted to its room, names wrapped on lines, and a seat's
//! committees listed whole. Each is bounded, however long the text it is given.

use std::fmt::Write as _;

use super::escape::xml;

/// Where a line of text goes and how much it may hold.
#[derive(Clone, Copy)]
pub(super) struct Fit {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    /// The room in pixels.
    pub width: f32,
    /// About how many characters fit the room at this size.
    pub chars: usize,
}

/// The most characters a line of the chart draws: far more than any real name, and a bound on
/// the work of a name of 64 KiB (squeezed into a card it could not be read anyway).
const MOST_DRAWN: usize = 160;

/// The fonts every chart asks for: the one the PNG and PDF embed first, then what Windows and
/// other systems have (shared by the board chart, the cluster chart and the system picture).
pub(super) const FONTS: &str = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif";

/// The space around every chart.
pub(super) const MARGIN: f32 = 40.0;

/// One line of text that never overflows its room: a line longer than the room is squeezed to
/// it (`textLength`); only a line past [`MOST_DRAWN`] characters is cut.
pub(super) fn fitted(out: &mut String, fit: &Fit, attrs: &str, text: &str) {
    let text = &crate::model::cut(text, MOST_DRAWN);
    let squeeze = if text.chars().count() > fit.chars {
        format!(
            r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
            fit.width
        )
    } else {
        String::new()
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" {attrs}{squeeze}>{}</text>"#,
        fit.x,
        fit.y,
        fit.size,
        xml(text)
    );
}

/// Words laid on lines of about `chars` characters, at most `lines` of them (the last takes
/// what is left).
pub(crate) fn wrap(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let text = &crate::model::cut(text, MOST_DRAWN.max(chars * lines));
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let full = out.len() >= lines;
        match out.last_mut() {
            Some(line) if full || line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// The committees a seat sits on, as many whole names as fit, then how many more: a list is
/// never cut in the middle of a name.
pub(super) fn committee_list(committees: &[&str], chars: usize) -> String {
    let mut shown = String::new();
    for (i, name) in committees.iter().enumerate() {
        let more = committees.len() - i;
        let next = if shown.is_empty() {
            (*name).to_owned()
        } else {
            format!("{shown}, {name}")
        };
        let tail = if more > 1 {
            format!(" and {} more", more - 1)
        } else {
            String::new()
        };
        if !shown.is_empty() && next.chars().count() + tail.chars().count() > chars {
            return format!("{shown} and {more} more");
        }
        shown = next;
    }
    shown
}
