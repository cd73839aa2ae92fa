//! A small PDF writer for funder reports and certificates of volunteering.
//!
//! Those documents are German and English text with tables, so the 14 standard PDF fonts are
//! enough: Helvetica needs no embedding and WinAnsi covers umlauts, ß, „quotes“, dashes and €.
//! This keeps a typesetting engine (and its long build) out of the tree. Characters outside
//! WinAnsi print as `?`; documents in Arabic or Ukrainian would need an embedded font and shaping,
//! which is why the readable person export is an HTML page, not a PDF.

use std::fmt::Write as _;

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;
const FOOTER_SPACE: f32 = 28.0;
const BODY_SIZE: f32 = 10.0;
const HEADING_SIZE: f32 = 15.0;
const SMALL_SIZE: f32 = 8.0;
const CELL_PADDING: f32 = 4.0;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Font {
    Regular,
    Bold,
}

impl Font {
    const fn resource(self) -> &'static str {
        match self {
            Self::Regular => "F1",
            Self::Bold => "F2",
        }
    }

    fn char_width(self, code: u8, size: f32) -> f32 {
        let table = match self {
            Self::Regular => &HELVETICA_WIDTHS,
            Self::Bold => &HELVETICA_BOLD_WIDTHS,
        };
        let units = table.get(usize::from(code.saturating_sub(32))).copied();
        f32::from(units.unwrap_or(556)) * size / 1000.0
    }

    fn text_width(self, text: &[u8], size: f32) -> f32 {
        text.iter().map(|code| self.char_width(*code, size)).sum()
    }
}

/// A document being laid out: pages of A4, top to bottom, with a running footer added at the end.
pub struct PdfDocument {
    title: String,
    pages: Vec<String>,
    page: String,
    /// The baseline position of the next line, measured from the bottom of the page.
    cursor: f32,
}

impl PdfDocument {
    pub fn new(title: &str) -> Self {
        Self {
            title: title.to_owned(),
            pages: Vec::new(),
            page: String::new(),
            cursor: PAGE_HEIGHT - MARGIN,
        }
    }

    /// A bold title line with some space around it.
    pub fn heading(&mut self, text: &str) {
        self.ensure_room(HEADING_SIZE * 2.5);
        self.cursor -= HEADING_SIZE * 0.4;
        self.lines(text, Font::Bold, HEADING_SIZE, 0.0);
        self.cursor -= HEADING_SIZE * 0.4;
    }

    /// Body text, wrapped to the page width.
    pub fn paragraph(&mut self, text: &str) {
        self.lines(text, Font::Regular, BODY_SIZE, 0.0);
        self.cursor -= BODY_SIZE * 0.5;
    }

    /// Small grey print, e.g. a note on how the numbers were counted.
    pub fn small(&mut self, text: &str) {
        self.lines(text, Font::Regular, SMALL_SIZE, 0.4);
        self.cursor -= SMALL_SIZE * 0.5;
    }

    /// Vertical space of one body line.
    pub fn spacer(&mut self) {
        self.cursor -= BODY_SIZE * 1.2;
    }

    /// A bordered table. Column widths follow the content; cells wrap; numbers are right-aligned;
    /// the header row repeats on every page the table continues on.
    pub fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        let columns = headers
            .len()
            .max(rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        let widths = column_widths(headers, rows, columns);
        let header: Vec<Vec<u8>> = (0..columns)
            .map(|index| encode(headers.get(index).map_or("", String::as_str)))
            .collect();
        let header_height = self.row_height(&header, &widths, Font::Bold);
        self.ensure_room(header_height * 2.0);
        self.draw_row(&header, &widths, Font::Bold, header_height, true);
        for row in rows {
            let cells: Vec<Vec<u8>> = (0..columns)
                .map(|index| encode(row.get(index).map_or("", String::as_str)))
                .collect();
            let height = self.row_height(&cells, &widths, Font::Regular);
            if self.cursor - height < MARGIN + FOOTER_SPACE {
                self.new_page();
                self.draw_row(&header, &widths, Font::Bold, header_height, true);
            }
            self.draw_row(&cells, &widths, Font::Regular, height, false);
        }
        self.cursor -= BODY_SIZE;
    }

    /// The complete file.
    pub fn finish(mut self) -> Vec<u8> {
        if !self.page.is_empty() || self.pages.is_empty() {
            self.pages.push(std::mem::take(&mut self.page));
        }
        let total = self.pages.len();
        let title = encode(&self.title);
        for (index, page) in self.pages.iter_mut().enumerate() {
            let footer = encode(&format!("{} – {}/{}", self.title, index + 1, total));
            let width = Font::Regular.text_width(&footer, SMALL_SIZE);
            write_text(
                page,
                &footer,
                Font::Regular,
                SMALL_SIZE,
                PAGE_WIDTH - MARGIN - width,
                MARGIN / 2.0,
                0.4,
            );
        }
        write_file(&title, &self.pages)
    }

    fn lines(&mut self, text: &str, font: Font, size: f32, grey: f32) {
        let leading = size * 1.3;
        for paragraph in text.split('\n') {
            for line in wrap(&encode(paragraph), font, size, PAGE_WIDTH - 2.0 * MARGIN) {
                self.ensure_room(leading);
                self.cursor -= size;
                write_text(&mut self.page, &line, font, size, MARGIN, self.cursor, grey);
                self.cursor -= leading - size;
            }
        }
    }

    fn ensure_room(&mut self, height: f32) {
        if self.cursor - height < MARGIN + FOOTER_SPACE {
            self.new_page();
        }
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.page));
        self.cursor = PAGE_HEIGHT - MARGIN;
    }

    fn row_height(&self, cells: &[Vec<u8>], widths: &[f32], font: Font) -> f32 {
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| wrap(cell, font, BODY_SIZE, width - 2.0 * CELL_PADDING).len())
            .max()
            .unwrap_or(1)
            .max(1);
        lines as f32 * BODY_SIZE * 1.25 + 2.0 * CELL_PADDING
    }

    fn draw_row(
        &mut self,
        cells: &[Vec<u8>],
        widths: &[f32],
        font: Font,
        height: f32,
        shade: bool,
    ) {
        let top = self.cursor;
        let mut left = MARGIN;
        for (cell, width) in cells.iter().zip(widths) {
            if shade {
                let _ = writeln!(
                    self.page,
                    "0.9 g {left:.2} {:.2} {width:.2} {height:.2} re f 0 g",
                    top - height
                );
            }
            let _ = writeln!(
                self.page,
                "0.5 w {left:.2} {:.2} {width:.2} {height:.2} re S",
                top - height
            );
            let inner = width - 2.0 * CELL_PADDING;
            let numeric = !shade && looks_numeric(cell);
            let mut baseline = top - CELL_PADDING - BODY_SIZE;
            for line in wrap(cell, font, BODY_SIZE, inner) {
                let x = if numeric {
                    left + width - CELL_PADDING - font.text_width(&line, BODY_SIZE)
                } else {
                    left + CELL_PADDING
                };
                write_text(&mut self.page, &line, font, BODY_SIZE, x, baseline, 0.0);
                baseline -= BODY_SIZE * 1.25;
            }
            left += width;
        }
        self.cursor = top - height;
    }
}

/// Widths in proportion to each column's widest word-wrapped need, filling the text width.
fn column_widths(headers: &[String], rows: &[Vec<String>], columns: usize) -> Vec<f32> {
    let available = PAGE_WIDTH - 2.0 * MARGIN;
    let natural: Vec<f32> = (0..columns)
        .map(|index| {
            let header = Font::Bold.text_width(
                &encode(headers.get(index).map_or("", String::as_str)),
                BODY_SIZE,
            );
            rows.iter()
                .filter_map(|row| row.get(index))
                .map(|cell| Font::Regular.text_width(&encode(cell), BODY_SIZE))
                .fold(header, f32::max)
                .clamp(30.0, 220.0)
                + 2.0 * CELL_PADDING
        })
        .collect();
    let sum: f32 = natural.iter().sum();
    natural
        .iter()
        .map(|width| width / sum * available)
        .collect()
}

fn looks_numeric(cell: &[u8]) -> bool {
    !cell.is_empty()
        && cell
            .iter()
            .all(|byte| byte.is_ascii_digit() || b" .,%-+".contains(byte))
        && cell.iter().any(u8::is_ascii_digit)
}

/// Greedy word wrap; a word wider than the line is broken between characters.
fn wrap(text: &[u8], font: Font, size: f32, width: f32) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    let mut line: Vec<u8> = Vec::new();
    let space = font.char_width(b' ', size);
    for word in text
        .split(|byte| *byte == b' ')
        .filter(|word| !word.is_empty())
    {
        let word_width = font.text_width(word, size);
        let line_width = font.text_width(&line, size);
        if !line.is_empty() && line_width + space + word_width <= width {
            line.push(b' ');
            line.extend_from_slice(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for &byte in word {
            if !line.is_empty()
                && font.text_width(&line, size) + font.char_width(byte, size) > width
            {
                lines.push(std::mem::take(&mut line));
            }
            line.push(byte);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text as WinAnsi bytes. Fluent's bidi isolation marks are dropped; what WinAnsi lacks is `?`.
fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'))
        .map(|c| match c {
            ' '..='~' | '\u{a0}'..='\u{ff}' => u8::try_from(u32::from(c)).unwrap_or(b'?'),
            '\t' | '\r' => b' ',
            '€' => 0x80,
            '‚' => 0x82,
            '„' => 0x84,
            '…' => 0x85,
            '‰' => 0x89,
            'Š' => 0x8a,
            '‹' => 0x8b,
            'Œ' => 0x8c,
            'Ž' => 0x8e,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '™' => 0x99,
            'š' => 0x9a,
            '›' => 0x9b,
            'œ' => 0x9c,
            'ž' => 0x9e,
            'Ÿ' => 0x9f,
            _ => b'?',
        })
        .collect()
}

/// One line of text as a hex string, which needs no escaping.
fn write_text(page: &mut String, text: &[u8], font: Font, size: f32, x: f32, y: f32, grey: f32) {
    let _ = write!(
        page,
        "BT {grey} g /{} {size} Tf {x:.2} {y:.2} Td <",
        font.resource()
    );
    for byte in text {
        let _ = write!(page, "{byte:02x}");
    }
    let _ = writeln!(page, "> Tj ET 0 g");
}

fn write_file(title: &[u8], pages: &[String]) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let page_ids: Vec<usize> = (0..pages.len()).map(|index| 6 + 2 * index).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            pages.len()
        )
        .into_bytes(),
    );
    for font in ["Helvetica", "Helvetica-Bold"] {
        objects.push(
            format!(
                "<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>"
            )
            .into_bytes(),
        );
    }
    let mut info = b"<< /Producer (Tandem) /Title <".to_vec();
    for byte in title {
        info.extend_from_slice(format!("{byte:02x}").as_bytes());
    }
    info.extend_from_slice(b"> >>");
    objects.push(info);
    for (index, content) in pages.iter().enumerate() {
        let content_id = page_ids[index] + 1;
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
            )
            .into_bytes(),
        );
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(content.as_bytes());
        stream.extend_from_slice(b"\nendstream");
        objects.push(stream);
    }
    let mut file = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (index, object) in objects.iter().enumerate() {
        offsets.push(file.len());
        file.extend_from_slice(format!("{} 0 obj\n", index + 1).as_bytes());
        file.extend_from_slice(object);
        file.extend_from_slice(b"\nendobj\n");
    }
    let xref = file.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        let _ = writeln!(table, "{offset:010} 00000 n ");
    }
    let _ = write!(
        table,
        "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    file.extend_from_slice(table.as_bytes());
    file
}

/// Advance widths (1/1000 em) of WinAnsi codes 32..=255 in Helvetica.
const HELVETICA_WIDTHS: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    350, 556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, 350,
    222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667, 278, 333, 556,
    556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556,
    537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667,
    667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722,
    722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278,
    278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/// Advance widths (1/1000 em) of WinAnsi codes 32..=255 in Helvetica-Bold.
const HELVETICA_BOLD_WIDTHS: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    350, 556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350, 350,
    278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667, 278, 333, 556,
    556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611,
    556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667,
    667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722,
    722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278,
    278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_text_is_win_ansi() {
        assert_eq!(
            encode("Grüße „Tandem“ – 5 €"),
            b"Gr\xfc\xdfe \x84Tandem\x93 \x96 5 \x80"
        );
        assert_eq!(encode("\u{2068}Ольга\u{2069}"), b"?????");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text =
            encode("Ehrenamtliche Mentorinnen und Mentoren begleiten Geflüchtete beim Ankommen");
        let lines = wrap(&text, Font::Regular, 10.0, 120.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(Font::Regular.text_width(line, 10.0) <= 120.0);
        }
        let rejoined: Vec<u8> = lines.join(&b' ');
        assert_eq!(rejoined, text);
    }

    #[test]
    fn a_long_table_continues_on_a_second_page_with_a_valid_cross_reference() {
        let mut document = PdfDocument::new("Bericht");
        document.heading("Förderbericht 2026");
        document.paragraph("Zahlen je Programm.");
        let rows: Vec<Vec<String>> = (0..80)
            .map(|index| vec![format!("Programm {index}"), index.to_string()])
            .collect();
        document.table(&["Programm".to_owned(), "Tandems".to_owned()], &rows);
        let bytes = document.finish();
        assert!(bytes.starts_with(b"%PDF-1.4"));
        let tail_at = 1 + bytes
            .windows(6)
            .position(|window| window == b"\nxref\n")
            .expect("xref");
        let tail = std::str::from_utf8(&bytes[tail_at..]).expect("ASCII trailer");
        let start: usize = tail
            .rsplit("startxref\n")
            .next()
            .and_then(|rest| rest.lines().next())
            .and_then(|line| line.parse().ok())
            .expect("startxref");
        assert_eq!(start, tail_at);
        // Every offset in the cross-reference table points at its object.
        let entries: Vec<&str> = tail
            .lines()
            .skip(3)
            .take_while(|l| l.ends_with(" n "))
            .collect();
        assert!(
            entries.len() >= 9,
            "at least two pages: {} objects",
            entries.len()
        );
        for (number, line) in entries.iter().enumerate() {
            let offset: usize = line[..10].parse().expect("offset");
            let header = format!("{} 0 obj", number + 1);
            assert!(bytes[offset..].starts_with(header.as_bytes()));
        }
    }
}
