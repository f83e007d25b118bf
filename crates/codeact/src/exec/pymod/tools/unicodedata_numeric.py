"""Writes the numeric tables of the sandbox's `unicodedata` module from
CPython's own (run with the python3 the conformance corpus uses, 3.11:
Unicode 14.0.0), as runs of consecutive code points whose values step
evenly: `start,count,first,step` with start in hex and the values as
exact fractions, one run per `;`.

    python3 crates/codeact/src/exec/pymod/tools/unicodedata_numeric.py
"""
import sys
import unicodedata
from fractions import Fraction


def runs(function):
    out = []
    for code in range(sys.maxunicode + 1):
        value = function(chr(code), None)
        if value is None:
            continue
        value = Fraction(value).limit_denominator(100000)
        if out:
            start, count, first, step = out[-1]
            if code == start + count:
                if count == 1:
                    out[-1] = (start, 2, first, value - first)
                    continue
                if value == first + step * count:
                    out[-1] = (start, count + 1, first, step)
                    continue
        out.append((code, 1, value, Fraction(0)))
    return ";".join(f"{start:x},{count},{first},{step}" for start, count, first, step in out)


def main():
    print(f"# Generated from CPython {sys.version.split()[0]} (Unicode {unicodedata.unidata_version})")
    print("# by pymod/tools/unicodedata_numeric.py.")
    for name in ("numeric", "digit", "decimal"):
        print(f'_{name.upper()}_RUNS = "{runs(getattr(unicodedata, name))}"')


main()
