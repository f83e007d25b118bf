//! `unicodedata.decomposition`, which monty 0.0.23 lacks, from CPython
//! 3.11's table (Unicode 14.0.0; `unicode_decomposition.txt`, written by
//! `pymod/tools/unicodedata_decomposition.py`). Answered by the host: the
//! table is 100 KB, too much to load into every session that imports
//! `unicodedata`.

use std::sync::OnceLock;

const TABLE: &str = include_str!("unicode_decomposition.txt");

/// The decomposition of `code` as CPython writes it, "" when it has none.
pub(crate) fn decomposition(code: u32) -> &'static str {
    static ENTRIES: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();
    let entries = ENTRIES.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|line| {
                let (hex, value) = line.split_once(' ')?;
                Some((u32::from_str_radix(hex, 16).ok()?, value))
            })
            .collect()
    });
    entries
        .binary_search_by_key(&code, |&(c, _)| c)
        .map_or("", |index| entries[index].1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_gives_cpythons_decompositions() {
        assert_eq!(super::decomposition(0xe9), "0065 0301");
        assert_eq!(super::decomposition(0xbd), "<fraction> 0031 2044 0032");
        assert_eq!(super::decomposition(0x41), "");
        assert_eq!(super::decomposition(0x10ffff), "");
    }
}
