//! Escaping user text for each export target, so a hostile name cannot attack the reader.

/// A character XML 1.0 forbids in a document: control characters other than tab, newline and
/// carriage return, and the noncharacters U+FFFE and U+FFFF.
pub fn forbidden_in_xml(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The text with every character XML 1.0 forbids replaced by U+FFFD, for writers that escape
/// markup themselves (the Word document's).
pub fn xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(forbidden_in_xml) {
        text.chars()
            .map(|c| if forbidden_in_xml(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Text for HTML and SVG/XML content and attribute values.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Carriage returns are kept out too: attribute values would normalise them away.
            c if forbidden_in_xml(c) || c == '\r' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for a Markdown table cell: no cell breaks, no line breaks, no live HTML or links.
pub fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            // Emphasis, code and link syntax; with brackets escaped no link can form.
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Markdown body text (outside tables): the same protections; line breaks become spaces, and
/// a text that would start a block (a heading, a rule, a list, a quote) is escaped so that it
/// stays a plain paragraph.
pub fn markdown_text(text: &str) -> String {
    let inline = markdown_cell(text).replace("<br>", " ");
    let body = inline.trim_start();
    let block = body.starts_with(['#', '-', '+', '>', '=', '~'])
        || body.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit())
        });
    if block {
        let mut out = String::with_capacity(inline.len() + 1);
        out.push('\\');
        out.push_str(body);
        // "1." must become "1\." (a backslash before the digit does not stop a list).
        if let Some(at) = out
            .find(['.', ')'])
            .filter(|_| out.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
        {
            out.remove(0);
            out.insert(at - 1, '\\');
        }
        out
    } else {
        inline
    }
}

/// One CSV cell (RFC 4180 quoting), defused against spreadsheet formula injection. The guard
/// looks past leading spaces, control and invisible characters (NUL, bidi controls, zero-width
/// spaces), which spreadsheets skip before they see the `=`.
pub fn csv_cell(text: &str) -> String {
    let invisible = |c: char| {
        c.is_control()
            || c.is_whitespace()
            || matches!(
                c,
                '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}'
                    | '\u{061c}' | '\u{feff}' | '\u{00ad}'
            )
    };
    let risky = text.starts_with(['\t', '\r'])
        || text
            .chars()
            .find(|c| !invisible(*c))
            .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@'));
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_defused() {
        assert_eq!(
            xml("\"><svg onload=alert(1)>"),
            "&quot;&gt;&lt;svg onload=alert(1)&gt;"
        );
        assert_eq!(xml("<script>&"), "&lt;script&gt;&amp;");
        assert_eq!(markdown_cell("a|b\nc"), "a\\|b<br>c");
        assert_eq!(
            markdown_cell("[x](javascript:alert(1)) <b>"),
            "\\[x\\](javascript:alert(1)) &lt;b&gt;"
        );
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("🏥 مرحبا"), "🏥 مرحبا");
        // Past invisible and control characters too.
        for sneaky in [
            "\0=1+1",
            "\u{202e}=cmd",
            "\u{200b}@SUM(A1)",
            " =1",
            "\u{feff}-2",
        ] {
            assert!(
                csv_cell(sneaky).trim_start_matches('"').starts_with('\''),
                "{sneaky:?}"
            );
        }
        // XML noncharacters are replaced, so the SVG stays well-formed.
        assert_eq!(xml("a\u{FFFE}b\u{FFFF}"), "a\u{FFFD}b\u{FFFD}");
        // Block syntax stays a paragraph.
        assert_eq!(markdown_text("# Heading"), "\\# Heading");
        assert_eq!(markdown_text("---"), "\\---");
        assert_eq!(markdown_text("- item"), "\\- item");
        assert_eq!(markdown_text("> quote"), "&gt; quote");
        assert_eq!(markdown_text("1. first"), "1\\. first");
        assert_eq!(markdown_text("12) twelve"), "12\\) twelve");
        assert_eq!(markdown_text("Plain 1. text"), "Plain 1. text");
    }
}
