//! Text helpers shared by the exports, the comparison and the window: numbers with thousands
//! separators, and text cut to a length.

/// 120000000 -> "120,000,000".
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Cut text to `max` characters, ending with an ellipsis when it was longer. The work is
/// bounded by `max`, however long the text.
pub fn cut(text: &str, max: usize) -> String {
    if text.char_indices().nth(max).is_none() {
        return text.to_owned();
    }
    let end = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let mut s = text.get(..end).unwrap_or_default().to_owned();
    s.push('…');
    s
}

/// The text, or `fallback` when it is blank.
pub(crate) fn non_empty_or(text: &str, fallback: &str) -> String {
    if text.trim().is_empty() {
        fallback.to_owned()
    } else {
        text.to_owned()
    }
}

/// Text safe to print on one line of a terminal or a log that tools parse: control characters
/// (escape sequences, newlines, tabs, NUL), line separators and bidirectional controls are
/// shown as visible escapes (`\n`, `\u{1b}`), so a name cannot clear a screen, forge a line or
/// reorder what a reader sees. Plain text comes back unchanged, without copying.
pub fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2066}'..='\u{2069}'
            )
    };
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text with its first letter in lower case, the rest as written: "Committee of the ICB"
/// becomes "committee of the ICB" (never "committee of the icb").
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in capitals ("primary care" -> "Primary care").
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Words a board's titles shorten to, as boards themselves write them, in the order they are
/// tried: the longer forms first.
const SHORTER: [(&str, &str); 8] = [
    (" and ", " & "),
    ("Non-executive", "Non-exec"),
    ("non-executive", "non-exec"),
    ("Director", "Dir."),
    ("director", "dir."),
    ("foundation trusts", "FTs"),
    ("Local authorities", "LAs"),
    ("local authorities", "LAs"),
];

/// A title shortened step by step, for a card too narrow for it ("Director of Strategy and
/// Partnerships", "Director of Strategy & Partnerships", "Dir. of Strategy & Partnerships"):
/// each form shorter than the one before, the title itself first. The whole title stays in the
/// card's tooltip, its accessible label and every export.
pub fn shorter_forms(title: &str) -> Vec<String> {
    let mut forms = vec![title.to_owned()];
    for (long, short) in SHORTER {
        let last = forms.last().map_or(title, String::as_str);
        if last.contains(long) {
            let next = last.replace(long, short);
            if next.chars().count() < last.chars().count() {
                forms.push(next);
            }
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_shortens_step_by_step_and_never_grows() {
        assert_eq!(
            shorter_forms("Director of Strategy and Partnerships"),
            [
                "Director of Strategy and Partnerships",
                "Director of Strategy & Partnerships",
                "Dir. of Strategy & Partnerships",
            ]
        );
        assert_eq!(
            shorter_forms("Non-executive member").last().unwrap(),
            "Non-exec member"
        );
        assert_eq!(
            shorter_forms("NHS trusts and foundation trusts")
                .last()
                .unwrap(),
            "NHS trusts & FTs"
        );
        // A title with nothing to shorten is itself, once.
        assert_eq!(shorter_forms("Chair"), ["Chair"]);
        for title in ["Local authorities (unitary)", "Medical director", ""] {
            let forms = shorter_forms(title);
            assert_eq!(forms[0], title);
            for pair in forms.windows(2) {
                assert!(
                    pair[1].chars().count() < pair[0].chars().count(),
                    "{pair:?}"
                );
            }
        }
    }

    #[test]
    fn upper_first_capitalises_only_the_first_letter() {
        assert_eq!(upper_first("primary care"), "Primary care");
        assert_eq!(upper_first(""), "");
        assert_eq!(upper_first("éire NHS"), "Éire NHS");
    }

    #[test]
    fn only_the_first_letter_is_lowered_and_cut_is_bounded() {
        assert_eq!(lower_first("Committee of the ICB"), "committee of the ICB");
        assert_eq!(lower_first(""), "");
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(cut("héllo wörld", 5), "héll…");
        assert_eq!(inert("plain"), "plain");
        assert_eq!(inert("a\nb\u{1b}[2J"), "a\\nb\\u{1b}[2J");
    }
}
