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
