# str.isnumeric, str.isdigit and str.isdecimal as CPython 3.11 answers
# them, from the numeric tables of the sandbox's unicodedata (Unicode
# 14.0.0): monty 0.0.23 reads its own categories ("三".isnumeric() and
# "²".isdigit() are False there, True in CPython). ASCII text keeps
# monty's answer, which is CPython's.
def _all_have(s, value_of):
    if not s:
        return False
    for c in s:
        if value_of(c, None) is None:
            return False
    return True


def isnumeric(s, *args):
    if type(s) is not str or args or s.isascii():
        return s.isnumeric(*args)
    return _all_have(s, __codeact_mod_unicodedata.numeric)


def isdigit(s, *args):
    if type(s) is not str or args or s.isascii():
        return s.isdigit(*args)
    return _all_have(s, __codeact_mod_unicodedata.digit)


def isdecimal(s, *args):
    if type(s) is not str or args or s.isascii():
        return s.isdecimal(*args)
    return _all_have(s, __codeact_mod_unicodedata.decimal)
