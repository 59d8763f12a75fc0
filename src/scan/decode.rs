//! Decoding bytes to text: UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM. Anything else
//! is an error at the first byte that does not decode, with the text decoded so far kept so the
//! error can be shown in place. Raw exports may also be in the OEM code page that cmd.exe
//! redirection writes ([`export_candidates`]). A file read again for the reports is decoded
//! the same way ([`text_as`]).

use crate::i18n::Message;
use crate::msg;
use crate::source::Decoder;

/// Decoded text and the name of its encoding.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// A file that does not decode: the best-effort text (for showing the place), the byte offset
/// in that text where decoding failed, and why.
#[derive(Debug)]
pub struct DecodeError {
    pub lossy: Decoded,
    pub offset: usize,
    pub message: Message,
}

/// The text of bytes that are UTF-8 without a BOM and do not look like UTF-16, taking the bytes
/// over without a copy; any other bytes come back untouched, for [`decode`]. It gives what
/// [`decode`] gives for such bytes.
pub fn plain_utf8(bytes: Vec<u8>) -> Result<Decoded, Vec<u8>> {
    let marked = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|bom| bytes.starts_with(bom));
    if marked || looks_like_bomless_utf16(&bytes) {
        return Err(bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: "utf-8",
        }),
        Err(e) => Err(e.into_bytes()),
    }
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, "utf-8-bom");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes, "utf-16le");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes, "utf-16be");
    }
    // UTF-16 without a BOM shows as NUL bytes between ASCII letters; name it rather than
    // reporting a NUL.
    if looks_like_bomless_utf16(bytes) {
        // Decode it the way it was most likely meant, only to show the place and to see whether
        // it is an inventory at all: ASCII text has its NUL bytes second in LE, first in BE.
        let le = bytes.get(1) == Some(&0);
        let units = bytes.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        return Err(DecodeError {
            lossy: Decoded {
                text,
                encoding: if le { "utf-16le" } else { "utf-16be" },
            },
            offset: 0,
            message: msg!("scan-utf16-without-bom"),
        });
    }
    utf8(bytes, "utf-8")
}

/// The decodings to try for a file that may be a raw export, best first. A BOM decides, and
/// so does valid UTF-8 (plain ASCII included). Other bytes are what cmd.exe redirection writes
/// in the console's OEM code page: Shift_JIS (CP932) when that decodes cleanly into kana, as
/// Japanese labels do, then CP437 and CP850 (every byte decodes in both: the one that reads as
/// more letters first). The caller takes the first one that is a recognised export. An error
/// is a file with a BOM that does not decode.
pub fn export_candidates(bytes: &[u8]) -> Result<Vec<Decoded>, DecodeError> {
    let has_bom = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|bom| bytes.starts_with(bom));
    if has_bom {
        return decode(bytes).map(|d| vec![d]);
    }
    if looks_like_bomless_utf16(bytes) {
        return Ok(Vec::new());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(vec![Decoded {
            text: text.to_string(),
            encoding: "utf-8",
        }]);
    }
    let mut out = Vec::new();
    if let Some(text) =
        encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes)
        && text.chars().any(|c| matches!(c, '\u{3041}'..='\u{30FF}'))
    {
        out.push(Decoded {
            text: text.into_owned(),
            encoding: "shift_jis (cp932)",
        });
    }
    let letters = |text: &str| {
        text.chars()
            .filter(|c| !c.is_ascii() && c.is_alphabetic())
            .count()
    };
    let cp437 =
        oem_cp::decode_string_complete_table(bytes, &oem_cp::code_table::DECODING_TABLE_CP437);
    let cp850 =
        oem_cp::decode_string_complete_table(bytes, &oem_cp::code_table::DECODING_TABLE_CP850);
    let mut single = [(cp437, "cp437"), (cp850, "cp850")];
    single.sort_by_key(|(text, _)| std::cmp::Reverse(letters(text)));
    out.extend(
        single
            .into_iter()
            .map(|(text, encoding)| Decoded { text, encoding }),
    );
    Ok(out)
}

/// The text that `decoder` made of `bytes` in `encoding`, as the scan took it: what [`decode`]
/// gives (for bytes that do not decode, the text shown with the error), or the candidate of
/// [`export_candidates`] in that encoding. `None` when the bytes no longer decode that way.
pub fn text_as(bytes: &[u8], decoder: Decoder, encoding: &str) -> Option<String> {
    let decoded = match decoder {
        Decoder::Document => match decode(bytes) {
            Ok(decoded) => decoded,
            Err(err) => err.lossy,
        },
        Decoder::Export => match export_candidates(bytes) {
            Ok(candidates) => candidates.into_iter().find(|d| d.encoding == encoding)?,
            Err(err) => err.lossy,
        },
    };
    (decoded.encoding == encoding).then_some(decoded.text)
}

fn looks_like_bomless_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(256)];
    sample.len() >= 4 && {
        let nul = sample.iter().filter(|&&b| b == 0).count();
        nul * 3 >= sample.len()
    }
}

fn utf8(bytes: &[u8], encoding: &'static str) -> Result<Decoded, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            encoding,
        }),
        Err(e) => {
            let offset = e.valid_up_to();
            Err(DecodeError {
                lossy: Decoded {
                    text: String::from_utf8_lossy(bytes).into_owned(),
                    encoding,
                },
                offset,
                message: msg!("scan-invalid-utf8", byte = format!("{:02X}", bytes[offset])),
            })
        }
    }
}

fn utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: &'static str,
) -> Result<Decoded, DecodeError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for result in char::decode_utf16(units) {
        match result {
            Ok(c) => text.push(c),
            Err(e) => {
                let offset = text.len();
                let unit = format!("{:04X}", e.unpaired_surrogate());
                return Err(DecodeError {
                    lossy: Decoded { text, encoding },
                    offset,
                    message: msg!("scan-invalid-utf16", unit = unit),
                });
            }
        }
    }
    if bytes.len() % 2 == 1 {
        let offset = text.len();
        return Err(DecodeError {
            lossy: Decoded { text, encoding },
            offset,
            message: msg!("scan-truncated-utf16"),
        });
    }
    Ok(Decoded { text, encoding })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_gives_what_decode_gives_or_hands_the_bytes_back() {
        let plain: [&[u8]; 3] = [b"cmslint: 1\n", "名前: 東京\n".as_bytes(), b""];
        for bytes in plain {
            let fast = plain_utf8(bytes.to_vec()).unwrap();
            let slow = decode(bytes).unwrap();
            assert_eq!((fast.text, fast.encoding), (slow.text, slow.encoding));
        }
        let other: [&[u8]; 5] = [
            b"\xEF\xBB\xBFa: 1",
            b"\xFF\xFEa\0",
            b"\xFE\xFF\0a",
            b"a\x00:\x00 \x001\x00",
            b"a: \xFF",
        ];
        for bytes in other {
            assert_eq!(plain_utf8(bytes.to_vec()).unwrap_err(), bytes);
        }
    }

    fn utf16le(text: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn boms_select_the_encoding_and_are_not_text() {
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1").unwrap().text, "a: 1");
        let d = decode(&utf16le("cmslint: 1\r\n")).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("cmslint: 1\r\n", "utf-16le")
        );
        let mut be = vec![0xFE, 0xFF];
        be.extend("é".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "é");
    }

    #[test]
    fn exports_fall_back_to_the_oem_code_pages() {
        let ascii = export_candidates(b"Host Name: X").unwrap();
        assert_eq!((ascii.len(), ascii[0].encoding), (1, "utf-8"));
        // "ホスト名:" in Shift_JIS.
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("ホスト名:  EXNODE3");
        let c = export_candidates(&sjis).unwrap();
        assert_eq!(c[0].encoding, "shift_jis (cp932)");
        assert_eq!(c[0].text, "ホスト名:  EXNODE3");
        // "Nom de l'hôte" in CP850/CP437 (ô is 0x93 in both).
        let c = export_candidates(b"Nom de l'h\x93te: X").unwrap();
        assert_eq!(c[0].text, "Nom de l'hôte: X");
        assert!(c.iter().all(|d| d.encoding != "shift_jis (cp932)"));
        assert!(
            export_candidates(&[0x61, 0, 0x62, 0, 0x63, 0, 0x64, 0])
                .unwrap()
                .is_empty()
        );
        assert!(export_candidates(&[0xFF, 0xFE, 0x41]).is_err());
    }

    #[test]
    fn invalid_bytes_are_located() {
        let err = decode(b"ab\ncd\xFFef").unwrap_err();
        assert_eq!(err.offset, 5);
        let err = decode(&[0x61, 0, 0x62, 0, 0x63, 0, 0x64, 0]).unwrap_err();
        assert_eq!(err.message, msg!("scan-utf16-without-bom"));
        let mut odd = utf16le("ab");
        odd.push(0x41);
        assert_eq!(decode(&odd).unwrap_err().offset, 2);
    }
}
