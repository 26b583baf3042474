//! Checks on a file's text before it is parsed: a byte-order mark is dropped (Windows Notepad
//! writes one), the file must begin with the name of what it is, and no single text in it may
//! be longer than [`MAX_TEXT_BYTES`]: a name of megabytes would make every check, export and
//! frame do megabytes of work.

use super::{LoadError, line_column};

/// The longest text a field may hold (a constitution's notes fit many times over).
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The text without a leading byte-order mark.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The first word of the file, after spaces, comments and `#![...]` attributes: `Design`, say.
fn first_word(text: &str) -> (usize, &str) {
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = trimmed.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = trimmed.strip_prefix("#!") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            rest = trimmed;
            break;
        }
    }
    let start = text.len() - rest.len();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (start, rest.get(..end).unwrap_or(""))
}

/// The file must begin with one of `names` (or an unnamed `(`): else say what it begins with.
pub fn check_start(text: &str, names: &[&str]) -> Result<(), LoadError> {
    let (offset, word) = first_word(text);
    if word.is_empty() && text.get(offset..).is_some_and(|r| r.starts_with('(')) {
        return Ok(());
    }
    if names.contains(&word) {
        return Ok(());
    }
    let expected = names
        .iter()
        .map(|n| format!("`{n}(`"))
        .collect::<Vec<_>>()
        .join(" or ");
    let found: String = text
        .get(offset..)
        .unwrap_or("")
        .chars()
        .take(24)
        .flat_map(char::escape_debug)
        .collect();
    let (line, column) = line_column(text.as_bytes(), offset);
    Err(LoadError::at(
        if found.is_empty() {
            format!("The file is empty; it should start with {expected}.")
        } else {
            format!("The file starts with \"{found}\", not {expected}; it is not a design file.")
        },
        line,
        column,
    ))
}

/// Every quoted text (and raw string) must be at most [`MAX_TEXT_BYTES`] long; the first that
/// is longer is named by its line and column. Comments are skipped, so a quote in a comment
/// does not count.
pub fn check_text_lengths(text: &str) -> Result<(), LoadError> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let too_long = |start: usize| {
        let (line, column) = line_column(bytes, start);
        LoadError::at(
            format!(
                "A text here is longer than {} KiB; no field of a design needs that much.",
                MAX_TEXT_BYTES / 1024
            ),
            line,
            column,
        )
    };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = find(bytes, i, b"\n").map_or(bytes.len(), |n| n + 1);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = find(bytes, i + 2, b"*/").map_or(bytes.len(), |n| n + 2);
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && !bytes
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_ascii_alphanumeric() || *p == b'_') =>
            {
                // r"..." or r#"..."#: ends at a quote followed by as many hashes.
                let hashes = bytes
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|c| **c == b'#')
                    .count();
                if bytes.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let mut closing = vec![b'"'];
                closing.extend(std::iter::repeat_n(b'#', hashes));
                let body = i + 2 + hashes;
                let end = find(bytes, body, &closing).unwrap_or(bytes.len());
                if end - body > MAX_TEXT_BYTES {
                    return Err(too_long(i));
                }
                i = end + closing.len();
            }
            b'"' => {
                let start = i;
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
                if i - start > MAX_TEXT_BYTES {
                    return Err(too_long(start));
                }
                i += 1;
            }
            b'\'' => {
                // A character: skip it so that '"' is not a string.
                i += if bytes.get(i + 1) == Some(&b'\\') {
                    4
                } else {
                    3
                };
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_over_the_limit_is_named_where_it_starts() {
        let long = "x".repeat(MAX_TEXT_BYTES + 1);
        let text = format!("Design(\n    name: \"{long}\",\n)");
        let error = check_text_lengths(&text).unwrap_err();
        assert_eq!((error.line, error.column), (Some(2), Some(11)));
        assert!(error.message.contains("64 KiB"));
        // Exactly the limit is fine; so is a long comment, and a quote inside a comment.
        let fits = format!("Design(name: \"{}\")", "y".repeat(MAX_TEXT_BYTES - 2));
        assert!(check_text_lengths(&fits).is_ok());
        let comment = format!("// \" {long}\nDesign(name: \"a\\\"b\", c: '\"')");
        assert!(check_text_lengths(&comment).is_ok());
        let raw = format!("Design(name: r#\"{long}\"#)");
        assert!(check_text_lengths(&raw).is_err());
    }

    #[test]
    fn the_start_is_checked_and_a_byte_order_mark_is_dropped() {
        assert_eq!(without_bom("\u{feff}Design()"), "Design()");
        assert!(check_start("// notes\n#![enable(implicit_some)]\nDesign(", &["Design"]).is_ok());
        assert!(check_start("(name: \"x\")", &["Design"]).is_ok());
        let error = check_start("x", &["Design"]).unwrap_err();
        assert!(
            error.message.contains("starts with \"x\""),
            "{}",
            error.message
        );
        let error = check_start("Cluster(", &["Design"]).unwrap_err();
        assert!(error.message.contains("not `Design(`"), "{}", error.message);
        assert!(
            check_start("\u{1b}[2J", &["Design"])
                .unwrap_err()
                .message
                .contains("\\u{1b}")
        );
    }
}
