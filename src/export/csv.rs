//! RFC 4180 CSV: a header row, records ended by CRLF, a field quoted when it holds the
//! delimiter, a quote or a line break (quotes doubled). UTF-8 throughout.
//!
//! A byte-order mark goes only into files saved for a spreadsheet ([`Bom::Yes`]): Excel
//! reads a CSV without one in the machine's legacy code page ("CÃ´te d'Ivoire"), while
//! `LibreOffice`, Numbers and Google Sheets skip it. Standard output has none, so a script's
//! first column is named `id`, not `\u{feff}id`.

use std::io::Write;

use super::Table;

/// Whether a byte-order mark starts the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bom {
    Yes,
    No,
}

/// The UTF-8 byte-order mark.
pub const UTF8_BOM: &str = "\u{feff}";

/// One field, quoted if it must be: it holds `delimiter`, a quote, CR or LF.
pub fn field(text: &str, delimiter: char) -> std::borrow::Cow<'_, str> {
    if text.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\"")).into()
    } else {
        text.into()
    }
}

/// Writes `table` with `delimiter` (`,` for CSV, a tab for pasting into a spreadsheet).
pub fn write_delimited(
    table: &Table,
    delimiter: char,
    bom: Bom,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if bom == Bom::Yes {
        out.write_all(UTF8_BOM.as_bytes())?;
    }
    let mut separator = [0; 4];
    let separator = delimiter.encode_utf8(&mut separator);
    let mut write_record = |fields: &mut dyn Iterator<Item = &str>| -> std::io::Result<()> {
        for (index, text) in fields.enumerate() {
            if index > 0 {
                out.write_all(separator.as_bytes())?;
            }
            out.write_all(field(text, delimiter).as_bytes())?;
        }
        out.write_all(b"\r\n")
    };
    write_record(&mut table.columns.iter().copied())?;
    for row in &table.rows {
        write_record(&mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

/// The CSV text of `table` (for a file or standard output).
pub fn to_csv(table: &Table, bom: Bom) -> String {
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_delimited(table, ',', bom, &mut bytes);
    String::from_utf8(bytes).unwrap_or_default()
}

/// Tab-separated text for the clipboard: a spreadsheet pastes it into columns (pasted CSV
/// would land in one column).
pub fn to_tsv(table: &Table) -> String {
    let mut bytes = Vec::new();
    let _ = write_delimited(table, '\t', Bom::No, &mut bytes);
    String::from_utf8(bytes).unwrap_or_default()
}

/// Reads CSV text back into records (a quoted field may hold commas, quotes and line
/// breaks): the tests' spreadsheet, and a check that what is written parses.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(UTF8_BOM).unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                current.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => record.push(std::mem::take(&mut current)),
            ('\r', false) if chars.peek() == Some(&'\n') => {}
            ('\n', false) => {
                record.push(std::mem::take(&mut current));
                records.push(std::mem::take(&mut record));
            }
            (c, _) => current.push(c),
        }
    }
    if !current.is_empty() || !record.is_empty() {
        record.push(current);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            columns: vec!["name", "summary"],
            rows: vec![
                vec!["Côte d'Ivoire".into(), "plain".into()],
                vec![
                    "São Tomé and Príncipe".into(),
                    "a comma, a \"quote\"\nand a new line".into(),
                ],
            ],
        }
    }

    #[test]
    fn fields_with_a_comma_a_quote_or_a_line_break_are_quoted_and_quotes_doubled() {
        let text = to_csv(&table(), Bom::No);
        assert_eq!(
            text,
            "name,summary\r\nCôte d'Ivoire,plain\r\nSão Tomé and Príncipe,\"a comma, a \"\"quote\"\"\nand a new line\"\r\n"
        );
        assert_eq!(parse(&text), {
            let t = table();
            let mut all = vec![t.columns.iter().map(|c| (*c).to_owned()).collect()];
            all.extend(t.rows);
            all
        });
    }

    #[test]
    fn a_file_for_a_spreadsheet_starts_with_the_utf8_mark_and_keeps_accents() {
        let text = to_csv(&table(), Bom::Yes);
        assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert!(text.contains("Côte d'Ivoire"));
        assert_eq!(parse(&text)[0], ["name", "summary"]);
        assert!(!to_csv(&table(), Bom::No).starts_with(UTF8_BOM));
    }

    #[test]
    fn tab_separated_text_quotes_only_what_holds_tabs_quotes_or_line_breaks() {
        let text = to_tsv(&table());
        let first = text.lines().nth(1).unwrap();
        assert_eq!(first, "Côte d'Ivoire\tplain");
        assert!(text.contains("\"a comma, a \"\"quote\"\"\nand a new line\""));
    }
}
