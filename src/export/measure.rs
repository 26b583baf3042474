//! How wide text is in the paper's font (`DejaVu Sans`, which the PDF embeds), from the font's
//! own glyph advances, and text wrapped to a width by it: the paged paper never guesses, so no
//! line runs past its column.

use std::sync::OnceLock;

/// The fonts' advances, read once.
struct Faces {
    regular: Widths,
    bold: Widths,
}

/// Advance widths per character, in ems, for the characters a paper mostly uses; others are
/// looked up in the font each time.
struct Widths {
    face: Option<ttf_parser::Face<'static>>,
    ascii: [f32; 128],
}

impl Widths {
    fn of(bytes: &'static [u8]) -> Widths {
        let face = ttf_parser::Face::parse(bytes, 0).ok();
        let mut ascii = [0.6; 128];
        if let Some(face) = &face {
            for (c, width) in ascii.iter_mut().enumerate() {
                if let Some(w) = char::from_u32(c as u32).and_then(|c| em(face, c)) {
                    *width = w;
                }
            }
        }
        Widths { face, ascii }
    }

    fn char(&self, c: char) -> f32 {
        match self.ascii.get(c as usize) {
            Some(width) => *width,
            None => self.face.as_ref().and_then(|f| em(f, c)).unwrap_or(0.6),
        }
    }
}

fn em(face: &ttf_parser::Face<'_>, c: char) -> Option<f32> {
    let glyph = face.glyph_index(c)?;
    let advance = f32::from(face.glyph_hor_advance(glyph)?);
    Some(advance / f32::from(face.units_per_em()))
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: Widths::of(crate::fonts::SANS),
        bold: Widths::of(crate::fonts::SANS_BOLD),
    })
}

/// The regular or the bold font, parsed (`None` only if the bundled font were broken).
pub fn face(bold: bool) -> Option<&'static ttf_parser::Face<'static>> {
    let faces = faces();
    if bold { &faces.bold } else { &faces.regular }
        .face
        .as_ref()
}

/// A character's glyph in the regular or bold font (0, the font's "missing" glyph, when it
/// has none), and its advance in ems.
pub fn glyph(c: char, bold: bool) -> (u16, f32) {
    let widths = if bold {
        &faces().bold
    } else {
        &faces().regular
    };
    let id = widths
        .face
        .as_ref()
        .and_then(|f| f.glyph_index(c))
        .map_or(0, |g| g.0);
    (id, widths.char(c))
}

/// The width of `text` at `size` points.
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let widths = if bold {
        &faces().bold
    } else {
        &faces().regular
    };
    text.chars().map(|c| widths.char(c)).sum::<f32>() * size
}

/// `text` on lines no wider than `room` points: broken between words, and inside a word only
/// when the word alone is wider than the room. Line breaks in the text are kept.
pub fn wrap(text: &str, size: f32, bold: bool, room: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let joined = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if width(&joined, size, bold) <= room {
                line = joined;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the room is broken where it must be.
            for c in word.chars() {
                line.push(c);
                if width(&line, size, bold) > room && line.chars().count() > 1 {
                    let last = line.pop().unwrap_or(c);
                    lines.push(std::mem::replace(&mut line, last.to_string()));
                }
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider() {
        let narrow = width("ill", 10.0, false);
        let wide = width("MMM", 10.0, false);
        assert!(wide > 2.0 * narrow, "{narrow} {wide}");
        assert!(width("Board", 10.0, true) > width("Board", 10.0, false));
        assert!((width("Board", 20.0, false) - 2.0 * width("Board", 10.0, false)).abs() < 0.01);
    }

    #[test]
    fn wrapped_lines_fit_their_room_and_keep_every_word() {
        let text = "The board needs a partner member from primary care (primary medical \
                    services) and a local authority with social care responsibilities \
                    Supercalifragilisticexpialidociousandmoreandmoreandmore";
        let lines = wrap(text, 10.0, false, 120.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(width(line, 10.0, false) <= 120.0, "{line}");
        }
        let rejoined: String = lines.concat().split_whitespace().collect();
        let original: String = text.split_whitespace().collect();
        assert_eq!(rejoined, original);
        assert_eq!(wrap("one\ntwo", 10.0, false, 500.0), ["one", "two"]);
        assert_eq!(wrap("", 10.0, false, 500.0), [""]);
    }
}
