# `complex`, which monty 0.0.23 lacks (the prepass makes `2j` and
# `complex(...)` this class): CPython 3.11's complex numbers, two floats
# with its arithmetic (Objects/complexobject.c: the componentwise sum and
# product, the quotient by the larger part of the divisor, integer powers
# up to 100 by repeated squaring and others in polar form), its repr and
# format(), its hash and its errors. The operators reach it through the
# `_classes` module, which the prepass routes `+`, `*`, `**`... to in a
# session that names `complex` or writes an imaginary literal.
import math as _math

_REALS = (int, float, bool)
_OPERATORS_REGISTERED = []


def _parts(x):
    if type(x) is complex:
        return x.real, x.imag
    if type(x) in _REALS:
        return float(x), 0.0
    return None


def _repr_part(x):
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def _sum(a, b):
    return complex(a[0] + b[0], a[1] + b[1])


def _difference(a, b):
    return complex(a[0] - b[0], a[1] - b[1])


def _product(a, b):
    return (a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])


def _quotient(a, b):
    abs_real = -b[0] if b[0] < 0 else b[0]
    abs_imag = -b[1] if b[1] < 0 else b[1]
    if abs_real >= abs_imag:
        if abs_real == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = b[1] / b[0]
        denominator = b[0] + b[1] * ratio
        return ((a[0] + a[1] * ratio) / denominator, (a[1] - a[0] * ratio) / denominator)
    if abs_imag >= abs_real:
        ratio = b[0] / b[1]
        denominator = b[0] * ratio + b[1]
        return ((a[0] * ratio + a[1]) / denominator, (a[1] * ratio - a[0]) / denominator)
    # A part of the divisor is a NaN.
    return (_math.nan, _math.nan)


def _power_unsigned(x, n):
    result = (1.0, 0.0)
    power = x
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            result = _product(result, power)
        mask <<= 1
        power = _product(power, power)
    return result


# The C library's pow, exp, cos and sin, which give an infinity or a NaN
# where Python's math functions raise, and set `errno` (a list of one
# here: "EDOM", "ERANGE" or None), which CPython's complex_pow reads.
def _c_pow(x, y, errno):
    try:
        return _math.pow(x, y)
    except OverflowError:
        errno[0] = "ERANGE"
        return _math.inf
    except ValueError:
        errno[0] = "EDOM"
        return _math.nan


def _c_exp(x, errno):
    try:
        return _math.exp(x)
    except OverflowError:
        errno[0] = "ERANGE"
        return _math.inf


def _c_trig(f, x, errno):
    if _math.isinf(x):
        errno[0] = "EDOM"
        return _math.nan
    return f(x)


def _c_divide(x, y):
    if y != 0.0:
        return x / y
    if x == 0.0 or _math.isnan(x):
        return _math.nan
    return _math.copysign(_math.inf, x) * _math.copysign(1.0, y)


def _c_hypot(x, y):
    if _math.isinf(x) or _math.isinf(y):
        return _math.inf
    if _math.isnan(x) or _math.isnan(y):
        return _math.nan
    # The C library's, as CPython's (its last bit can differ from the
    # correctly rounded math.hypot); that one where the host cannot be
    # reached (code the interpreter calls by itself) or lacks it.
    try:
        value = __codeact_host_hypot(x, y)
    except NotImplementedError:
        value = None
    if value is None:
        return __codeact_mod__sandbox.hypot(x, y)
    return value


def _power(a, b):
    errno = [None]
    if b[1] == 0.0 and _math.isfinite(b[0]) and b[0] == _math.floor(b[0]) and abs(b[0]) <= 100.0:
        n = int(b[0])
        if n > 0:
            result = _power_unsigned(a, n)
        else:
            try:
                result = _quotient((1.0, 0.0), _power_unsigned(a, -n))
            except ZeroDivisionError:
                errno[0] = "EDOM"
                result = (0.0, 0.0)
    elif b[0] == 0.0 and b[1] == 0.0:
        result = (1.0, 0.0)
    elif a[0] == 0.0 and a[1] == 0.0:
        if b[1] != 0.0 or b[0] < 0.0:
            errno[0] = "EDOM"
        result = (0.0, 0.0)
    else:
        size = _c_hypot(a[0], a[1])
        length = _c_pow(size, b[0], errno)
        angle = _math.atan2(a[1], a[0])
        phase = angle * b[0]
        if b[1] != 0.0:
            length = _c_divide(length, _c_exp(angle * b[1], errno))
            phase += b[1] * _math.log(size)
        result = (length * _c_trig(_math.cos, phase, errno), length * _c_trig(_math.sin, phase, errno))
    # _Py_ADJUST_ERANGE2: an infinite part is a range error, a finite
    # result clears one.
    if _math.isinf(result[0]) or _math.isinf(result[1]):
        if errno[0] is None:
            errno[0] = "ERANGE"
    elif errno[0] == "ERANGE":
        errno[0] = None
    if errno[0] == "EDOM":
        raise ZeroDivisionError("0.0 to a negative or complex power")
    if errno[0] == "ERANGE":
        raise OverflowError("complex exponentiation")
    return complex(result[0], result[1])


_MALFORMED = "complex() arg is a malformed string"


def _float_text(text):
    # A float's text as float() reads it; None for anything else.
    if text == "" or text[-1] in "eE" or "_" in text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _from_string(text):
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if s == "":
        raise ValueError(_MALFORMED)
    if s[-1] not in "jJ":
        value = _float_text(s)
        if value is None:
            raise ValueError(_MALFORMED)
        return value, 0.0
    body = s[:-1]
    # The split between the parts: the last sign that is not the first
    # character and does not follow an exponent's e.
    split = -1
    for i in range(len(body) - 1, 0, -1):
        if body[i] in "+-" and body[i - 1] not in "eE":
            split = i
            break
    real_text = body[:split] if split > 0 else ""
    imag_text = body[split:] if split > 0 else body
    if imag_text in ("", "+", "-"):
        imag_text += "1"
    imag = _float_text(imag_text)
    if imag is None:
        raise ValueError(_MALFORMED)
    if real_text == "":
        return 0.0, imag
    real = _float_text(real_text)
    if real is None:
        raise ValueError(_MALFORMED)
    return real, imag


def _type_name(x):
    return type(x).__name__


class complex:
    def __init__(self, real=0, imag=None):
        if type(real) is str:
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            parsed = _from_string(real)
            self.real = parsed[0]
            self.imag = parsed[1]
        else:
            first = _parts(real)
            if first is None:
                raise TypeError(f"complex() first argument must be a string or a number, not '{_type_name(real)}'")
            if imag is None:
                second = (0.0, 0.0)
            else:
                if type(imag) is str:
                    raise TypeError("complex() second arg can't be a string")
                second = _parts(imag)
                if second is None:
                    raise TypeError(f"complex() second argument must be a number, not '{_type_name(imag)}'")
            # CPython's complex(a, b): a + b*1j, the parts added as floats.
            real_part = first[0] - second[1] if type(imag) is complex else first[0]
            imag_part = first[1] + second[0] if type(real) is complex else second[0]
            self.real = real_part
            self.imag = imag_part
        __codeact_mod__sandbox.register_operators(complex, _OPERATORS, _OPERATORS_REGISTERED)

    def __repr__(self):
        if self.real == 0.0 and _math.copysign(1.0, self.real) == 1.0:
            return _repr_part(self.imag) + "j"
        sign = "-" if _math.copysign(1.0, self.imag) < 0 else "+"
        if _math.isnan(self.imag):
            sign = "+"
        return "(" + _repr_part(self.real) + sign + _repr_part(abs(self.imag)) + "j)"

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        return _format(self, spec)

    def __eq__(self, other):
        parts = _parts(other)
        if parts is None:
            return False
        return self.real == parts[0] and self.imag == parts[1]

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        combined = hash(self.real) + 1000003 * hash(self.imag)
        combined &= 0xFFFFFFFFFFFFFFFF
        if combined >= 0x8000000000000000:
            combined -= 0x10000000000000000
        return -2 if combined == -1 else combined

    def __bool__(self):
        return self.real != 0.0 or self.imag != 0.0

    def conjugate(self):
        return complex(self.real, -self.imag)


def _add(a, b):
    other = _parts(b)
    return NotImplemented if other is None else _sum((a.real, a.imag), other)


def _sub(a, b):
    other = _parts(b)
    return NotImplemented if other is None else _difference((a.real, a.imag), other)


def _rsub(a, b):
    other = _parts(b)
    return NotImplemented if other is None else _difference(other, (a.real, a.imag))


def _mul(a, b):
    other = _parts(b)
    if other is None:
        return NotImplemented
    result = _product((a.real, a.imag), other)
    return complex(result[0], result[1])


def _truediv(a, b):
    other = _parts(b)
    if other is None:
        return NotImplemented
    result = _quotient((a.real, a.imag), other)
    return complex(result[0], result[1])


def _rtruediv(a, b):
    other = _parts(b)
    if other is None:
        return NotImplemented
    result = _quotient(other, (a.real, a.imag))
    return complex(result[0], result[1])


def _pow(a, b, modulo=None):
    if modulo is not None:
        raise ValueError("complex modulo")
    other = _parts(b)
    return NotImplemented if other is None else _power((a.real, a.imag), other)


def _rpow(a, b):
    other = _parts(b)
    return NotImplemented if other is None else _power(other, (a.real, a.imag))


def _neg(a):
    return complex(-a.real, -a.imag)


def _pos(a):
    return complex(a.real, a.imag)


def _abs(a):
    if _math.isinf(a.real) or _math.isinf(a.imag):
        return _math.inf
    if _math.isnan(a.real) or _math.isnan(a.imag):
        return _math.nan
    result = _c_hypot(a.real, a.imag)
    if _math.isinf(result):
        raise OverflowError("absolute value too large")
    return result


_OPERATORS = (
    ("__add__", _add), ("__radd__", _add), ("__sub__", _sub), ("__rsub__", _rsub),
    ("__mul__", _mul), ("__rmul__", _mul), ("__truediv__", _truediv), ("__rtruediv__", _rtruediv),
    ("__pow__", _pow), ("__rpow__", _rpow), ("__neg__", _neg), ("__pos__", _pos), ("__abs__", _abs),
    ("__bool__", lambda z: z.real != 0.0 or z.imag != 0.0),
)


def _formatted(x, spec):
    return f"{x:{spec}}"


# format(z, spec): CPython's format_complex_internal. Without a type, like
# str() (with a precision, 'g' in parentheses); with e, f, g or their
# capitals, the parts so formatted, the imaginary one always signed, and
# no parentheses. The width and alignment are the whole text's.
def _format(z, spec):
    if spec == "":
        return str(z)
    i = 0
    fill = " "
    align = ">"
    if len(spec) >= 2 and spec[1] in "<>^=":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "^", "="):
        align = spec[0]
        i = 1
    if align == "=":
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    sign = ""
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    if spec[i:i + 1] == "0":
        raise ValueError("Zero padding is not allowed in complex format specifier")
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    precision = None
    if spec[i:i + 1] == ".":
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Format specifier missing precision")
        precision = int(spec[start:i])
    kind = spec[i:]
    if kind not in ("", "e", "E", "f", "F", "g", "G"):
        if len(kind) == 1:
            raise ValueError(f"Unknown format code '{kind}' for object of type 'complex'")
        raise ValueError("Invalid format specifier")
    real = z.real
    imag = z.imag
    if kind == "":
        parens = True
        skip_real = real == 0.0 and _math.copysign(1.0, real) == 1.0
        if precision is None:
            real_text = _repr_part(real)
            imag_text = _repr_part(abs(imag))
        else:
            real_text = _formatted(real, f".{precision}g")
            imag_text = _formatted(abs(imag), f".{precision}g")
    else:
        parens = False
        skip_real = False
        digits = "" if precision is None else f".{precision}"
        real_text = _formatted(real, digits + kind)
        imag_text = _formatted(abs(imag), digits + kind)
    if real_text.startswith("-"):
        real_text = real_text[1:]
    real_sign = "-" if _math.copysign(1.0, real) < 0 and not _math.isnan(real) else ("+" if sign == "+" else (" " if sign == " " else ""))
    imag_sign = "-" if _math.copysign(1.0, imag) < 0 and not _math.isnan(imag) else "+"
    if skip_real:
        body = ("-" if imag_sign == "-" else ("+" if sign == "+" else (" " if sign == " " else ""))) + imag_text + "j"
        parens = False
    else:
        body = real_sign + real_text + imag_sign + imag_text + "j"
    if parens:
        body = "(" + body + ")"
    pad = width - len(body)
    if pad <= 0:
        return body
    if align == "<":
        return body + fill * pad
    if align == "^":
        return fill * (pad // 2) + body + fill * (pad - pad // 2)
    return fill * pad + body


# `a ** b` and `pow(a, b)` where the exponent is not written as a whole
# number (see rewrite/negative_powers.rs): a negative base to a finite
# exponent that is not whole is complex power, as CPython's float_pow
# hands it on; anything else is `**` as written, through the `_classes`
# module where the code's classes may define `__pow__`.
def power(a, b):
    if type(a) in _REALS and type(b) in _REALS:
        if a < 0 and type(b) is float and _math.isfinite(b) and b != _math.floor(b) and _math.isfinite(float(a)):
            return _power((float(a), 0.0), (b, 0.0))
        return a ** b
    try:
        classes = __codeact_mod__classes
    except NameError:
        return a ** b
    return classes.pow_(a, b)
