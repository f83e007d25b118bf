# The parser behind `time.strptime` and `datetime.strptime`, as CPython's
# _strptime module behaves in the C locale: the format is a sequence of
# tokens, each with the matches CPython's regex for it would try, in the
# order the regex tries them (longer first), and a failed token backtracks
# into the previous one's next match, as the regex does. monty's own
# datetime.strptime accepts text CPython refuses and drops minutes after
# %I, so the sandbox parses everything here and builds the result.
import datetime as _dt

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

# For each numeric directive: the digit counts its regex accepts, most
# first, each with the smallest and largest value of that many digits
# (leading zeros allowed); `%V` takes "0" alone but not "00".
_NUMERIC = {
    "Y": ((4, 0, 9999),),
    "G": ((4, 0, 9999),),
    "y": ((2, 0, 99),),
    "m": ((2, 1, 12), (1, 1, 9)),
    "d": ((2, 1, 31), (1, 1, 9)),
    "H": ((2, 0, 23), (1, 0, 9)),
    "I": ((2, 1, 12), (1, 1, 9)),
    "M": ((2, 0, 59), (1, 0, 9)),
    "S": ((2, 0, 61), (1, 0, 9)),
    "j": ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    "U": ((2, 0, 53), (1, 0, 9)),
    "W": ((2, 0, 53), (1, 0, 9)),
    "V": ((2, 1, 53), (1, 0, 9)),
    "w": ((1, 0, 6),),
    "u": ((1, 1, 7),),
    "f": ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)),
}

# CPython's regex for a name tries the longer names first.
_NAMES = {
    "A": ("Wednesday", "Thursday", "Saturday", "Tuesday", "Monday", "Friday", "Sunday"),
    "a": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "B": ("September", "February", "November", "December", "January", "October", "August", "March", "April", "June", "July", "May"),
    "b": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "p": ("am", "pm"),
    "Z": ("utc", "gmt"),
}

# The C locale's %c, %x and %X, which CPython reads off the locale.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

def _tokens(format, out):
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%":
            if i + 1 == len(format):
                return False
            code = format[i + 1]
            i += 2
            if code in _COMPOSITE:
                _tokens(_COMPOSITE[code], out)
            elif code == "%":
                out.append(("literal", "%"))
            elif code in _NUMERIC or code in _NAMES or code == "z":
                out.append(("directive", code))
            else:
                raise ValueError(f"'{code}' is a bad directive in format '{format}'")
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(("space", ""))
        else:
            out.append(("literal", c))
            i += 1
    return True

def _digit_run(text, pos, most):
    end = pos
    while end < len(text) and end - pos < most and "0" <= text[end] <= "9":
        end += 1
    return end - pos

# The ends of the text a token can match at `pos`, in the regex's order.
def _ends(kind, code, text, pos):
    if kind == "literal":
        return [pos + 1] if text[pos:pos + 1].lower() == code.lower() else []
    if kind == "space":
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        ends = []
        while end > pos:
            ends.append(end)
            end -= 1
        return ends
    if code in _NUMERIC:
        shapes = _NUMERIC[code]
        run = _digit_run(text, pos, shapes[0][0])
        ends = []
        for width, low, high in shapes:
            if run >= width and low <= int(text[pos:pos + width]) <= high:
                ends.append(pos + width)
        if code == "d" and text[pos:pos + 1] == " " and "1" <= text[pos + 1:pos + 2] <= "9":
            ends.append(pos + 2)
        return ends
    if code == "z":
        return _offset_ends(text, pos)
    ends = []
    for name in _NAMES[code]:
        if text[pos:pos + len(name)].lower() == name.lower():
            ends.append(pos + len(name))
    return ends

def _two_digits(text, pos, first_high):
    return _digit_run(text, pos, 2) == 2 and text[pos] <= first_high

# `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, every way it matches.
def _offset_ends(text, pos):
    ends = []
    if text[pos:pos + 1] in ("+", "-") and _two_digits(text, pos + 1, "9"):
        starts = [pos + 4, pos + 3] if text[pos + 3:pos + 4] == ":" else [pos + 3]
        for minutes in starts:
            if not _two_digits(text, minutes, "5"):
                continue
            after = minutes + 2
            seconds_starts = [after + 1, after] if text[after:after + 1] == ":" else [after]
            for seconds in seconds_starts:
                if _two_digits(text, seconds, "5"):
                    tail = seconds + 2
                    if text[tail:tail + 1] == ".":
                        run = _digit_run(text, tail + 1, 6)
                        while run > 0:
                            ends.append(tail + 1 + run)
                            run -= 1
                    ends.append(tail)
            ends.append(after)
    if text[pos:pos + 1] == "Z":
        ends.append(pos + 1)
    return ends

# The first way the tokens from `index` on match `text` from `pos`, as the
# regex finds it: the text each directive took, or None.
def _match(tokens, index, text, pos, found):
    if index == len(tokens):
        return pos
    kind, code = tokens[index]
    for end in _ends(kind, code, text, pos):
        if kind == "directive":
            found.append((code, text[pos:end]))
        done = _match(tokens, index + 1, text, end, found)
        if done is not None:
            return done
        if kind == "directive":
            found.pop()
    return None

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

# Proleptic Gregorian ordinals, 1 for 0001-01-01 (`date.toordinal`, which
# monty lacks), and back.
def _ordinal(year, month, day):
    before = year - 1
    return before * 365 + before // 4 - before // 100 + before // 400 + _DAYS_BEFORE[month - 1] + (1 if month > 2 and _is_leap(year) else 0) + day

def _from_ordinal(n):
    year = (n - 1) * 400 // 146097 + 1
    while _ordinal(year, 1, 1) > n:
        year -= 1
    while _ordinal(year + 1, 1, 1) <= n:
        year += 1
    month = 12
    while _ordinal(year, month, 1) > n:
        month -= 1
    return year, month, n - _ordinal(year, month, 1) + 1

def _weekday(ordinal):
    return (ordinal + 6) % 7

def _year_start(year):
    if year < 1 or year > 9999:
        raise ValueError(f"year {year} is out of range")
    return _ordinal(year, 1, 1)

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

def _date_ordinal(year, month, day):
    _year_start(year)
    if day > _MONTH_DAYS[month - 1] + (1 if month == 2 and _is_leap(year) else 0):
        raise ValueError("day is out of range for month")
    return _ordinal(year, month, day)

def _julian_from_week(year, week, weekday, starts_monday):
    first = _weekday(_year_start(year))
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday

def _julian_from_iso(iso_year, iso_week, iso_weekday):
    ordinal = iso_week * 7 + iso_weekday - (_weekday(_year_start(iso_year) + 3) + 4)
    if ordinal < 1:
        ordinal += _year_start(iso_year)
        iso_year -= 1
        ordinal -= _year_start(iso_year)
    return iso_year, ordinal

# CPython's _strptime: the struct_time fields, then the microseconds, the
# zone name and offset (None when the format has none) and the offset's
# microseconds.
def parse(string, format):
    tokens = []
    if not _tokens(format, tokens):
        raise ValueError(f"stray % in format '{format}'")
    codes = [code for kind, code in tokens if kind == "directive"]
    for code in codes:
        if codes.count(code) > 1:
            raise NotImplementedError(f"strptime() with the directive '%{code}' twice in the format is not available in the sandbox")
    found = []
    end = _match(tokens, 0, string, 0, found)
    if end is None:
        raise ValueError(f"time data {string!r} does not match format {format!r}")
    if end != len(string):
        raise ValueError(f"unconverted data remains: {string[end:]}")
    pm = False
    for code, value in found:
        if code == "p":
            pm = value.lower() == "pm"
    year = None
    iso_year = None
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    fraction = 0
    tz = -1
    tzname = None
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = None
    week = None
    starts_monday = None
    weekday = None
    julian = None
    for code, value in found:
        if code == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif code == "Y":
            year = int(value)
        elif code == "G":
            iso_year = int(value)
        elif code == "m":
            month = int(value)
        elif code == "B":
            month = [m.lower() for m in _MONTHS].index(value.lower()) + 1
        elif code == "b":
            month = [m[:3].lower() for m in _MONTHS].index(value.lower()) + 1
        elif code == "d":
            day = int(value)
        elif code == "H":
            hour = int(value)
        elif code == "I":
            # As CPython: %p moves only an %I hour, and %I alone is AM.
            hour = int(value) % 12
            if pm:
                hour += 12
        elif code == "M":
            minute = int(value)
        elif code == "S":
            second = int(value)
        elif code == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif code == "A":
            weekday = [d.lower() for d in _DAYS].index(value.lower())
        elif code == "a":
            weekday = [d[:3].lower() for d in _DAYS].index(value.lower())
        elif code == "w":
            weekday = (int(value) + 6) % 7
        elif code == "u":
            weekday = int(value) - 1
        elif code == "j":
            julian = int(value)
        elif code in ("U", "W"):
            week = int(value)
            starts_monday = code == "W"
        elif code == "V":
            iso_week = int(value)
        elif code == "z":
            gmtoff, gmtoff_fraction = _offset(value)
        elif code == "Z":
            tzname = value
            tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
    # CPython computes with a leap year when Feb 29 comes without a year,
    # and gives 1900 back.
    leap_year_fix = year is None and month == 2 and day == 29
    if leap_year_fix:
        year = 1904
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            _year_start(year)
            julian = _julian_from_week(year, week, weekday, starts_monday)
        elif iso_year is not None and iso_week is not None:
            _year_start(iso_year)
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _date_ordinal(year, month, day) - _year_start(year) + 1
    else:
        moment = julian - 1 + _year_start(year)
        if moment > 3652059:
            raise ValueError("year 10000 is out of range")
        year, month, day = _from_ordinal(moment)
    if weekday is None:
        weekday = _weekday(_ordinal(year, month, day))
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz), fraction, tzname, gmtoff, gmtoff_fraction

def _offset(value):
    if value == "Z":
        return 0, 0
    z = value
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError(f"Inconsistent use of : in {value}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    rest = z[8:]
    fraction = int(rest + "0" * (6 - len(rest)))
    if z[0] == "-":
        return -seconds, -fraction
    return seconds, fraction

def datetime_of(cls, string, format):
    if type(string) is not str:
        raise TypeError(f"strptime() argument 1 must be str, not {type(string).__name__}")
    if type(format) is not str:
        raise TypeError(f"strptime() argument 2 must be str, not {type(format).__name__}")
    fields, fraction, tzname, gmtoff, gmtoff_fraction = parse(string, format)
    if gmtoff is None:
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction)
    if gmtoff_fraction != 0:
        raise NotImplementedError("datetime.strptime() of a UTC offset with a fraction of a second is not available in the sandbox")
    delta = _dt.timedelta(seconds=gmtoff)
    if not -86400 < gmtoff < 86400:
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {delta!r}.")
    zone = _dt.timezone(delta, tzname) if tzname else _dt.timezone(delta)
    return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction, tzinfo=zone)

# `x.strptime`, as the prepass writes it: the parser above for monty's
# datetime class, anything else's own (the sandbox's `time` module's).
def method(obj):
    if obj is _dt.datetime:
        return lambda *args: datetime_of(obj, *args)
    return __codeact_mod__sandbox.method(obj, "strptime")
