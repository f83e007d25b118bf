import math as _math

_N = 624
_LOG4 = _math.log(4.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)
_TWOPI = 2.0 * _math.pi
_M = 397

def _bit_length(n):
    if n < 0:
        n = -n
    length = 0
    while n >= 4294967296:
        n >>= 32
        length += 32
    while n:
        n >>= 1
        length += 1
    return length

def _index(value, what):
    if type(value) is int or type(value) is bool:
        return int(value)
    if type(value) is float and value == int(value):
        return int(value)
    raise ValueError(f"non-integer {what} for randrange()")

def _float_hash(x):
    if x != x:
        raise NotImplementedError("random.seed() with a NaN is not available in the sandbox; seed with an int")
    if x == float("inf"):
        return 314159
    if x == float("-inf"):
        return -314159
    modulus = 2305843009213693951
    mantissa, exponent = _math.frexp(-x if x < 0 else x)
    n = int(mantissa * 9007199254740992.0)
    h = (n % modulus) * (1 << ((exponent - 53) % 61)) % modulus
    if x < 0:
        h = -h
    return -2 if h == -1 else h

class Random:
    def __init__(self, x=None):
        self.mt = [0] * _N
        self.mti = _N
        self.gauss_next = None
        self.seed(x)

    def _init_genrand(self, s):
        mt = self.mt
        mt[0] = s & 4294967295
        for i in range(1, _N):
            previous = mt[i - 1]
            mt[i] = (1812433253 * (previous ^ (previous >> 30)) + i) & 4294967295
        self.mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self.mt
        i = 1
        j = 0
        length = len(key)
        for _ in range(_N if _N > length else length):
            previous = mt[i - 1]
            mt[i] = ((mt[i] ^ ((previous ^ (previous >> 30)) * 1664525)) + key[j] + j) & 4294967295
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            previous = mt[i - 1]
            mt[i] = ((mt[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i) & 4294967295
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 2147483648

    def seed(self, a=None, version=2):
        if a is None:
            a = __codeact_host_entropy()
        if type(a) is float:
            # CPython seeds with the hash read as an unsigned machine word.
            a = _float_hash(a) % 18446744073709551616
        elif type(a) is bool:
            a = int(a)
        elif (type(a) is str or type(a) is bytes) and version == 2:
            # CPython's version 2: the bytes and their SHA-512 digest, read
            # as one big-endian int.
            data = a.encode() if type(a) is str else a
            a = 0
            for byte in data + __codeact_host_sha512(data):
                a = a * 256 + byte
        elif type(a) is not int:
            raise NotImplementedError(f"random.seed() with a {type(a).__name__} is not available in the sandbox; seed with an int")
        if a < 0:
            a = -a
        key = []
        while a:
            key.append(a & 4294967295)
            a >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        self.gauss_next = None

    def _twist(self):
        mt = self.mt
        for k in range(_N):
            y = (mt[k] & 2147483648) | (mt[(k + 1) % _N] & 2147483647)
            value = mt[(k + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= 2567483615
            mt[k] = value
        self.mti = 0

    def _genrand(self):
        if self.mti >= _N:
            self._twist()
        y = self.mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 2636928640
        y ^= (y << 15) & 4022730752
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if type(k) is not int:
            raise TypeError(f"'{type(k).__name__}' object cannot be interpreted as an integer")
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            if k == 0:
                return 0
            return self._genrand() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            word = self._genrand()
            if k < 32:
                word >>= 32 - k
            result |= word << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        k = _bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({istart}, {istop}, {width})")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            item = x[i]
            x[i] = x[j]
            x[j] = item

    def sample(self, population, k, *, counts=None):
        if type(population) is set or type(population) is frozenset or type(population) is dict:
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        if counts is not None:
            raise NotImplementedError("random.sample(counts=...) is not available in the sandbox; repeat the items in the population instead")
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_math.floor(self.random() * size)] for _ in range(k)]
            cum_weights = []
            total = None
            for weight in weights:
                total = weight if total is None else total + weight
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        picks = []
        for _ in range(k):
            x = self.random() * total
            lo = 0
            top = hi
            while lo < top:
                mid = (lo + top) // 2
                if x < cum_weights[mid]:
                    top = mid
                else:
                    lo = mid + 1
            picks.append(population[lo])
        return picks

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * (2.0 * _math.pi)
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        magic = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = magic * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_math.log(u2):
                break
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # R.C.H. Cheng's rejection method for shapes above one.
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        # Algorithm GS (Kennedy and Gentle) for shapes below one.
        while True:
            u = self.random()
            b = (_math.e + alpha) / _math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return _TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _math.acos(f)) % _TWOPI
        return (mu - _math.acos(f)) % _TWOPI

    def randbytes(self, n):
        return __codeact_mod__sandbox.to_bytes(self.getrandbits(n * 8), n, "little")

    def getstate(self):
        return (3, tuple(self.mt + [self.mti]), self.gauss_next)

    def setstate(self, state):
        if len(state) != 3 or state[0] != 3:
            raise ValueError("state with version " + str(state[0]) + " passed to Random.setstate() of version 3")
        internal = list(state[1])
        self.mt = internal[:_N]
        self.mti = internal[_N]
        self.gauss_next = state[2]

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
vonmisesvariate = _inst.vonmisesvariate
randbytes = _inst.randbytes
gauss = _inst.gauss
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
