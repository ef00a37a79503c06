//! Python's `json.loads` for one line: the same values and the same
//! refusals, so that a ledger line counts as unparsable here exactly when
//! `score.py` counts it.
//!
//! Written out rather than taken from `serde_json`, whose default float
//! reading is not correctly rounded (`30.009999999999998` reads as
//! `30.01`), which refuses `NaN` and `Infinity`, and which forgets key order
//! and the digits of large integers.
//!
//! ```text
//! value   = ws (object | array | string | number | "true" | "false" | "null"
//!              | "NaN" | "Infinity" | "-Infinity") ws
//! object  = "{" ws [ string ws ":" value *( "," ws string ws ":" value ) ] "}"
//! array   = "[" ws [ value *( "," value ) ] "]"
//! number  = [ "-" ] ( "0" | [1-9] *digit ) [ "." 1*digit ] [ ( "e" | "E" ) [ "+" | "-" ] 1*digit ]
//! string  = '"' *( char other than '"', '\' or a control | escape ) '"'
//! escape  = '\' ( '"' | '\' | "/" | "b" | "f" | "n" | "r" | "t" | "u" 4hex )
//! ws      = *( " " | "\t" | "\n" | "\r" )
//! ```
//!
//! As in Python, an exponent or a fraction with no digits is not part of
//! the number (`1.` reads `1`, then fails on `.`), a `\u` escape pair
//! becomes one character, and a repeated key keeps its last value. Unlike
//! Python, a lone surrogate escape becomes U+FFFD (Rust strings cannot hold
//! it) and nesting stops at 128 levels (Python's stops near 1,000).

use super::python::Py;

/// Deepest nesting of arrays and objects read.
const MAX_DEPTH: usize = 128;

/// Why a line is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonError {
    /// The 1-based column, in characters, as Python counts it.
    pub(crate) column: usize,
    /// Python's message for it.
    pub(crate) message: &'static str,
}

/// `json.loads(line)`.
pub(crate) fn loads(line: &str) -> Result<Py, JsonError> {
    if line.starts_with('\u{feff}') {
        return Err(JsonError {
            column: 1,
            message: "Unexpected UTF-8 BOM (decode using utf-8-sig)",
        });
    }
    let mut reader = Reader {
        text: line,
        bytes: line.as_bytes(),
        pos: 0,
        depth: 0,
    };
    reader.skip_ws();
    let value = reader.value()?;
    reader.skip_ws();
    if reader.pos < reader.bytes.len() {
        return Err(reader.error("Extra data"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, pos: usize, message: &'static str) -> JsonError {
        let before = self.text.get(..pos).unwrap_or(self.text);
        JsonError {
            column: before.chars().count() + 1,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, literal: &str) -> bool {
        let found = self
            .bytes
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(literal.as_bytes()));
        if found {
            self.pos += literal.len();
        }
        found
    }

    // ws = *( " " | "\t" | "\n" | "\r" )
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    // value = object | array | string | number | constant (no surrounding ws)
    fn value(&mut self) -> Result<Py, JsonError> {
        match self.peek() {
            Some(b'"') => self.string().map(Py::Str),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            _ => {
                for (literal, value) in [
                    ("null", Py::None),
                    ("true", Py::Bool(true)),
                    ("false", Py::Bool(false)),
                    ("NaN", Py::Float(f64::NAN)),
                    ("Infinity", Py::Float(f64::INFINITY)),
                    ("-Infinity", Py::Float(f64::NEG_INFINITY)),
                ] {
                    if self.eat(literal) {
                        return Ok(value);
                    }
                }
                self.number().ok_or_else(|| self.error("Expecting value"))
            }
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Py, JsonError>) -> Result<Py, JsonError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    // object = "{" ws [ string ws ":" ws value ws *( "," ws string ws ":" ws value ws ) ] "}"
    fn object(&mut self) -> Result<Py, JsonError> {
        self.pos += 1;
        self.skip_ws();
        let mut items = Vec::new();
        if self.eat("}") {
            return Ok(Py::Dict(items));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("Expecting property name enclosed in double quotes"));
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(":") {
                return Err(self.error("Expecting ':' delimiter"));
            }
            self.skip_ws();
            let value = self.value()?;
            items.push((key, value));
            self.skip_ws();
            if self.eat("}") {
                return Ok(Py::Dict(items));
            }
            if !self.eat(",") {
                return Err(self.error("Expecting ',' delimiter"));
            }
            self.skip_ws();
        }
    }

    // array = "[" ws [ value ws *( "," ws value ws ) ] "]"
    fn array(&mut self) -> Result<Py, JsonError> {
        self.pos += 1;
        self.skip_ws();
        let mut items = Vec::new();
        if self.eat("]") {
            return Ok(Py::List(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            if self.eat("]") {
                return Ok(Py::List(items));
            }
            if !self.eat(",") {
                return Err(self.error("Expecting ',' delimiter"));
            }
            self.skip_ws();
        }
    }

    // string = '"' *( char | escape ) '"'
    fn string(&mut self) -> Result<String, JsonError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote,
            // backslash or control character in one piece.
            let run_start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            out.push_str(self.text.get(run_start..self.pos).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error_at(start, "Unterminated string starting at")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape(start)?);
                }
                Some(_) => return Err(self.error("Invalid control character at")),
            }
        }
    }

    // escape = '\' ( '"' | '\' | "/" | "b" | "f" | "n" | "r" | "t" | "u" 4hex ), after the '\'
    // of a string that starts at `start`
    fn escape(&mut self, start: usize) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape();
            }
            None => return Err(self.error_at(start, "Unterminated string starting at")),
            Some(_) => return Err(self.error_at(self.pos.saturating_sub(1), "Invalid \\escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// The character of a `\uXXXX` escape (after the `u`), with the low half
    /// of a surrogate pair when one follows.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let high = self.hex4()?;
        if (0xd800..0xdc00).contains(&high)
            && self.bytes.get(self.pos..self.pos + 2) == Some(b"\\u")
        {
            let save = self.pos;
            self.pos += 2;
            let low = self.hex4()?;
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            self.pos = save;
        }
        Ok(char::from_u32(high).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.pos..self.pos + 4);
        let value = digits.and_then(|d| {
            d.iter()
                .try_fold(0u32, |n, &b| char::from(b).to_digit(16).map(|v| n * 16 + v))
        });
        match value {
            Some(value) => {
                self.pos += 4;
                Ok(value)
            }
            // Python points at the `u`.
            None => Err(self.error_at(self.pos.saturating_sub(1), "Invalid \\uXXXX escape")),
        }
    }

    // number = [ "-" ] ( "0" | [1-9] *digit ) [ "." 1*digit ] [ ( "e" | "E" ) [ "+" | "-" ] 1*digit ]
    fn number(&mut self) -> Option<Py> {
        let start = self.pos;
        let digits = |r: &mut Self| {
            let from = r.pos;
            while r.peek().is_some_and(|b| b.is_ascii_digit()) {
                r.pos += 1;
            }
            r.pos - from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => {
                self.pos = start;
                return None;
            }
        }
        let mut is_float = false;
        if self.peek() == Some(b'.')
            && self
                .bytes
                .get(self.pos + 1)
                .is_some_and(|b| b.is_ascii_digit())
        {
            self.pos += 1;
            digits(self);
            is_float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let exponent = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                self.pos = exponent;
            } else {
                is_float = true;
            }
        }
        let literal = self.text.get(start..self.pos)?;
        Some(if is_float {
            Py::Float(literal.parse().ok()?)
        } else {
            match literal.parse() {
                Ok(n) => Py::Int(n),
                Err(_) => Py::BigInt(literal.to_owned()),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        let cases = [
            ("null", Py::None),
            (" true ", Py::Bool(true)),
            ("-0", Py::Int(0)),
            ("-12", Py::Int(-12)),
            ("30.009999999999998", Py::Float(30.009999999999998)),
            ("1E2", Py::Float(100.0)),
            ("-0.0", Py::Float(-0.0)),
            ("1e400", Py::Float(f64::INFINITY)),
            ("-Infinity", Py::Float(f64::NEG_INFINITY)),
            (
                "123456789012345678901234567890123456789012",
                Py::BigInt("123456789012345678901234567890123456789012".into()),
            ),
            (
                r#""a\"\\\/\b\f\n\r\t\u00e9""#,
                Py::Str("a\"\\/\u{8}\u{c}\n\r\t\u{e9}".into()),
            ),
            (
                r#""\ud83d\ude00 \ud800x \udc00""#,
                Py::Str("\u{1f600} \u{fffd}x \u{fffd}".into()),
            ),
            (r#""«12» — ok""#, Py::Str("«12» — ok".into())),
            (
                "[1, [], {}]",
                Py::List(vec![Py::Int(1), Py::List(vec![]), Py::Dict(vec![])]),
            ),
            (
                r#"{"a": 1, "b": [null], "a": 2}"#,
                Py::Dict(vec![
                    ("a".into(), Py::Int(1)),
                    ("b".into(), Py::List(vec![Py::None])),
                    ("a".into(), Py::Int(2)),
                ]),
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(loads(input), Ok(expected), "{input}");
        }
        assert!(matches!(loads("NaN"), Ok(Py::Float(f)) if f.is_nan()));
    }

    #[test]
    fn not_values() {
        let cases = [
            ("", 1, "Expecting value"),
            ("{", 2, "Expecting property name enclosed in double quotes"),
            (r#"{"a" 1}"#, 6, "Expecting ':' delimiter"),
            (
                r#"{"a": 1,}"#,
                9,
                "Expecting property name enclosed in double quotes",
            ),
            ("[1 2]", 4, "Expecting ',' delimiter"),
            ("[1,]", 4, "Expecting value"),
            ("1.", 2, "Extra data"),
            ("1e", 2, "Extra data"),
            ("01", 2, "Extra data"),
            ("+1", 1, "Expecting value"),
            (".5", 1, "Expecting value"),
            ("{} {}", 4, "Extra data"),
            ("\u{a0}{}", 1, "Expecting value"),
            (
                "\u{feff}{}",
                1,
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            ),
            ("nul", 1, "Expecting value"),
            ("\"é", 1, "Unterminated string starting at"),
            ("\"a\tb\"", 3, "Invalid control character at"),
            (r#""\x""#, 2, "Invalid \\escape"),
            (r#""\u12""#, 3, "Invalid \\uXXXX escape"),
            (r#""\ud800\u12x""#, 9, "Invalid \\uXXXX escape"),
            (r#""\u00e"#, 3, "Invalid \\uXXXX escape"),
            ("«", 1, "Expecting value"),
            ("\"ab\\", 1, "Unterminated string starting at"),
            ("-", 1, "Expecting value"),
            ("tru", 1, "Expecting value"),
            ("[", 2, "Expecting value"),
            ("[1", 3, "Expecting ',' delimiter"),
            (r#"{"a":1"#, 7, "Expecting ',' delimiter"),
            (r#"{"a":"#, 6, "Expecting value"),
        ];
        for (input, column, message) in cases {
            assert_eq!(
                loads(input),
                Err(JsonError { column, message }),
                "{input:?}"
            );
        }
    }

    #[test]
    fn not_too_deep() {
        let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(loads(&deep).is_ok());
        let deeper = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(loads(&deeper).unwrap_err().message, "nesting too deep");
        let hostile = "[".repeat(100_000);
        assert!(loads(&hostile).is_err());
    }
}
