"""Writes `exec/unicode_decomposition.txt`, the decomposition of every code
point that has one, from CPython's own `unicodedata` (run with the python3
the conformance corpus uses, 3.11: Unicode 14.0.0): one line per code
point, its hex value, a space, and the text `unicodedata.decomposition`
gives (`<compat> 0020 0301`, `0041 030A`).

    python3 crates/codeact/src/exec/pymod/tools/unicodedata_decomposition.py
"""
import pathlib
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[2] / "unicode_decomposition.txt"

lines = []
for code in range(sys.maxunicode + 1):
    value = unicodedata.decomposition(chr(code))
    if value:
        lines.append(f"{code:x} {value}\n")
OUT.write_text("".join(lines))
print(f"{OUT}: {len(lines)} code points, Unicode {unicodedata.unidata_version}")
