import math as _math
from collections import namedtuple as _namedtuple

StatisticsError = ValueError

LinearRegression = _namedtuple("LinearRegression", ["slope", "intercept"])

def _bits(n):
    length = 0
    while n >= 4294967296:
        n >>= 32
        length += 32
    while n:
        n >>= 1
        length += 1
    return length

def _gcd(a, b):
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b:
        a, b = b, a % b
    return a

def _isqrt(n):
    if n < 2:
        return n
    x = 1 << ((_bits(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def _ratio(x):
    if type(x) is int or type(x) is bool:
        return (int(x), 1)
    if type(x) is float:
        if not _math.isfinite(x):
            return None
        mantissa, exponent = _math.frexp(x)
        n = int(mantissa * 9007199254740992.0)
        exponent -= 53
        if exponent >= 0:
            return (n << exponent, 1)
        d = 1 << -exponent
        g = _gcd(n, d)
        return (n // g, d // g)
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")

def _add(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = _gcd(n, d)
    return (n // g, d // g)

def _div(a, n):
    num = a[0]
    den = a[1] * n
    if den < 0:
        num = -num
        den = -den
    g = _gcd(num, den)
    return (num // g, den // g)

def _to_float(n, d):
    if n == 0:
        return 0.0
    negative = n < 0
    if negative:
        n = -n
    shift = 55 - (_bits(n) - _bits(d))
    if shift >= 0:
        q, r = divmod(n << shift, d)
    else:
        q, r = divmod(n, d << -shift)
    extra = _bits(q) - 53
    if extra > 0:
        low = q & ((1 << extra) - 1)
        q >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r != 0 or q & 1)):
            q += 1
        shift -= extra
    result = _math.ldexp(float(q), -shift)
    return -result if negative else result

def _kind(data):
    kind = int
    for x in data:
        if type(x) is float:
            kind = float
        elif type(x) is not int and type(x) is not bool:
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    return kind

def _special_sum(data):
    total = 0.0
    for x in data:
        total += x
    return total

def _exact_sum(data):
    total = (0, 1)
    for x in data:
        ratio = _ratio(x)
        if ratio is None:
            return None
        total = _add(total, ratio)
    return total

def _convert(ratio, kind):
    if kind is int and ratio[1] == 1:
        return ratio[0]
    return _to_float(ratio[0], ratio[1])

def _fsum(data):
    data = list(data)
    total = _exact_sum(data)
    if total is None:
        return _special_sum(data)
    return _to_float(total[0], total[1])

def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    kind = _kind(data)
    total = _exact_sum(data)
    if total is None:
        return _special_sum(data) / n
    return _convert(_div(total, n), kind)

def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return _fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = _fsum(x * w for x, w in zip(data, weights))
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den

def geometric_mean(data):
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers")

def harmonic_mean(data, weights=None):
    data = list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        _kind([x])
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _exact_sum(weights)
        for w in weights:
            if w < 0:
                raise StatisticsError("Weights cannot be negative")
    for x in data:
        if x < 0:
            raise StatisticsError(message)
    try:
        terms = [w / x if w else 0 for w, x in zip(weights, data)]
    except ZeroDivisionError:
        return 0
    kind = _kind(terms)
    total = _exact_sum(terms)
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(_div((sum_weights[0] * total[1], sum_weights[1]), total[0]), kind)

def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2

def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]

def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]

def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n == 1:
        return data[0]
    # The middle value stands for the centre of its class interval.
    x = data[n // 2]
    for value in (x, interval):
        if isinstance(value, (str, bytes)):
            raise TypeError(f"expected number but got {value!r}")
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    below = 0
    while data[below] != x:
        below += 1
    count = 0
    while below + count < n and data[below + count] == x:
        count += 1
    return lower + interval * (n / 2 - below) / count

def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts[x] + 1 if x in counts else 1
    return counts

def mode(data):
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    if best_count == 0:
        raise StatisticsError("no mode for empty data")
    return best

def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]

def _ss(data, c):
    if c is not None:
        terms = [(x - c) * (x - c) for x in data]
        kind = _kind(terms)
        total = _exact_sum(terms)
        return kind, total, len(terms)
    kind = _kind(data)
    n = len(data)
    ratios = [_ratio(x) for x in data]
    if None in ratios:
        return kind, None, n
    if n == 0:
        return kind, (0, 1), 0
    sx = (0, 1)
    sxx = (0, 1)
    for ratio in ratios:
        sx = _add(sx, ratio)
        sxx = _add(sxx, (ratio[0] * ratio[0], ratio[1] * ratio[1]))
    ssd = _add((n * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
    return kind, _div(ssd, n), n

def _nan():
    return float("nan")

def variance(data, xbar=None):
    data = list(data)
    kind, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    if ss is None:
        return _nan()
    return _convert(_div(ss, n - 1), kind)

def pvariance(data, mu=None):
    data = list(data)
    kind, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if ss is None:
        return _nan()
    return _convert(_div(ss, n), kind)

def _sqrt_ratio(n, m):
    if n == 0:
        return 0.0
    q = (_bits(n) - _bits(m) - 109) // 2
    if q >= 0:
        a = _isqrt(n // (m << 2 * q))
        a = a | (1 if a * a * (m << 2 * q) != n else 0)
        return _to_float(a << q, 1)
    scaled = n << -2 * q
    a = _isqrt(scaled // m)
    a = a | (1 if a * a * m != scaled else 0)
    return _to_float(a, 1 << -q)

def stdev(data, xbar=None):
    data = list(data)
    kind, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    if ss is None:
        return _nan()
    mss = _div(ss, n - 1)
    return _sqrt_ratio(mss[0], mss[1])

def pstdev(data, mu=None):
    data = list(data)
    kind, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    if ss is None:
        return _nan()
    mss = _div(ss, n)
    return _sqrt_ratio(mss[0], mss[1])

def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")

def _pair_check(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n

def covariance(x, y):
    n = _pair_check(x, y, "covariance")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)

def correlation(x, y):
    n = _pair_check(x, y, "correlation")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / _math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")

def linear_regression(x, y, *, proportional=False):
    n = _pair_check(x, y, "linear regression")
    if proportional:
        sxy = _fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _fsum([xi * xi for xi in x])
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# NormalDist. CPython's cdf and overlap take the C library's erf, which the
# sandbox's math bridge gives (monty's differs in the last bit); inv_cdf is
# Wichura's algorithm AS241, as CPython's, with its published coefficients,
# highest power first. The properties are plain attributes here (a module's
# classes take no @property); the arithmetic operators go through the
# `_classes` module, which code naming NormalDist routes its operators to.
def _erf(x):
    return __codeact_mod__sandbox.math_of(_math, "erf")(x)


_AS241_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608)
_AS241_CENTRAL_DEN = (5226.495278852545561, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0)
_AS241_NEAR_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0)
_AS241_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772)
_AS241_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_AS241_CENTRAL_NUM, r) * q / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = _math.sqrt(-_math.log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)
        self.mean = self._mu
        self.median = self._mu
        self.mode = self._mu
        self.stdev = self._sigma
        self.variance = self._sigma ** 2
        __codeact_mod__sandbox.register_operators(NormalDist, _OPERATORS, _OPERATORS_REGISTERED)

    def samples(self, n, *, seed=None):
        gauss = __codeact_mod_random.gauss if seed is None else __codeact_mod_random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for i in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return _math.exp(diff * diff / (-2.0 * variance)) / _math.sqrt(_math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if type(other) is not NormalDist:
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        # Sorted, so that the answer does not depend on the order.
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = _math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * _math.sqrt(dm * dm + dv * _math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (_math.fabs(Y.cdf(x1) - X.cdf(x1)) + _math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    def __eq__(self, other):
        if type(other) is not NormalDist:
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"


_SQRT2 = _math.sqrt(2.0)


# A classmethod, set on the class (the module's own code takes no
# decorators), so NormalDist.from_samples(data) reads as CPython's.
def _from_samples(data):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError("stdev requires at least two data points")
    return NormalDist(float(mean(data)), stdev(data))


NormalDist.from_samples = _from_samples


def _nd_add(x1, x2):
    if type(x2) is NormalDist:
        return NormalDist(x1._mu + x2._mu, _nd_hypot(x1._sigma, x2._sigma))
    return NormalDist(x1._mu + x2, x1._sigma)


def _nd_sub(x1, x2):
    if type(x2) is NormalDist:
        return NormalDist(x1._mu - x2._mu, _nd_hypot(x1._sigma, x2._sigma))
    return NormalDist(x1._mu - x2, x1._sigma)


def _nd_rsub(x1, x2):
    return _nd_neg(_nd_sub(x1, x2))


def _nd_mul(x1, x2):
    return NormalDist(x1._mu * x2, x1._sigma * _math.fabs(x2))


def _nd_truediv(x1, x2):
    return NormalDist(x1._mu / x2, x1._sigma / _math.fabs(x2))


def _nd_pos(x1):
    return NormalDist(x1._mu, x1._sigma)


def _nd_neg(x1):
    return NormalDist(-x1._mu, x1._sigma)


def _nd_hypot(a, b):
    return __codeact_mod__sandbox.math_of(_math, "hypot")(a, b)


_OPERATORS = (("__add__", _nd_add), ("__radd__", _nd_add), ("__sub__", _nd_sub), ("__rsub__", _nd_rsub), ("__mul__", _nd_mul), ("__rmul__", _nd_mul), ("__truediv__", _nd_truediv), ("__pos__", _nd_pos), ("__neg__", _nd_neg))
_OPERATORS_REGISTERED = []

__codeact_mod__sandbox.register_operators(NormalDist, _OPERATORS, _OPERATORS_REGISTERED)
