"""Writes the alphabetic table of the sandbox's `_strnum` module from
CPython's own str.isalpha (run with the python3 the conformance corpus
uses, 3.11: Unicode 14.0.0): the code points where the answer changes, in
hex, one per `;`, the first (0) starting a run of False.

    python3 crates/codeact/src/exec/pymod/tools/str_alpha.py
"""
import sys
import unicodedata


def changes():
    out = []
    previous = False
    for code in range(sys.maxunicode + 1):
        value = chr(code).isalpha()
        if value != previous:
            out.append(f"{code:x}")
            previous = value
    return ";".join(out)


def main():
    print(f"# Generated from CPython {sys.version.split()[0]} (Unicode {unicodedata.unidata_version})")
    print("# by pymod/tools/str_alpha.py.")
    print(f'_ALPHA_CHANGES = "{changes()}"')


main()
