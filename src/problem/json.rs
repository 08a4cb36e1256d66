//! Reading JSON that a curator wrote by hand, item by item (every file of the atlas is JSON).
//!
//! A lenient scanner splits a file's top-level arrays into the text of each item without
//! building anything, so one broken item (a stray byte, a `NaN`, a number like `1e400`, an
//! unclosed string) is reported and left out while the rest load. It also enforces the
//! limits on nesting depth and text length (see assets/README.md, "Limits"). Each item is
//! then read by serde from its own text; an error's position inside the item names the field
//! (`properties.participants`) and the file's line and column.

use std::cell::OnceCell;

use crate::problem::Problems;

/// Deepest nesting of arrays and objects accepted (the bundled files need 8).
pub const MAX_NESTING_DEPTH: usize = 32;
/// Longest text value or key accepted, in bytes (the bundled files' longest is about 1,200).
pub const MAX_STRING_BYTES: usize = 10_000;

/// One file's text, with what a problem needs to say where something is.
pub(crate) struct Document<'a> {
    pub file: &'a str,
    pub text: &'a str,
    line_starts: OnceCell<Vec<usize>>,
    /// Whether an item's syntax error was reported (the file's own error is then the same).
    syntax_in_items: std::cell::Cell<bool>,
}

/// The text of one item of an array, and where its first byte lies in the file.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ItemText<'a> {
    pub start: usize,
    pub text: &'a str,
}

impl<'a> Document<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            line_starts: OnceCell::new(),
            syntax_in_items: std::cell::Cell::new(false),
        }
    }

    /// Line and column (both from 1, the column in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let offset = offset.min(self.text.len());
        let line = starts.partition_point(|&start| start <= offset).max(1);
        let line_start = starts[line - 1];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(offset - line_start, |t| t.chars().count())
            + 1;
        (line, column)
    }

    /// Where a slice of this document's text starts in it.
    pub fn offset_of(&self, slice: &str) -> usize {
        (slice.as_ptr() as usize)
            .saturating_sub(self.text.as_ptr() as usize)
            .min(self.text.len())
    }

    /// A slice of the document as an item.
    pub fn item(&self, slice: &'a str) -> ItemText<'a> {
        ItemText {
            start: self.offset_of(slice),
            text: slice,
        }
    }

    /// After the items are read: the file's own syntax error, unless an item's error
    /// already said it. Items that could be read are used all the same.
    pub fn report_syntax_outside_items(&self, problems: &mut Problems) {
        if self.syntax_in_items.get() {
            return;
        }
        if let Some(message) = self.syntax_error() {
            self.syntax_in_items.set(true);
            problems.push(self.file, "", message);
        }
    }

    /// The whole document checked as JSON: where and why it is not, if it is not.
    pub fn syntax_error(&self) -> Option<String> {
        let err = serde_json::from_str::<serde::de::IgnoredAny>(self.text).err()?;
        if !(err.is_syntax() || err.is_eof()) {
            return None;
        }
        Some(self.describe_syntax_error(&err, 0, self.text))
    }

    /// "not valid JSON at line L column C: cause" for an error met reading `text`, which
    /// starts at `start` in this document.
    pub fn describe_syntax_error(
        &self,
        err: &serde_json::Error,
        start: usize,
        text: &str,
    ) -> String {
        let offset = start + offset_in(text, err.line(), err.column());
        let (line, column) = self.line_column(offset);
        let cause = likely_cause(err, self.text, offset, text, start);
        format!("not valid JSON at line {line} column {column}: {cause}")
    }

    /// Reads an item as `T`. A syntax error or a value of the wrong type is reported at the
    /// item's path and the field inside it, and `None` returned.
    pub fn read_item<T: serde::Deserialize<'a>>(
        &self,
        item: ItemText<'a>,
        path: &str,
        problems: &mut Problems,
    ) -> Option<T> {
        if let Some((offset, message)) = limit_breach(item.text) {
            let field = shortened(&path_at(item.text, offset));
            problems.push(self.file, join_path(path, &field), message);
            return None;
        }
        match serde_json::from_str::<T>(item.text) {
            Ok(value) => Some(value),
            Err(err) if err.is_syntax() || err.is_eof() => {
                let message = self.describe_syntax_error(&err, item.start, item.text);
                let field = path_at(item.text, offset_in(item.text, err.line(), err.column()));
                self.syntax_in_items.set(true);
                problems.push(
                    self.file,
                    join_path(path, &field),
                    format!("{message}; this item is left out"),
                );
                None
            }
            Err(err) => {
                let offset = offset_in(item.text, err.line(), err.column());
                let field = path_at(item.text, offset);
                problems.push(self.file, join_path(path, &field), without_position(&err));
                None
            }
        }
    }
}

/// A path cut after its first few steps: one nested forty levels deep would fill the line.
fn shortened(path: &str) -> String {
    const STEPS_KEPT: usize = 6;
    let cut = path
        .char_indices()
        .filter(|&(_, c)| c == '.' || c == '[')
        .nth(STEPS_KEPT)
        .map(|(i, _)| i);
    match cut {
        Some(cut) => format!("{}…", &path[..cut]),
        None => path.to_owned(),
    }
}

fn join_path(path: &str, field: &str) -> String {
    match (path.is_empty(), field.is_empty()) {
        (_, true) => path.to_owned(),
        (true, false) => field.trim_start_matches('.').to_owned(),
        (false, false) => format!("{path}{field}"),
    }
}

/// serde's message without " at line L column C": the path already says where.
pub(crate) fn without_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    message
        .strip_suffix(&position)
        .map_or(message.clone(), str::to_owned)
}

/// The byte offset of serde's (line, column): the column counts bytes from 1 and points at
/// the last byte read; column 0 is the line break before the line.
fn offset_in(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (line_start + column).saturating_sub(1).min(text.len())
}

/// What a curator most likely did, in their words, from serde's error and the text there.
fn likely_cause(
    err: &serde_json::Error,
    document: &str,
    offset: usize,
    item: &str,
    item_start: usize,
) -> String {
    let message = without_position(err);
    let at = document.get(offset..).unwrap_or("");
    // A byte that was not UTF-8 reads as NUL (see `source::decode`).
    if let Some(nul) = item.find('\0') {
        return format!(
            "invalid UTF-8 (a byte that is not text) at byte offset {}",
            item_start + nul
        );
    }
    if at.starts_with('\u{feff}') {
        return "a byte-order mark (an invisible U+FEFF) inside the file: delete it".into();
    }
    if message.starts_with("number out of range") {
        let number = number_around(document, offset);
        return format!("the number {number} is out of range (too large for a number)");
    }
    if message.starts_with("expected value")
        || message.starts_with("expected ident")
        || message.starts_with("invalid number")
    {
        let words = ["-Infinity", "-NaN", "Infinity", "NaN", "-inf", "inf", "nan"];
        let token = number_around(document, offset);
        let word = words
            .iter()
            .find(|&&word| token == word)
            .or_else(|| words.iter().find(|&&word| at.starts_with(word)));
        if let Some(word) = word {
            return format!("{word} is not a number JSON allows (write a number or null)");
        }
    }
    if message.starts_with("trailing comma") {
        return "a trailing comma (a comma before a closing bracket or brace)".into();
    }
    if message.starts_with("control character") {
        return if at.starts_with('\n') || at.starts_with('\r') {
            "an unclosed string (a line ends inside quotes: a \" is missing)".into()
        } else {
            "a control character inside a string (write a tab as \\t)".into()
        };
    }
    if message.starts_with("EOF while parsing a string") {
        return "an unclosed string (the file ends inside quotes: a \" is missing)".into();
    }
    if message.starts_with("EOF while parsing") {
        return "the file ends too early (truncated, or a bracket or brace is not closed)".into();
    }
    if message.starts_with("key must be a string") {
        return "a key without quotes (keys are written \"key\": value)".into();
    }
    if message.starts_with("expected `,` or") {
        return format!("{message} (a comma or a closing bracket is missing before here)");
    }
    if message.starts_with("recursion limit exceeded") {
        return format!("nested too deep (at most {MAX_NESTING_DEPTH} levels)");
    }
    if message.starts_with("trailing characters") {
        return "text after the end of the document (a stray character or a second document)"
            .into();
    }
    message
}

/// The token around `offset`: the run of characters a number or a word could be made of.
fn number_around(text: &str, offset: usize) -> &str {
    let is_part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+');
    let offset = offset.min(text.len());
    let start = text[..floor_boundary(text, offset)]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_part(c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[start..]
        .char_indices()
        .find(|&(_, c)| !is_part(c))
        .map_or(text.len(), |(i, _)| start + i);
    let token = &text[start..end];
    // Quote at most a few dozen characters of it.
    token.get(..40).unwrap_or(token)
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One lexical token of possibly broken JSON.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    /// A string, without its quotes; `closed` is false when a line or the file ended first.
    Str {
        start: usize,
        end: usize,
    },
    /// Anything else: a number, `true`, or a stray run of characters.
    Other,
}

/// Tokens with their byte ranges. Never fails: what is not JSON becomes `Other` and a
/// string that a line break interrupts ends there (JSON strings hold no raw line breaks).
struct Tokens<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for Tokens<'_> {
    type Item = (Token, usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.bytes;
        while self.at < bytes.len() && matches!(bytes[self.at], b' ' | b'\t' | b'\n' | b'\r') {
            self.at += 1;
        }
        let start = self.at;
        let byte = *bytes.get(start)?;
        self.at += 1;
        let token = match byte {
            b'{' | b'[' => Token::Open(byte),
            b'}' | b']' => Token::Close(byte),
            b',' => Token::Comma,
            b':' => Token::Colon,
            b'"' => {
                let mut end = start + 1;
                while end < bytes.len() && !matches!(bytes[end], b'"' | b'\n' | b'\r') {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(bytes.len());
                self.at = if bytes.get(end) == Some(&b'"') {
                    end + 1
                } else {
                    end
                };
                Token::Str {
                    start: start + 1,
                    end,
                }
            }
            _ => {
                while self.at < bytes.len()
                    && !matches!(
                        bytes[self.at],
                        b' ' | b'\t'
                            | b'\n'
                            | b'\r'
                            | b'{'
                            | b'['
                            | b'}'
                            | b']'
                            | b','
                            | b':'
                            | b'"'
                    )
                {
                    self.at += 1;
                }
                Token::Other
            }
        };
        Some((token, start, self.at))
    }
}

fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        bytes: text.as_bytes(),
        at: 0,
    }
}

/// Where the walk is: one frame per open array or object.
#[derive(Clone, Debug)]
struct Frame {
    array: bool,
    /// Of an array: the current element's index. Of an object: unused.
    index: usize,
    /// Of an object: the current member's key, once read.
    key: Option<(usize, usize)>,
    /// Of an object: whether the next string is a key.
    expect_key: bool,
}

/// Walks the tokens, keeping the path of open containers.
struct Walk<'a> {
    text: &'a str,
    frames: Vec<Frame>,
}

impl<'a> Walk<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            frames: Vec::new(),
        }
    }

    /// Updates the path for one token; returns whether the token is a key.
    fn step(&mut self, token: Token) -> bool {
        match token {
            Token::Open(byte) => {
                self.frames.push(Frame {
                    array: byte == b'[',
                    index: 0,
                    key: None,
                    expect_key: byte == b'{',
                });
            }
            Token::Close(_) => {
                self.frames.pop();
            }
            Token::Comma => {
                if let Some(frame) = self.frames.last_mut() {
                    if frame.array {
                        frame.index += 1;
                    } else {
                        frame.expect_key = true;
                        frame.key = None;
                    }
                }
            }
            Token::Str { start, end } => {
                if let Some(frame) = self.frames.last_mut()
                    && !frame.array
                    && frame.expect_key
                {
                    frame.key = Some((start, end));
                    frame.expect_key = false;
                    return true;
                }
            }
            Token::Colon | Token::Other => {}
        }
        false
    }

    fn key_of(&self, frame: &Frame) -> Option<&'a str> {
        frame.key.and_then(|(start, end)| self.text.get(start..end))
    }

    /// The path from the walk's root: `.properties.sources[1].url`.
    fn path(&self) -> String {
        let mut path = String::new();
        for frame in &self.frames {
            if frame.array {
                path.push('[');
                path.push_str(&frame.index.to_string());
                path.push(']');
            } else if let Some(key) = self.key_of(frame) {
                path.push('.');
                path.push_str(key);
            }
        }
        path
    }
}

/// The path inside `text` of the value at byte `offset` (a closing bracket names its
/// container).
pub(crate) fn path_at(text: &str, offset: usize) -> String {
    let mut walk = Walk::new(text);
    for (token, start, end) in tokens(text) {
        if end > offset {
            if let Token::Close(_) = token {
                // The container itself, not its last member.
                if let Some(frame) = walk.frames.last_mut() {
                    frame.key = None;
                    if frame.array {
                        let path = walk.path();
                        return path
                            .rfind('[')
                            .map_or(path.clone(), |cut| path[..cut].to_owned());
                    }
                }
                return walk.path();
            }
            if start <= offset || matches!(token, Token::Str { .. } | Token::Other) {
                walk.step(token);
                return walk.path();
            }
            return walk.path();
        }
        walk.step(token);
    }
    walk.path()
}

/// The first place in `text` nested deeper than [`MAX_NESTING_DEPTH`] or with a string
/// longer than [`MAX_STRING_BYTES`], and what is wrong there.
pub(crate) fn limit_breach(text: &str) -> Option<(usize, String)> {
    let mut depth = 0usize;
    for (token, start, end) in tokens(text) {
        match token {
            Token::Open(_) => {
                depth += 1;
                if depth > MAX_NESTING_DEPTH {
                    return Some((
                        start,
                        format!("nested deeper than {MAX_NESTING_DEPTH} levels of brackets"),
                    ));
                }
            }
            Token::Close(_) => depth = depth.saturating_sub(1),
            Token::Str { .. } if end - start > MAX_STRING_BYTES + 2 => {
                return Some((
                    start,
                    format!(
                        "a text of {} bytes; at most {MAX_STRING_BYTES} are allowed",
                        end - start - 2
                    ),
                ));
            }
            _ => {}
        }
    }
    None
}

/// The items of the array `key` of the top-level object, as text, found even when the
/// file around them is broken. `None` when there is no such array.
pub(crate) fn array_items<'a>(text: &'a str, key: &str) -> Option<Vec<&'a str>> {
    let mut walk = Walk::new(text);
    let mut items: Vec<&'a str> = Vec::new();
    let mut found = false;
    // The current item's first byte, and the end of its last token.
    let mut current: Option<(usize, usize)> = None;
    // Whether the current item is a finished array or object (a new one then starts).
    let mut closed = false;
    for (token, start, end) in tokens(text) {
        let in_array = walk.frames.len() == 2
            && walk.frames[1].array
            && !walk.frames[0].array
            && walk.key_of(&walk.frames[0]) == Some(key);
        if in_array {
            found = true;
            match token {
                Token::Comma | Token::Close(b']') => {
                    if let Some((first, last)) = current.take() {
                        items.push(&text[first..last]);
                    }
                    closed = false;
                }
                _ => {
                    if closed {
                        // A missing comma between two items: both are kept.
                        if let Some((first, last)) = current.take() {
                            items.push(&text[first..last]);
                        }
                    }
                    closed = false;
                    current = Some((current.map_or(start, |(first, _)| first), end));
                }
            }
        } else if walk.frames.len() > 2
            && let Some((_, last)) = current.as_mut()
        {
            *last = end;
        }
        walk.step(token);
        let back_in_array = walk.frames.len() == 2 && current.is_some();
        if back_in_array && matches!(token, Token::Close(_)) {
            closed = true;
        }
        if walk.frames.len() < 2 && found {
            break;
        }
    }
    if let Some((first, last)) = current {
        items.push(&text[first..last]);
    }
    found.then_some(items)
}

/// The text value at `key` (or at `properties.key`) of one item, read from its tokens so a
/// broken item is still named by its id.
pub(crate) fn item_id<'a>(item: &'a str, key: &str) -> Option<&'a str> {
    let mut walk = Walk::new(item);
    let mut tokens = tokens(item).peekable();
    while let Some((token, _, _)) = tokens.next() {
        let is_key = walk.step(token);
        if !is_key {
            continue;
        }
        let depth = walk.frames.len();
        let here = walk.frames.last().and_then(|f| walk.key_of(f));
        let parent_is_properties = depth == 2 && walk.key_of(&walk.frames[0]) == Some("properties");
        if here == Some(key)
            && (depth == 1 || parent_is_properties)
            && let Some((Token::Colon, _, _)) = tokens.peek().copied()
        {
            walk.step(Token::Colon);
            tokens.next();
            if let Some((Token::Str { start, end }, _, _)) = tokens.peek().copied() {
                return item.get(start..end).filter(|id| !id.contains('\\'));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_found_around_broken_ones() {
        let text = "{\"a\": 1, \"features\": [{\"id\": \"x\"}, {\"id\": \"y\" NaN}, {\"id\": \"z\n}, {\"id\": \"w\"} {\"id\": \"v\"}]}";
        let items = array_items(text, "features").unwrap();
        assert_eq!(
            items,
            [
                "{\"id\": \"x\"}",
                "{\"id\": \"y\" NaN}",
                "{\"id\": \"z\n}",
                "{\"id\": \"w\"}",
                "{\"id\": \"v\"}"
            ]
        );
        assert_eq!(array_items(text, "other"), None);
        let truncated = "{\"features\": [{\"id\": \"x\"}, {\"id\": \"y\", \"b\": [1,";
        assert_eq!(
            array_items(truncated, "features").unwrap(),
            ["{\"id\": \"x\"}", "{\"id\": \"y\", \"b\": [1,"]
        );
    }

    #[test]
    fn a_position_names_its_field() {
        let text = r#"{"properties": {"id": "a", "sources": [{"t": 1}, {"t": 2, "url": 5}]}}"#;
        let at = text.find('5').unwrap();
        assert_eq!(path_at(text, at), ".properties.sources[1].url");
        let closing = text.rfind("}]").unwrap();
        assert_eq!(path_at(text, closing), ".properties.sources[1]");
        assert_eq!(item_id(text, "id"), Some("a"));
    }

    fn cause_of(text: &str) -> String {
        let mut problems = Problems::default();
        let document = Document::new("f.json", text);
        document.read_item::<serde::de::IgnoredAny>(document.item(text), "", &mut problems);
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_syntax_error_names_its_likely_cause_line_and_column() {
        assert_eq!(
            cause_of("{\"a\": [1,\n \u{feff}2]}"),
            "f.json: a[1]: not valid JSON at line 2 column 2: a byte-order mark (an invisible U+FEFF) inside the file: delete it; this item is left out"
        );
        assert_eq!(
            cause_of("{\"a\": -Infinity}"),
            "f.json: a: not valid JSON at line 1 column 8: -Infinity is not a number JSON allows (write a number or null); this item is left out"
        );
        assert_eq!(
            cause_of("{\"a\": 1}}"),
            "f.json: not valid JSON at line 1 column 9: text after the end of the document (a stray character or a second document); this item is left out"
        );
        assert_eq!(
            cause_of("{a: 1}"),
            "f.json: not valid JSON at line 1 column 2: a key without quotes (keys are written \"key\": value); this item is left out"
        );
    }

    #[test]
    fn limits_are_found() {
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert!(
            limit_breach(&deep)
                .unwrap()
                .1
                .contains("nested deeper than 32")
        );
        let long = format!("{{\"a\": \"{}\"}}", "x".repeat(MAX_STRING_BYTES + 1));
        assert!(limit_breach(&long).unwrap().1.contains("10001 bytes"));
        assert_eq!(limit_breach("{\"a\": [[1]]}"), None);
    }
}
