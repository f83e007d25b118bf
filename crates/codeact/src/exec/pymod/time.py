_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

class struct_time:
    def __init__(self, values):
        values = tuple(values)
        if len(values) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(values)}-sequence given)")
        self.values = values
        self.tm_year = values[0]
        self.tm_mon = values[1]
        self.tm_mday = values[2]
        self.tm_hour = values[3]
        self.tm_min = values[4]
        self.tm_sec = values[5]
        self.tm_wday = values[6]
        self.tm_yday = values[7]
        self.tm_isdst = values[8]
        self.tm_zone = "UTC"
        self.tm_gmtoff = 0
        __codeact_mod__sandbox.register_operators(struct_time, _OPERATORS, _OPERATORS_REGISTERED)

    def __repr__(self):
        parts = ", ".join(f"{name}={value}" for name, value in zip(_FIELDS, self.values))
        return f"time.struct_time({parts})"

    def __eq__(self, other):
        return isinstance(other, struct_time) and self.values == other.values

    def __iter__(self):
        return iter(self.values)

    def __getitem__(self, index):
        return self.values[index]

    def __len__(self):
        return 9

# t[0] and len(t), through `_classes` (see _sandbox.register_operators).
_OPERATORS = (("__getitem__", struct_time.__getitem__), ("__len__", struct_time.__len__))
_OPERATORS_REGISTERED = []

def time():
    return __codeact_host_time()

def time_ns():
    return __codeact_host_time_ns()

def monotonic():
    return __codeact_host_monotonic()

def perf_counter():
    return __codeact_host_monotonic()

def monotonic_ns():
    return int(__codeact_host_monotonic() * 1000000000)

def perf_counter_ns():
    return int(__codeact_host_monotonic() * 1000000000)

def sleep(secs):
    __codeact_host_sleep(secs)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

def _days_before_month(year, month):
    days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    if month > 2 and _is_leap(year):
        days += 1
    return days

def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y, m, d)

def gmtime(secs=None):
    if secs is None:
        secs = __codeact_host_time()
    secs = int(secs // 1)
    days = secs // 86400
    rest = secs - days * 86400
    year, month, day = _civil_from_days(days)
    yday = _days_before_month(year, month) + day
    wday = (days + 3) % 7
    return struct_time((year, month, day, rest // 3600, rest % 3600 // 60, rest % 60, wday, yday, 0))

def localtime(secs=None):
    raise NotImplementedError("time.localtime() is not available in the sandbox (it has no time zone); use time.gmtime()")

def asctime(t=None):
    if t is None:
        t = localtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    return __codeact_mod__sandbox.ctime_text(t.tm_wday, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)

def ctime(secs=None):
    return asctime(localtime(secs))

def mktime(t):
    raise NotImplementedError("time.mktime() is not available in the sandbox (it has no time zone); use calendar-free arithmetic on time.gmtime()")

def _two(n):
    return f"{n:02d}"

def strftime(format, t=None):
    if t is None:
        t = gmtime()
    if not isinstance(t, struct_time):
        t = struct_time(t)
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != "%" or i + 1 >= len(format):
            out.append(c)
            i += 1
            continue
        code = format[i + 1]
        i += 2
        hour12 = t.tm_hour % 12 or 12
        if code == "Y":
            out.append(str(t.tm_year))
        elif code == "m":
            out.append(_two(t.tm_mon))
        elif code == "d":
            out.append(_two(t.tm_mday))
        elif code == "H":
            out.append(_two(t.tm_hour))
        elif code == "M":
            out.append(_two(t.tm_min))
        elif code == "S":
            out.append(_two(t.tm_sec))
        elif code == "y":
            out.append(_two(t.tm_year % 100))
        elif code == "j":
            out.append(f"{t.tm_yday:03d}")
        elif code == "a":
            out.append(_DAYS[t.tm_wday][:3])
        elif code == "A":
            out.append(_DAYS[t.tm_wday])
        elif code == "b":
            out.append(_MONTHS[t.tm_mon - 1][:3])
        elif code == "B":
            out.append(_MONTHS[t.tm_mon - 1])
        elif code == "I":
            out.append(_two(hour12))
        elif code == "p":
            out.append("AM" if t.tm_hour < 12 else "PM")
        elif code == "w":
            out.append(str((t.tm_wday + 1) % 7))
        elif code == "Z":
            out.append("UTC")
        elif code == "z":
            out.append("+0000")
        elif code == "%":
            out.append("%")
        else:
            raise NotImplementedError(f"time.strftime() directive '%{code}' is not available in the sandbox")
    return "".join(out)

def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    if type(string) is not str:
        raise TypeError(f"strptime() argument 0 must be str, not {type(string)}")
    if type(format) is not str:
        raise TypeError(f"strptime() argument 1 must be str, not {type(format)}")
    parsed = __codeact_mod__strptime.parse(string, format)
    result = struct_time(parsed[0])
    result.tm_zone = parsed[2]
    result.tm_gmtoff = parsed[3]
    return result
