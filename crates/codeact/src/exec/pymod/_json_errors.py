# Where CPython 3.11's json decoder stops on a malformed document, and what
# it says there. monty 0.0.23's decoder words several errors its own way
# ("Illegal trailing comma before end of object", "expected ident",
# "invalid number") and places others elsewhere (`nul` at its end, where
# CPython points at its start): a program printing the error printed
# something CPython never does. `locate` walks the document as CPython's
# scanner does (json/decoder.py with the C accelerator's messages) and
# returns the message and position of its first error; `loads` re-raises
# monty's error with them.

_WS = " \t\n\r"
_DIGITS = "0123456789"


# The walk stops at the first error by raising this exception with the
# position and message in its text (the module's source is not rewritten,
# so it cannot define exception classes of its own).
_MARK = "codeact-json-error:"


def _skip(s, i):
    while i < len(s) and s[i] in _WS:
        i += 1
    return i


def _fail(message, position):
    raise RuntimeError(_MARK + str(position) + ":" + message)


def _number_end(s, i):
    # -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?, or -1 when nothing matches.
    j = i
    if j < len(s) and s[j] == "-":
        j += 1
    if j >= len(s) or s[j] not in _DIGITS:
        return -1
    if s[j] == "0":
        j += 1
    else:
        while j < len(s) and s[j] in _DIGITS:
            j += 1
    if j + 1 < len(s) and s[j] == "." and s[j + 1] in _DIGITS:
        j += 2
        while j < len(s) and s[j] in _DIGITS:
            j += 1
    if j < len(s) and s[j] in "eE":
        k = j + 1
        if k < len(s) and s[k] in "+-":
            k += 1
        if k < len(s) and s[k] in _DIGITS:
            while k < len(s) and s[k] in _DIGITS:
                k += 1
            j = k
    return j


def _string(s, end):
    # `end` is just past the opening quote; returns just past the closing.
    begin = end - 1
    while True:
        if end >= len(s):
            _fail("Unterminated string starting at", begin)
        c = s[end]
        if c == '"':
            return end + 1
        if c == "\\":
            end += 1
            if end >= len(s):
                _fail("Unterminated string starting at", begin)
            escape = s[end]
            if escape == "u":
                digits = s[end + 1:end + 5]
                if end + 5 >= len(s) or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    _fail("Invalid \\uXXXX escape", end)
                end += 5
            elif escape in '"\\/bfnrt':
                end += 1
            else:
                _fail("Invalid \\escape", end - 1)
        elif ord(c) < 32:
            _fail("Invalid control character at", end)
        else:
            end += 1


def _value(s, i):
    if i >= len(s):
        _fail("Expecting value", i)
    c = s[i]
    if c == '"':
        return _string(s, i + 1)
    if c == "{":
        return _object(s, i + 1)
    if c == "[":
        return _array(s, i + 1)
    for word in ("null", "true", "false", "NaN", "Infinity", "-Infinity"):
        if s.startswith(word, i):
            return i + len(word)
    end = _number_end(s, i)
    if end < 0:
        _fail("Expecting value", i)
    return end


def _object(s, end):
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar != "" and nextchar in _WS:
            end = _skip(s, end)
            nextchar = s[end:end + 1]
        if nextchar == "}":
            return end + 1
        if nextchar != '"':
            _fail("Expecting property name enclosed in double quotes", end)
    end += 1
    while True:
        end = _string(s, end)
        if s[end:end + 1] != ":":
            end = _skip(s, end)
            if s[end:end + 1] != ":":
                _fail("Expecting ':' delimiter", end)
        end = _skip(s, end + 1)
        end = _value(s, end)
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == "}":
            return end
        if nextchar != ",":
            _fail("Expecting ',' delimiter", end - 1)
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            _fail("Expecting property name enclosed in double quotes", end - 1)


def _array(s, end):
    end = _skip(s, end)
    if s[end:end + 1] == "]":
        return end + 1
    while True:
        end = _value(s, end)
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == "]":
            return end
        if nextchar != ",":
            _fail("Expecting ',' delimiter", end - 1)
        end = _skip(s, end)


def locate(s):
    """(message, position) of CPython's error for the document `s`, or
    None where CPython would decode it."""
    try:
        end = _value(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            return ("Extra data", end)
    except RuntimeError as stop:
        text = str(stop)
        if not text.startswith(_MARK):
            raise
        position, _, found = text[len(_MARK):].partition(":")
        return (found, int(position))
    return None


def message(s, position, text):
    line = s.count("\n", 0, position) + 1
    if line == 1:
        column = position + 1
    else:
        column = position - s.rindex("\n", 0, position)
    return f"{text}: line {line} column {column} (char {position})"
