"""Writes the east_asian_width, mirrored and bidirectional tables of the sandbox's
`unicodedata` module from CPython's own (run with the python3 the
conformance corpus uses, 3.11: Unicode 14.0.0), as the code points where
the value changes: `start:value` with start in hex, one per `;`.

    python3 crates/codeact/src/exec/pymod/tools/unicodedata_properties.py
"""
import sys
import unicodedata


def changes(function):
    out = []
    previous = None
    for code in range(sys.maxunicode + 1):
        value = function(chr(code))
        if value != previous:
            out.append(f"{code:x}:{value}")
            previous = value
    return ";".join(out)


def main():
    print(f"# Generated from CPython {sys.version.split()[0]} (Unicode {unicodedata.unidata_version})")
    print("# by pymod/tools/unicodedata_properties.py.")
    print(f'_EAST_ASIAN_WIDTH_CHANGES = "{changes(unicodedata.east_asian_width)}"')
    print(f'_MIRRORED_CHANGES = "{changes(unicodedata.mirrored)}"')
    print(f'_BIDIRECTIONAL_CHANGES = "{changes(unicodedata.bidirectional)}"')


main()
