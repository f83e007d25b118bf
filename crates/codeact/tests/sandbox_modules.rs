//! The standard-library modules the sandbox provides in Python (heapq,
//! bisect, operator, itertools additions, random, statistics, string, copy,
//! stat, time, functools, textwrap) against what CPython 3.11
//! prints for the same code, byte for byte. The expected outputs were
//! produced with python3 when the cases were written.

use codeact::exec::{CodeExecutor, Execution, InProcessExecutor, SandboxConfig};
use codeact::tool::ToolSet;

fn session() -> InProcessExecutor {
    InProcessExecutor::new(SandboxConfig::default().allow_import("*"))
}

async fn run(session: &mut InProcessExecutor, code: &str) -> Execution {
    session
        .execute(code, &ToolSet::default())
        .await
        .expect("the executor itself does not fail")
}

#[tokio::test]
async fn modules_print_what_cpython_prints() {
    let mut failures = Vec::new();
    for (name, code, expected) in CASES {
        let execution = run(&mut session(), code).await;
        if let Some(error) = &execution.error {
            failures.push(format!(
                "{name}: {error}\n(printed so far: {})",
                execution.output
            ));
        } else if execution.output != *expected {
            failures.push(format!(
                "{name}:\n--- expected\n{expected}\n--- got\n{}",
                execution.output
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[tokio::test]
async fn errors_inside_a_module_name_the_line_of_the_code() {
    let mut session = session();
    let execution = run(&mut session, "import heapq\nx = 1\nheapq.heappush((), 1)\n").await;
    let error = execution.error.expect("heappush on a tuple raises");
    assert_eq!(error.kind, "TypeError");
    assert_eq!(
        error.message,
        "heappush() argument 1 must be list, not tuple"
    );
    assert_eq!(error.line, Some(3));
    assert_eq!(error.source_line.as_deref(), Some("heapq.heappush((), 1)"));

    let execution = run(&mut session, "from heapq import heappush, nothing\n").await;
    let error = execution.error.expect("a missing name raises");
    assert_eq!(error.kind, "ImportError");
    assert_eq!(
        error.message,
        "cannot import name 'nothing' from 'heapq' (unknown location)"
    );
    assert_eq!(error.line, Some(1));
}

#[tokio::test]
async fn imports_keep_line_numbers_and_work_in_any_form() {
    let mut session = session();
    let code = "from heapq import (\n    heappush,\n    heappop as pop,\n)\nimport bisect as b, math\nif True:\n    import operator\nh = []\nheappush(h, 2)\nheappush(h, 1)\nprint(pop(h), b.bisect([1, 3], 2), math.floor(2.5), operator.add(1, 2))\n1 / 0\n";
    let execution = run(&mut session, code).await;
    assert_eq!(execution.output, "1 1 2 3\n");
    assert_eq!(execution.error.expect("1 / 0 raises").line, Some(12));
    let execution = run(
        &mut session,
        "from random import *\nseed(3)\nprint(randint(1, 9))\n",
    )
    .await;
    assert_eq!(execution.error, None);
    assert_eq!(execution.output, "4\n");
}

#[tokio::test]
async fn loading_prints_nothing_and_a_restored_session_keeps_its_modules() {
    let mut first = session();
    let execution = run(&mut first, "import random\nrandom.seed(1)\nimport heapq\n").await;
    assert_eq!(execution.output, "");
    assert_eq!(execution.error, None);
    let snapshot = first
        .snapshot()
        .await
        .expect("a snapshot")
        .expect("in-process sessions save state");
    let mut second = session();
    second.restore(&snapshot).await.expect("restores");
    let execution = run(
        &mut second,
        "print(random.random())\nimport heapq\nh = [3, 1]\nheapq.heapify(h)\nprint(h)\n",
    )
    .await;
    assert_eq!(execution.error, None);
    // random.seed(1); random.random() in CPython 3.11.
    assert_eq!(execution.output, "0.13436424411240122\n[1, 3]\n");
}

#[tokio::test]
async fn sleep_is_bounded_by_the_time_limit() {
    let config = SandboxConfig::default().allow_import("time");
    let mut config = config;
    config.limits.max_duration = std::time::Duration::from_millis(300);
    let mut session = InProcessExecutor::new(config);
    let started = std::time::Instant::now();
    let execution = run(
        &mut session,
        "import time\ntime.sleep(0.1)\ntime.sleep(5)\n",
    )
    .await;
    let error = execution.error.expect("sleeping past the limit raises");
    assert_eq!(error.kind, "TimeoutError");
    assert_eq!(error.line, Some(3));
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
}

#[tokio::test]
async fn code_cannot_reach_the_hidden_modules_or_host_helpers() {
    let mut session = session();
    assert_eq!(
        run(&mut session, "import heapq\nimport time\n").await.error,
        None
    );
    for code in [
        "__codeact_mod_heapq",
        "print(__codeact_mod_heapq.heappush)",
        "__codeact_mod_heapq = 1",
        "import math as __codeact_mod_heapq",
        "from math import floor as __codeact_mod_time",
        "def __codeact_load():\n    pass\n",
        "class __codeact_x:\n    pass\n",
        "__codeact_host_sleep(100)",
        "__codeact_host_entropy()",
        "x = __codeact_host_time",
        "for __codeact_mod_random in [1]:\n    pass\n",
        "getattr(heapq, '__codeact_mod_heapq')",
        "heapq.__codeact_x",
    ] {
        let execution = run(&mut session, code).await;
        assert!(execution.error.is_some(), "{code} was allowed");
    }
    // A user's own name that merely looks like a host helper is not one.
    let execution = run(
        &mut session,
        "codeact_host_time = 5\nprint(codeact_host_time)\n",
    )
    .await;
    assert_eq!(execution.output, "5\n");
    // Replacing a module's member changes that session only, as in CPython.
    let execution = run(
        &mut session,
        "heapq.heappush = print\nheapq.heappush('x')\n",
    )
    .await;
    assert_eq!(execution.output, "x\n");
    let execution = run(
        &mut InProcessExecutor::new(SandboxConfig::default().allow_import("heapq")),
        "import heapq\nh = []\nheapq.heappush(h, 1)\nprint(h)\n",
    )
    .await;
    assert_eq!(execution.output, "[1]\n");
}

#[tokio::test]
async fn imports_outside_the_allow_list_stay_refused() {
    let mut session = InProcessExecutor::new(SandboxConfig::default());
    let execution = run(&mut session, "import heapq\n").await;
    assert_eq!(
        execution.error.expect("heapq is not allowed").kind,
        "ImportError"
    );
}

/// (name, code, what CPython 3.11 prints), generated with python3.
const CASES: &[(&str, &str, &str)] = &[
    (
        "latin-1 encode and decode, with CPython's errors and handlers",
        r###"s = "naïve café"
print(s.encode("latin-1"), b"caf\xe9".decode("latin-1"), s.encode("ISO-8859-1"), "x€y".encode("latin1", "replace"), "x€y".encode("latin-1", errors="ignore"), "a€".encode("latin-1", "backslashreplace"))
for t in ["x€y", "ab€€c"]:
    try:
        t.encode("latin-1")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print(bytes(range(250, 256)).decode("latin-1"), len("é".encode("latin-1")))
"###,
        r###"b'na\xefve caf\xe9' café b'na\xefve caf\xe9' b'x?y' b'xy' b'a\\u20ac'
UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)
UnicodeEncodeError 'latin-1' codec can't encode characters in position 2-3: ordinal not in range(256)
úûüýþÿ 1
"###,
    ),
    (
        "del obj[k] through a class's __delitem__",
        r###"class Reg:
    def __init__(self):
        self.d = {"a": 1, "b": 2}
    def __delitem__(self, k):
        print("del", k)
        self.d.pop(k)
    def __getitem__(self, k):
        return self.d[k]
r = Reg()
del r["a"]
print(r.d)
x = [1, 2, 3]
del x[0]
d = {"k": 1}
del d["k"]
print(x, d)
try:
    del x[10]
except IndexError as e:
    print(e)
"###,
        r###"del a
{'b': 2}
[2, 3] {}
list assignment index out of range
"###,
    ),
    (
        "bytearray: a sieve, item and slice stores, +=, methods shared with bytes, del",
        r###"def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
print(sieve(50))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba), ba.decode(), ba.upper(), ba[1:3], ba[-1], list(ba[:2]))
out = bytearray()
for ch in "abc":
    out += ch.encode()
out += b"-"
print(out, out == b"abc-", b"x" + out, out * 2, bytearray("hé", "utf-8"), bytearray(3), bytearray.fromhex("ff00"))
print(ba.split(b"l"), ba.find(b"l"), 108 in ba, b"ll" in ba, ba.hex(), isinstance(ba, bytearray), type(ba).__name__)
del ba[0]
print(ba, ba.pop(), ba)
for start, stop in [(0, 2), (2, 1), (-2, None), (None, -10), (10, 20)]:
    word = bytearray(b"hello")
    word[start:stop] = b"XY"
    print(word, end=" ")
print()
"###,
        r###"[2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
bytearray(b'Jello!??') 8 b'Jello!??' Jello!?? bytearray(b'JELLO!??') bytearray(b'el') 63 [74, 101]
bytearray(b'abc-') True b'xabc-' bytearray(b'abc-abc-') bytearray(b'h\xc3\xa9') bytearray(b'\x00\x00\x00') bytearray(b'\xff\x00')
[bytearray(b'Je'), bytearray(b''), bytearray(b'o!??')] 2 True True 4a656c6c6f213f3f True bytearray
bytearray(b'ello!?') 63 bytearray(b'ello!?')
bytearray(b'XYllo') bytearray(b'heXYllo') bytearray(b'helXY') bytearray(b'XYhello') bytearray(b'helloXY') 
"###,
    ),
    (
        "math.gcd and lcm past 64 bits, pow with a negative exponent and a modulus",
        r###"import math, re
print(math.gcd(2 ** 64, 3 ** 40), math.gcd(2 ** 100, 2 ** 70 * 3), math.lcm(2 ** 64, 6), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.gcd(-12, 18))
print(pow(7, -1, 40), pow(3, -2, 7), pow(2, 100, 10 ** 9 + 7), pow(5, 3, -7))
print(math.isqrt(2 * 10 ** 40), math.comb(100, 50), math.perm(30, 10), math.factorial(30))
pat = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)")
print(pat.groupindex, pat.groups, pat.pattern, pat.flags)
sl = slice(1, 10, 2)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
"###,
        r###"1 1180591620717411303424 55340232221128654848 6 60 0 6
23 4 976371285 -1
141421356237309504880 100891344545564193334812497256 109027350432000 265252859812191058636308480000000
{'year': 1, 'mon': 2} 2 (?P<year>\d{4})-(?P<mon>\d\d) 32
(1, 5, 2) (3, -1, -1) (7, 10, 1)
"###,
    ),
    (
        "ChainMap.parents, Pattern.groups/groupindex/flags, slice.indices",
        r###"from collections import ChainMap
import re
c = ChainMap({"a": 1}, {"b": 2}, {"a": 3})
print(c.parents, c.parents.parents, c.parents["a"], c.new_child({"z": 0}).parents == c)
pat = re.compile(r"(?P<y>\d{4})-(\d\d)(?:-(?P<d>\d\d))?\(x\)[(]")
print(pat.groups, pat.groupindex, pat.flags, re.compile("a", re.ASCII | re.I).flags)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7))
class Box:
    def __init__(self):
        self.indices = [1, 2]
        self.flags = "f"
b = Box()
b.indices.append(3)
print(b.indices, b.flags)
"###,
        r###"ChainMap({'b': 2}, {'a': 3}) ChainMap({'a': 3}) 3 True
3 {'y': 1, 'd': 3} 32 258
(1, 5, 2) (3, -1, -1) (7, 10, 1) (0, 7, 3)
[1, 2, 3] f
"###,
    ),
    (
        "functools.singledispatch: register by class, by annotation, as a call; dispatch along the class's bases",
        r###"from functools import singledispatch
import datetime
@singledispatch
def show(value):
    return f"object {value!r}"
@show.register
def _(value: int):
    return f"int {value}"
@show.register(str)
def _(value):
    return f"str {value.upper()}"
@show.register(list)
def _show_list(value):
    return "[" + ", ".join(show(v) for v in value) + "]"
@show.register(datetime.date)
def _(value):
    return value.isoformat()
class Animal:
    pass
class Dog(Animal):
    pass
show.register(Animal, lambda a: type(a).__name__)
print(show(3), show(True), show("hi"), show([1, "a", 2.5]), show(datetime.datetime(2024, 1, 2, 3, 4)), show(Dog()), show(None))
print(show.dispatch(bool) is show.dispatch(int), len(show.registry) >= 5)
"###,
        r###"int 3 int True str HI [int 1, str A, object 2.5] 2024-01-02T03:04:00 Dog object None
True True
"###,
    ),
    (
        "time.asctime, struct_time subscripts, date.ctime, datetime.date.max and unicodedata.bidirectional",
        r###"import time, datetime, unicodedata
print(time.asctime(time.struct_time((2024, 3, 5, 14, 7, 9, 1, 65, 0))))
print(datetime.date(2024, 3, 5).ctime(), datetime.datetime(2024, 3, 15, 9, 5, 3).ctime())
print(datetime.date.max, datetime.date.min, datetime.datetime.max, datetime.time.max, datetime.timedelta.max)
print([unicodedata.bidirectional(c) for c in "aא1 ١,"])

t = time.strptime("2024-03-05", "%Y-%m-%d")
print(t[0], t[1:3], t.tm_yday)
print(time.asctime(t))
"###,
        r###"Tue Mar  5 14:07:09 2024
Tue Mar  5 00:00:00 2024 Fri Mar 15 09:05:03 2024
9999-12-31 0001-01-01 9999-12-31 23:59:59.999999 23:59:59.999999 999999999 days, 23:59:59.999999
['L', 'R', 'EN', 'WS', 'AN', 'CS']
2024 (3, 5) 65
Tue Mar  5 00:00:00 2024
"###,
    ),
    (
        "statistics.NormalDist arithmetic, through the operators of code that names it",
        r###"from statistics import NormalDist
a = NormalDist(10, 3)
b = NormalDist(4, 4)
print(a + b, a - b, a * 2, 2 * a, a / 4, -a, +a, a + 5, 5 + a, 10 - a, a - 1.5)
print((a + b).cdf(14), 1 + 2, [x * 2 for x in range(3)])
"###,
        r###"NormalDist(mu=14.0, sigma=5.0) NormalDist(mu=6.0, sigma=5.0) NormalDist(mu=20.0, sigma=6.0) NormalDist(mu=20.0, sigma=6.0) NormalDist(mu=2.5, sigma=0.75) NormalDist(mu=-10.0, sigma=3.0) NormalDist(mu=10.0, sigma=3.0) NormalDist(mu=15.0, sigma=3.0) NormalDist(mu=15.0, sigma=3.0) NormalDist(mu=-0.0, sigma=3.0) NormalDist(mu=8.5, sigma=3.0)
0.5 3 [0, 2, 4]
"###,
    ),
    (
        "statistics.median_grouped",
        r###"import statistics
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.median_grouped([2.5]), statistics.median_grouped([1.5, 2.5, 2.5, 3.5], 0.5))
try:
    statistics.median_grouped([])
except statistics.StatisticsError as e:
    print(e)
"###,
        r###"52.5 3.5
3.7 2.5 2.5
no median for empty data
"###,
    ),
    (
        "statistics.NormalDist: cdf by CPython's erf, inv_cdf by AS241, overlap, from_samples, samples",
        r###"from statistics import NormalDist
import statistics
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median)
print(nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.zscore(85))
print(NormalDist().inv_cdf(0.5), [round(x, 4) for x in nd.quantiles()], NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.99))
z = NormalDist().inv_cdf((1 + 0.95) / 2)
print(f"z={z:.4f}", z)
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s, round(s.mean, 10))
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), len(NormalDist(0, 1).samples(5, seed=3)), NormalDist(0, 1).samples(3, seed=42))
for p in [0.0, 1.5]:
    try:
        NormalDist().inv_cdf(p)
    except statistics.StatisticsError as e:
        print(e)
print([round(NormalDist().cdf(x / 10), 15) for x in range(-30, 31, 7)])
"###,
        r###"NormalDist(mu=100.0, sigma=15.0) 100.0 15.0 225.0 100.0
0.9772498680518208 0.02659615202676218 129.3994597681008 -1.0
0.0 [89.8827, 100.0, 110.1173] -6.361340902404056 2.3263478740408408
z=1.9600 1.9599639845400536
0.8035050657330205 0.6170750774519738
NormalDist(mu=2.716666666666667, sigma=0.5076087732365021) 2.7166666667
True 5 [-0.14409032957792836, -0.1729036003315193, -0.11131586156766246]
p must be in the range 0.0 < p < 1.0
p must be in the range 0.0 < p < 1.0
[0.00134989803163, 0.010724110021676, 0.054799291699558, 0.18406012534676, 0.420740290560897, 0.691462461274013, 0.884930329778292, 0.971283440183998, 0.995338811976281]
"###,
    ),
    (
        "random.betavariate, gammavariate, vonmisesvariate and randbytes draw what CPython draws",
        r###"import random
random.seed(42)
print([round(random.betavariate(2, 5), 12) for _ in range(5)])
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.5)])
print([random.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0)])
print(random.randbytes(6).hex(), random.randbytes(0))
r = random.Random(7)
print(r.betavariate(0.5, 0.5), r.gammavariate(9, 0.5), r.randbytes(3))
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
print(hasattr(random, "randbytes"), random.random())
"###,
        r###"[0.139618920905, 0.337702036071, 0.039079592715, 0.107177751921, 0.368556878758]
[2.0371178751497756, 3.291459878810517, 10.500341130462301]
[6.11426667042002, 1.8209962933408457, 1.7005146682386587]
f0d15eb4ce11 b''
0.19839380113217303 4.659685695877952 b'\x04\xd9\x0e'
gammavariate: alpha and beta must be > 0.0
True 0.045824383655662215
"###,
    ),
    (
        "str.isalpha and isalnum by CPython's letters (not vowel signs or Roman numerals)",
        r###"print("नमस्ते".isalpha(), "Ⅻ".isalpha(), "Ⅻ".isalnum(), "héllo".isalpha(), "abc".isalpha(), "日本1".isalnum(), "x y".isalpha(), "".isalpha(), "²".isalnum())
words = ["café", "naïve", "Ⅻ", "über"]
print([w for w in words if w.isalpha()])
"###,
        r###"False False True True True True False False True
['café', 'naïve', 'über']
"###,
    ),
    (
        "math's C-library functions and CPython's own gamma and lgamma, to the last bit",
        r###"import math
from math import erf, gamma as G
xs = [0.1, 0.7, 2.5, 7.3, 27.0]
print([math.cbrt(x) for x in xs])
print([math.asinh(x) for x in xs], [math.acosh(1 + x) for x in xs], [math.atanh(x / 30) for x in xs])
print([erf(x) for x in xs], [math.erfc(x) for x in xs])
print([G(x) for x in xs + [-2.5, 171.5]], [math.lgamma(x) for x in xs + [-2.5, 3.0]])
def phi(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))
print(f"{phi(1.96):.6f} {math.gamma(0.5) ** 2}")
for bad in [0, -1, 172]:
    try:
        math.gamma(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
"###,
        r###"[0.46415888336127786, 0.8879040017426008, 1.3572088082974532, 1.9398774145803332, 3.0000000000000004]
[0.09983407889920758, 0.6526665660823557, 1.6472311463710958, 2.685680167776152, 3.989326805819546] [0.4435682543851154, 1.123230982587296, 1.9248473002384139, 2.8057538066219223, 4.025032660551618] [0.0033333456790946513, 0.023337569285064922, 0.0835270423315831, 0.2483142010812064, 1.4722194895832204]
[0.1124629160182849, 0.6778011938374184, 0.999593047982555, 1.0, 1.0] [0.8875370839817152, 0.32219880616258156, 0.0004069520174449589, 5.502573750691923e-25, 5.23705e-319]
[9.513507698668732, 1.298055332647558, 1.3293403881791372, 1271.4236336639085, 4.032914611266056e+26, -0.9453087204829417, 9.483367566824801e+307] [2.2527126517342055, 0.2608672465316669, 0.2846828704729196, 7.147892523022248, 61.26170176100201, -0.05624371649767457, 0.693147180559945]
0.975002 3.1415926535897927
ValueError math domain error
ValueError math domain error
OverflowError math range error
"###,
    ),
    (
        "unicodedata.decomposition from CPython 3.11's table, through the host",
        r###"import unicodedata
for ch in "é½ﬁA한\u00a0":
    print(repr(ch), repr(unicodedata.decomposition(ch)))
for bad in (5, "ab"):
    try:
        unicodedata.decomposition(bad)
    except TypeError as e:
        print(e)
"###,
        r###"'é' '0065 0301'
'½' '<fraction> 0031 2044 0032'
'ﬁ' '<compat> 0066 0069'
'A' ''
'한' ''
'\xa0' '<noBreak> 0020'
decomposition() argument must be a unicode character, not int
decomposition() argument must be a unicode character, not str
"###,
    ),
    (
        "unicodedata.east_asian_width and mirrored from CPython 3.11's tables",
        r###"import unicodedata
text = "aＡ中ｶ€(→😀\u0301"
print([unicodedata.east_asian_width(c) for c in text], [unicodedata.mirrored(c) for c in "(a)[<"])
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(width("日本語abc"), width("hello"))
try:
    unicodedata.east_asian_width("ab")
except TypeError as e:
    print(e)
"###,
        r###"['Na', 'F', 'W', 'H', 'A', 'Na', 'A', 'W', 'A'] [1, 0, 1, 1, 1]
9 5
east_asian_width() argument must be a unicode character, not str
"###,
    ),
    (
        "operator and bisect call the __add__, __lt__, __getitem__, __bool__... of the code's classes",
        r###"import operator, bisect
from functools import reduce
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(self.x + o)
    def __mul__(self, k): return V(self.x * k)
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __getitem__(self, i): return self.x * 10 + i
    def __bool__(self): return self.x != 0
    def __abs__(self): return V(abs(self.x))
    def __repr__(self): return f"V({self.x})"
vs = [V(1), V(2), V(3)]
print(reduce(operator.add, vs), operator.mul(V(2), 3), operator.neg(V(4)), operator.lt(V(1), V(2)))
print(operator.truth(V(0)), operator.not_(V(0)), operator.truth([]), operator.abs(V(-3)), operator.getitem(V(1), 2))
print(operator.itemgetter(1)(V(4)), operator.itemgetter(0, 1)([7, 8]), operator.attrgetter("real")(3.5), operator.attrgetter("x")(V(9)))
sorted_vs = [V(1), V(3), V(5)]
print(bisect.bisect_left(sorted_vs, V(3)), bisect.bisect_right(sorted_vs, V(3)))
bisect.insort(sorted_vs, V(4)); print(sorted_vs)
print(operator.add(1, 2), operator.lt("a", "b"), sum([V(1), V(2)], V(0)), operator.add(5, V(1)))
try:
    operator.add(V(1), "x")
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    operator.lt(1, "a")
except TypeError as e:
    print(e)
for divide in (operator.truediv, operator.floordiv, operator.mod, operator.itruediv, operator.imod):
    for a, b in ((1, 0), (1.0, 0)):
        try:
            divide(a, b)
        except ZeroDivisionError as e:
            print(e, end="; ")
print()
"###,
        r###"V(6) V(6) V(-4) True
False True False V(3) 12
41 (7, 8) 3.5 9
1 2
[V(1), V(3), V(4), V(5)]
3 True V(3) V(6)
TypeError
'<' not supported between instances of 'int' and 'str'
division by zero; float division by zero; integer division or modulo by zero; float floor division by zero; integer modulo by zero; float modulo; division by zero; float division by zero; integer modulo by zero; float modulo; 
"###,
    ),
    (
        "unicodedata.numeric, digit and decimal as CPython 3.11's tables give them",
        r###"import unicodedata
from unicodedata import numeric, name
for ch in "5½⅓Ⅻ七٣²":
    print(ch, unicodedata.numeric(ch), unicodedata.digit(ch, None), unicodedata.decimal(ch, -1), name(ch))
print(numeric("x", "none"), unicodedata.category("A"), unicodedata.normalize("NFC", "é"))
try:
    unicodedata.numeric("x")
except ValueError as e:
    print("ValueError:", e)
print(sum(unicodedata.numeric(c) for c in "¼¾"))
"###,
        "5 5.0 5 5 DIGIT FIVE\n½ 0.5 None -1 VULGAR FRACTION ONE HALF\n⅓ 0.3333333333333333 None -1 VULGAR FRACTION ONE THIRD\nⅫ 12.0 None -1 ROMAN NUMERAL TWELVE\n七 7.0 None -1 CJK UNIFIED IDEOGRAPH-4E03\n٣ 3.0 3 3 ARABIC-INDIC DIGIT THREE\n² 2.0 2 -1 SUPERSCRIPT TWO\nnone Lu é\nValueError: not a numeric character\n1.0\n",
    ),
    (
        "random.seed with a str or bytes seeds like CPython's version 2",
        r###"import random
random.seed("hello")
print(random.randint(1, 100), random.random())
random.seed(b"abc")
print(random.choice("abcdef"), random.sample(range(50), 3))
rng = random.Random("seed-x")
print(rng.randint(0, 10**6))
"###,
        "46 0.8424949993431462\ne [29, 45, 22]\n677456\n",
    ),
    (
        "heapq and PriorityQueue order the code's classes by their __lt__",
        r###"import heapq
import queue
from dataclasses import dataclass, field


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


@dataclass(order=True)
class Job:
    priority: int
    name: str


heap = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (5, "e")]:
    heapq.heappush(heap, Task(p, n))
print([heapq.heappop(heap).name for _ in range(len(heap))])
q = queue.PriorityQueue()
for j in [Job(2, "x"), Job(1, "y"), Job(3, "z")]:
    q.put(j)
while not q.empty():
    print(q.get())
print(heapq.nsmallest(2, [Task(9, "n"), Task(4, "m"), Task(6, "o")]))
print(heapq.heappushpop([Task(1, "low")], Task(7, "hi")))
"###,
        r###"['a', 'b', 'c', 'e']
Job(priority=1, name='y')
Job(priority=2, name='x')
Job(priority=3, name='z')
[Task(4, 'm'), Task(6, 'o')]
Task(1, 'low')
"###,
    ),
    (
        "queue",
        r###"import queue
fifo = queue.Queue()
for task in ["download", "parse", "store"]:
    fifo.put(task)
print(fifo.qsize(), [fifo.get() for _ in range(3)], fifo.empty())
lifo = queue.LifoQueue()
for page in ["home", "products", "cart"]:
    lifo.put(page)
print([lifo.get() for _ in range(lifo.qsize())])
jobs = queue.PriorityQueue()
for item in [(3, "cleanup"), (1, "payment"), (2, "email"), (1, "alert")]:
    jobs.put(item)
print([jobs.get() for _ in range(4)])
try:
    fifo.get_nowait()
except queue.Empty:
    print("empty")
bounded = queue.Queue(maxsize=1)
bounded.put("only")
print(bounded.full(), bounded.maxsize)
try:
    bounded.put("more", block=False)
except queue.Full:
    print("full")
try:
    bounded.put("more", timeout=0.01)
except queue.Full:
    print("full after timeout")
fifo.put(1)
fifo.get()
fifo.task_done()
simple = queue.SimpleQueue()
simple.put(5)
print(simple.get(), simple.empty())
"###,
        r###"3 ['download', 'parse', 'store'] True
['cart', 'products', 'home']
[(1, 'alert'), (1, 'payment'), (2, 'email'), (3, 'cleanup')]
empty
True 1
full
full after timeout
5 True
"###,
    ),
    (
        "heapq",
        r###"import heapq
h = []
for x in [27, 3, 91, 45, 12, 8, 64, 33, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
d = [9, 1, 8, 2, 7, 3, 6, 4, 5]
heapq.heapify(d)
print(d, heapq.heappushpop(d, 0), heapq.heapreplace(d, 10), d)
print(heapq.nlargest(3, [5, 1, 9, 9, 2]), heapq.nsmallest(2, "hello"), heapq.nlargest(0, [1]), heapq.nsmallest(-1, [1]))
print(heapq.nlargest(2, [("a", 2), ("b", 3), ("c", 3)], key=lambda kv: kv[1]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)), list(heapq.merge()))
from heapq import heappush as push, heappop as pop
q = []
push(q, (2, "b")); push(q, (1, "a"))
print(pop(q), q)
for bad in [(), "x"]:
    try:
        heapq.heappush(bad, 1)
    except TypeError as e:
        print("TypeError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
"###,
        r###"[3, 3, 8, 12, 27, 91, 64, 45, 33]
[3, 3, 8, 12] [27, 33, 45, 91, 64]
[2, 4, 3, 5, 7, 8, 6, 9, 10] 0 1 [2, 4, 3, 5, 7, 8, 6, 9, 10]
[9, 9, 5] ['e', 'h'] [] []
[('b', 3), ('c', 3)]
[0, 1, 2, 3, 4, 9, 10, 11] [6, 5, 4, 3, 2, 1]
['apple', 'fig', 'banana', 'kiwi'] []
(1, 'a') [(2, 'b')]
TypeError heappush() argument 1 must be list, not tuple
TypeError heappush() argument 1 must be list, not str
IndexError index out of range
"###,
    ),
    (
        "bisect",
        r###"import bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]))
bisect.insort_left(recs, (4, "d"), key=lambda r: r[0])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
"###,
        r###"[0, 0, 1, 4, 5, 5, 6, 6, 6, 7] [0, 1, 4, 5, 5, 6, 6, 6, 7, 7]
4 2 3
[1, 1, 2, 4, 5, 5, 6, 9]
1
[(1, 'a'), (3, 'c'), (4, 'd'), (5, 'e')]
ValueError lo must be non-negative
"###,
    ),
    (
        "operator",
        r###"import operator
from operator import itemgetter, attrgetter
print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(17, 5), operator.pow(2, 8))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.not_(0), operator.truth([]), operator.eq("a", "a"), operator.lt(1, 2), operator.ge(1, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.contains([1, 2, 3], 2), operator.getitem("hello", 1), operator.countOf([1, 2, 1], 1), operator.indexOf([4, 5, 6], 6), operator.concat([1], [2]))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
print(attrgetter("x")(P()), attrgetter("x", "inner.x")(P()))
print(sorted([(3, "c"), (1, "z"), (1, "a")], key=itemgetter(0)), sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)))
d = {}
operator.setitem(d, "a", 1)
print(d, operator.iadd([1], [2]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
"###,
        r###"5 -1 20 3.5 3 2 256
-5 -5 3 True False True True False
8 14 6 -6 16 16
True e 2 2 [1, 2]
b ('a', 'c') 9
1 (1, 1)
[(1, 'z'), (1, 'a'), (3, 'c')] [('c', 1), ('a', 2), ('b', 2)]
{'a': 1} [1, 2] True True 7
ValueError sequence.index(x): x not in sequence
"###,
    ),
    (
        "itertools",
        r###"import itertools
from itertools import permutations, combinations, combinations_with_replacement, product, groupby, chain, tee, islice, count
print(list(permutations("abc")), list(permutations(range(4), 2)), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations([1, 2], 3)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(product("ab", [0, 1])), list(product([0, 1], repeat=2)), list(product()), list(product("a", [])))
print([(k, list(g)) for k, g in groupby("aaabccddddae")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(chain([1, 2], "ab")), list(chain.from_iterable([[1], [], [2, 3]])), list(itertools.chain.from_iterable(["ab", "c"])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), tee([1], 0))
print(list(islice(count(5, 3), 4)), list(itertools.accumulate([1, 2, 3])), list(itertools.pairwise("abc")))
c = itertools.count()
p = itertools.product(c and [1, 2], repeat=2)
print(next(p), next(p))
for bad in [lambda: combinations("ab", -1), lambda: permutations("ab", -1), lambda: product("a", repeat=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    from itertools import batched
except ImportError as e:
    print("ImportError")
"###,
        r###"[('a', 'b', 'c'), ('a', 'c', 'b'), ('b', 'a', 'c'), ('b', 'c', 'a'), ('c', 'a', 'b'), ('c', 'b', 'a')] [(0, 1), (0, 2), (0, 3), (1, 0), (1, 2), (1, 3), (2, 0), (2, 1), (2, 3), (3, 0), (3, 1), (3, 2)] [] [()]
[('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [()] []
[('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')] [] [()]
[('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(0, 0), (0, 1), (1, 0), (1, 1)] [()] []
[('a', ['a', 'a', 'a']), ('b', ['b']), ('c', ['c', 'c']), ('d', ['d', 'd', 'd', 'd']), ('a', ['a']), ('e', ['e'])] [(1, 2), (0, 2), (1, 1)]
a [] b ['b', 'b']
[1, 2, 'a', 'b'] [1, 2, 3] ['a', 'b', 'c']
1 [1, 2, 3] [2, 3] ()
[5, 8, 11, 14] [1, 3, 6] [('a', 'b'), ('b', 'c')]
(1, 1) (1, 2)
ValueError r must be non-negative
ValueError r must be non-negative
ValueError repeat argument cannot be negative
ImportError
"###,
    ),
    (
        "string",
        r###"import string
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, len(string.printable), repr(string.whitespace))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = Template("$who likes ${what}; $$5 $who")
print(t.substitute(who="tim", what="tea"), t.substitute({"who": "a", "what": "b"}, who="c"))
print(Template("$a and $b").safe_substitute(a=1), Template("$").safe_substitute(), Template("${x").safe_substitute(x=1))
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
for bad in ["abc $", "line\n  $1", "${x"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError", e)
print(Template("$a $b $a").get_identifiers(), Template("$a").is_valid(), Template("$1").is_valid())
"###,
        r###"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~ 100 ' \t\n\r\x0b\x0c'
Hello Wide World A-B c-D
tim likes tea; $5 tim c likes b; $5 c
1 and $b $ ${x
KeyError 'b'
ValueError Invalid placeholder in string: line 1, col 5
ValueError Invalid placeholder in string: line 2, col 3
ValueError Invalid placeholder in string: line 1, col 1
['a', 'b'] True False
"###,
    ),
    (
        "copy",
        r###"import copy
from collections import defaultdict
a = {"x": [1, [2, 3]], "y": (1, [2])}
b = copy.copy(a)
c = copy.deepcopy(a)
a["x"][1].append(4)
a["y"][1].append(5)
print(b, c, b["x"] is a["x"], c["x"] is a["x"])
shared = [1]
d = copy.deepcopy([shared, shared])
print(d, d[0] is d[1])
t = (1, 2, "s")
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy(5), copy.deepcopy("s"))
dd = defaultdict(list)
dd["k"].append(1)
e = copy.deepcopy(dd)
e["k"].append(2)
print(dd["k"], e["k"], copy.copy({1, 2}), copy.deepcopy({3}))
"###,
        r###"{'x': [1, [2, 3, 4]], 'y': (1, [2, 5])} {'x': [1, [2, 3]], 'y': (1, [2])} True False
[[1], [1]] True
True True 5 s
[1] [1, 2] {1, 2} {3}
"###,
    ),
    (
        "stat",
        r###"import stat
for mode in [0o100644, 0o100755, 0o040755, 0o120777, 0o104755, 0o041777, 0o020644, 0o060600, 0o010644, 0o140755, 0o102750, 0o101644]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.ST_MTIME)
"###,
        r###"0o100644 -rw-r--r-- False True False False False False False 0o644 0o100000
0o100755 -rwxr-xr-x False True False False False False False 0o755 0o100000
0o40755 drwxr-xr-x True False False False False False False 0o755 0o40000
0o120777 lrwxrwxrwx False False True False False False False 0o777 0o120000
0o104755 -rwsr-xr-x False True False False False False False 0o4755 0o100000
0o41777 drwxrwxrwt True False False False False False False 0o1777 0o40000
0o20644 crw-r--r-- False False False True False False False 0o644 0o20000
0o60600 brw------- False False False False True False False 0o600 0o60000
0o10644 prw-r--r-- False False False False False True False 0o644 0o10000
0o140755 srwxr-xr-x False False False False False False True 0o755 0o140000
0o102750 -rwxr-s--- False True False False False False False 0o2750 0o100000
0o101644 -rw-r--r-T False True False False False False False 0o1644 0o100000
448 56 7 2048 1024 512 8
"###,
    ),
    (
        "time",
        r###"import time
print(isinstance(time.time(), float), time.time() > 1.7e9, isinstance(time.time_ns(), int), time.monotonic() > 0, time.perf_counter() <= time.perf_counter())
t0 = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - t0 >= 0.019)
for secs in [0, 1_700_000_000, 951782400, 86399, -1, 4102444800]:
    g = time.gmtime(secs)
    print(tuple(g), g.tm_year, g.tm_wday, g.tm_yday, time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %y %I %p %%", g))
print(time.gmtime(0))
p = time.strptime("2024-03-10 08:15", "%Y-%m-%d %H:%M")
print(tuple(p), p.tm_yday, p.tm_wday)
print(tuple(time.strptime("5 Mar 1999 11:30 PM", "%d %b %Y %I:%M %p")))
try:
    time.strptime("2024-03", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
"###,
        r###"True True True True True
True
(1970, 1, 1, 0, 0, 0, 3, 1, 0) 1970 3 1 1970-01-01 00:00:00 Thu Thursday Jan January 001 70 12 AM %
(2023, 11, 14, 22, 13, 20, 1, 318, 0) 2023 1 318 2023-11-14 22:13:20 Tue Tuesday Nov November 318 23 10 PM %
(2000, 2, 29, 0, 0, 0, 1, 60, 0) 2000 1 60 2000-02-29 00:00:00 Tue Tuesday Feb February 060 00 12 AM %
(1970, 1, 1, 23, 59, 59, 3, 1, 0) 1970 3 1 1970-01-01 23:59:59 Thu Thursday Jan January 001 70 11 PM %
(1969, 12, 31, 23, 59, 59, 2, 365, 0) 1969 2 365 1969-12-31 23:59:59 Wed Wednesday Dec December 365 69 11 PM %
(2100, 1, 1, 0, 0, 0, 4, 1, 0) 2100 4 1 2100-01-01 00:00:00 Fri Friday Jan January 001 00 12 AM %
time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
(2024, 3, 10, 8, 15, 0, 6, 70, -1) 70 6
(1999, 3, 5, 23, 30, 0, 4, 64, -1)
ValueError time data '2024-03' does not match format '%Y-%m-%d'
ValueError sleep length must be non-negative
"###,
    ),
    (
        "functools",
        r###"import functools
from functools import lru_cache, cache, reduce, partial, wraps
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(n) for n in [2, 3, 2, 4, 2, 3]], calls)
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@lru_cache
def plain(x, y=1):
    calls.append((x, y))
    return x + y
print(plain(1), plain(1), plain(1, y=2), plain(1, y=2), calls[-2:])
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) * 10
    return inner
@deco
def one():
    return 1
print(one(), reduce(lambda a, b: a * b, range(1, 6)), partial(pow, 2)(10))
def logged(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f"{f.__name__}{a}"
    return wrapper
@logged
@logged
def greet(name):
    return name
def bare(f):
    def wrapper():
        return f()
    return wrapper
print(greet("sam"), greet.__name__, one.__name__, logged.__name__, bare(one).__name__)
"###,
        r###"[4, 9, 4, 16, 4, 9] [2, 3, 4, 3]
1548008755920
2 2 3 3 [(1, 1), (1, 2)]
10 120 1024
greet('sam',) greet one logged wrapper
"###,
    ),
    (
        "random",
        r###"import random
for s in [0, 1, 7, 42, 2024, 12345678901234567890, -5, 2**64 + 3]:
    random.seed(s)
    r = [random.random(), random.randint(1, 100), random.randrange(0, 100, 5), random.randrange(10), random.choice("abcdefg"), random.getrandbits(1), random.getrandbits(32), random.getrandbits(100)]
    deck = list(range(20))
    random.shuffle(deck)
    r += [deck, random.sample(range(1000), 6), random.sample(["a", "b", "c", "d"], 4), random.uniform(10, 20), random.gauss(0, 1), random.gauss(5, 2), random.expovariate(1.5)]
    r += [random.choices("xyz", k=5), random.choices(["eu", "us", "ap"], weights=[5, 3, 2], k=8), random.choices("ab", cum_weights=[1, 10], k=4)]
    r += [random.triangular(0, 10, 3), random.normalvariate(0, 1), random.randrange(-10, 10, 3), random.randint(-3, 3)]
    print(r)
rng = random.Random(99)
print([rng.randint(0, 9) for _ in range(10)], rng.random(), random.Random(99).random() == random.Random(99).random())
state = rng.getstate()
x = rng.random()
rng.setstate(state)
print(rng.random() == x, random.Random(3.5).random(), random.Random(-2.25).random(), random.Random(1e300).random(), random.Random(0.1).random(), random.Random(True).random() == random.Random(1).random())
big = random.Random(1)
print(big.sample(range(10**6), 3), big.randrange(10**30))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0, 10, 0), lambda: random.choices("ab", weights=[1], k=2), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
"###,
        r###"[0.8444218515250481, 98, 65, 0, 'c', 1, 2195908194, 1023487968931306232115508920805, [3, 10, 17, 16, 5, 0, 7, 13, 8, 14, 19, 1, 12, 2, 18, 4, 6, 11, 15, 9], [362, 444, 323, 625, 655, 934], ['b', 'c', 'd', 'a'], 18.6530992777164, -0.11912331108457304, 8.608659863839081, 0.5304142863831182, ['x', 'z', 'y', 'z', 'z'], ['eu', 'eu', 'ap', 'eu', 'eu', 'ap', 'eu', 'us'], ['b', 'b', 'b', 'b'], 1.5535039609141852, -0.627366024162323, -1, -3]
[0.13436424411240122, 98, 10, 4, 'a', 0, 3268308804, 526993489304305903042294831267, [10, 8, 14, 13, 5, 11, 2, 1, 18, 4, 7, 16, 17, 9, 19, 12, 0, 15, 3, 6], [961, 902, 390, 702, 221, 992], ['d', 'c', 'a', 'b'], 17.637009951314894, 1.1772074125986725, 4.0535373623088145, 0.2827933006180959, ['z', 'z', 'z', 'z', 'y'], ['ap', 'ap', 'eu', 'us', 'us', 'eu', 'us', 'ap'], ['b', 'b', 'b', 'b'], 7.4926017718983555, -0.7432819230905865, -1, 3]
[0.32383276483316237, 20, 60, 0, 'a', 1, 2301595691, 46173223350539896994877990929, [12, 9, 19, 10, 4, 5, 7, 11, 0, 14, 8, 15, 3, 17, 18, 13, 2, 1, 6, 16], [50, 999, 226, 47, 570, 879], ['b', 'd', 'c', 'a'], 15.406858855321424, -1.15669716915384, 3.8951334089404943, 0.7638082468864692, ['x', 'y', 'x', 'x', 'z'], ['us', 'us', 'eu', 'us', 'us', 'eu', 'ap', 'eu'], ['b', 'b', 'b', 'a'], 3.001245703569369, -0.012761173764821028, -1, -1]
[0.6394267984578837, 4, 40, 3, 'b', 0, 3163119785, 1167876019479626170561453694887, [18, 14, 10, 7, 4, 6, 5, 12, 11, 15, 9, 8, 19, 3, 16, 0, 1, 13, 2, 17], [603, 284, 828, 890, 6, 777], ['b', 'c', 'd', 'a'], 12.778713416716418, 0.3671625953860221, 8.315874619024362, 0.07187959935675556, ['y', 'y', 'y', 'x', 'x'], ['eu', 'eu', 'ap', 'eu', 'eu', 'us', 'ap', 'eu'], ['b', 'a', 'b', 'b'], 8.982899437741303, -0.37623612505268883, 8, -1]
[0.47009071843107064, 94, 90, 4, 'b', 1, 3107472670, 1007513991427414177630012543191, [14, 18, 2, 10, 1, 0, 12, 5, 13, 4, 3, 9, 16, 19, 6, 11, 15, 7, 17, 8], [544, 217, 888, 421, 59, 789], ['c', 'd', 'b', 'a'], 11.24183518628156, -0.06922501105454373, 1.610011611665155, 0.329865430339151, ['y', 'x', 'y', 'x', 'x'], ['ap', 'eu', 'eu', 'eu', 'eu', 'ap', 'ap', 'eu'], ['b', 'b', 'b', 'b'], 6.774150575838328, 0.2379069516925315, -1, -1]
[0.5120180983871961, 70, 70, 5, 'c', 1, 985677794, 187271425036968043699061107621, [11, 19, 6, 9, 3, 4, 13, 16, 12, 15, 18, 10, 8, 0, 7, 14, 1, 17, 5, 2], [991, 668, 843, 821, 816, 632], ['c', 'a', 'b', 'd'], 13.879838255806554, 0.9759176416972658, 5.218088679008972, 1.3565455298965043, ['x', 'y', 'y', 'y', 'z'], ['eu', 'eu', 'eu', 'us', 'ap', 'us', 'us', 'ap'], ['b', 'b', 'b', 'b'], 4.890899333261398, -0.8919791147990022, 5, -2]
[0.6229016948897019, 95, 55, 8, 'a', 1, 1999834075, 812013609491856770156800063607, [4, 12, 7, 2, 16, 10, 18, 0, 14, 9, 19, 8, 6, 17, 13, 15, 11, 3, 5, 1], [163, 780, 816, 73, 142, 632], ['d', 'a', 'c', 'b'], 19.723372896865364, 1.72265452072462, 5.115058964758344, 2.148038926197054, ['x', 'x', 'x', 'x', 'z'], ['us', 'eu', 'ap', 'eu', 'ap', 'eu', 'eu', 'eu'], ['b', 'b', 'b', 'b'], 4.617610948216021, 0.563260768328385, -10, -1]
[0.9129684455472157, 13, 70, 0, 'b', 0, 12267366, 750970133956717114616874408010, [8, 13, 12, 9, 11, 10, 18, 1, 4, 14, 7, 2, 17, 3, 16, 5, 0, 19, 15, 6], [583, 248, 841, 701, 218, 364], ['b', 'd', 'a', 'c'], 19.76335454815655, -2.020631490536435, 5.479276735445974, 1.3564255797752622, ['x', 'y', 'x', 'y', 'z'], ['eu', 'eu', 'us', 'ap', 'eu', 'eu', 'eu', 'eu'], ['b', 'b', 'b', 'b'], 6.078282079437383, 0.16386347740274743, 2, 2]
[6, 6, 3, 9, 2, 3, 3, 2, 1, 4] 0.7290310217668681 True
True 0.3039190124834461 0.9236205677220981 0.2614143642581235 0.8062579873336703 True
[140891, 596853, 888598] 321912487774453150805552873008
IndexError Cannot choose from an empty sequence
ValueError empty range for randrange()
ValueError empty range for randrange() (5, 2, -3)
ValueError Sample larger than population or is negative
ValueError zero step for randrange()
ValueError The number of weights does not match the population
ValueError number of bits must be non-negative
"###,
    ),
    (
        "statistics",
        r###"import statistics
import random as R
R.seed(5)
cases = [[1, 2, 3, 4], [1, 3], [20.1, 20.4, 19.9, 20.2, 35.7, 5.2], [0.1, 0.2, 0.3], [1e16, 1.0, -1e16, 3.5], [2, 8], [40, 60], [120, 135, 110, 500, 128]]
for _ in range(25):
    cases.append([round(R.uniform(-1000, 1000), R.randint(0, 6)) for _ in range(R.randint(2, 12))])
    cases.append([R.randint(-50, 500) for _ in range(R.randint(2, 9))])
out = []
for c in cases:
    row = [statistics.mean(c), statistics.median(c), statistics.stdev(c), statistics.pstdev(c), statistics.variance(c), statistics.pvariance(c), statistics.fmean(c), statistics.median_low(c), statistics.median_high(c), statistics.quantiles(c, n=4), statistics.mode(c), statistics.multimode(c)]
    pos = [abs(x) + 1 for x in c]
    row += [statistics.geometric_mean(pos), statistics.harmonic_mean(pos)]
    ys = [x * 0.5 + 3 for x in c][::-1]
    row += [statistics.covariance(c, ys), statistics.linear_regression(c, ys)]
    try:
        row.append(statistics.correlation(c, ys))
    except Exception as e:
        row.append(type(e).__name__)
    out.append(repr(row))
print("\n".join(out))
"###,
        r###"[2.5, 2.5, 1.2909944487358056, 1.118033988749895, 1.6666666666666667, 1.25, 2.5, 2, 3, [1.25, 2.5, 3.75], 1, [1, 2, 3, 4], 3.309750919646873, 3.116883116883117, -0.8333333333333334, LinearRegression(slope=-0.5, intercept=5.5), -1.0]
[2, 2.0, 1.4142135623730951, 1.0, 2, 1, 2.0, 1, 3, [0.5, 2.0, 3.5], 1, [1, 3], 2.82842712474619, 2.6666666666666665, -1.0, LinearRegression(slope=-0.5, intercept=5.0), -1.0]
[20.25, 20.15, 9.647538546178502, 8.80695747690427, 93.07500000000002, 77.56250000000001, 20.25, 20.1, 20.2, [16.224999999999998, 20.15, 24.225], 20.1, [20.1, 20.4, 19.9, 20.2, 35.7, 5.2], 18.896122174183894, 15.886577582426625, 0.9184999999999915, LinearRegression(slope=0.00986838571044847, intercept=12.925165189363419), 0.01973677142089694]
[0.2, 0.2, 0.09999999999999999, 0.0816496580927726, 0.009999999999999998, 0.006666666666666665, 0.19999999999999998, 0.2, 0.2, [0.1, 0.2, 0.3], 0.1, [0.1, 0.2, 0.3], 1.197215767258376, 1.194431554524362, -0.0050000000000000044, LinearRegression(slope=-0.5000000000000006, intercept=3.2), -1.0000000000000002]
[1.125, 2.25, 8164965809277260.0, 7071067811865475.0, 6.666666666666667e+31, 5e+31, 1.125, 1.0, 3.5, [-7500000000000000.0, 2.25, 7500000000000001.0], 1e+16, [1e+16, 1.0, -1e+16, 3.5], 173205080.75688782, 5.538461538461537, 8333333333333332.0, LinearRegression(slope=1.2499999999999999e-16, intercept=3.5625), 2.4999999999999997e-16]
[5, 5.0, 4.242640687119285, 3.0, 18, 9, 5.0, 2, 8, [0.5, 5.0, 9.5], 2, [2, 8], 5.196152422706632, 4.5, -9.0, LinearRegression(slope=-0.5, intercept=8.0), -1.0]
[50, 50.0, 14.142135623730951, 10.0, 200, 100, 50.0, 40, 60, [35.0, 50.0, 65.0], 40, [40, 60], 50.009999000199954, 49.03921568627451, -100.0, LinearRegression(slope=-0.5, intercept=53.0), -1.0]
[198.6, 128, 168.74477769697052, 150.9299175114066, 28474.8, 22779.84, 198.6, 128, 128, [115.0, 128.0, 317.5], 120, [120, 135, 110, 500, 128], 163.83811351895713, 145.45725798835605, -2423.7249999999995, LinearRegression(slope=-0.08511824490426623, intercept=119.20448343798728), -0.17023648980853245]
[-48.01542172727274, 87.5217, 616.0136708567619, 587.3459896257702, 379472.84268242295, 344975.3115294754, -48.01542172727273, 87.5217, 87.5217, [-566.54, 87.5217, 551.9], -489.11, [-489.11, 590.387131, 479.7971, -941.99, 551.9, 297.9, -773.588, 736.891, 87.5217, -501.33857, -566.54], 480.2270277871102, 370.10310755298923, -106628.59120249357, LinearRegression(slope=-0.28099136277778375, intercept=-34.499629649132736), -0.5619827255555675]
[144, 102.5, 141.32940246105903, 122.39485283295208, 19974, 14980.5, 144.0, 92, 113, [40.25, 102.5, 289.25], 348, [348, 113, 23, 92], 97.07471342597563, 62.44476158229991, -2285.6666666666665, LinearRegression(slope=-0.11443209505690731, intercept=91.47822168819465), -0.22886419011381462]
[-134.87591618181818, -372.7, 613.9266032030499, 585.3560486967312, 376905.8741204351, 342641.70374585007, -134.87591618181818, -372.7, -372.7, [-606.242, -372.7, 251.5], 234.9, [234.9, -735.518292, -989.373726, -569.0, 744.82, -372.7, 78.44694, 251.5, 881.952, -606.242, -402.42], 439.6462813941203, 321.7950047498501, -63648.18393760547, LinearRegression(slope=-0.16887023606659834, intercept=-87.21448589623145), -0.3377404721331967]
[156.25, 169.5, 129.40274892200486, 121.04518784321829, 16745.071428571428, 14651.9375, 156.25, 119, 220, [36.75, 169.5, 281.25], 119, [119, 99, 220, 16, 289, 258, -47, 296], 121.7488131416334, 70.67676872744117, -814.4642857142857, LinearRegression(slope=-0.048639045177472265, intercept=88.72485080898004), -0.09727809035494453]
[-378.78987233333334, -380.084137, 9.793095667772098, 7.996029129434044, 95.90472275813664, 63.936481838757764, -378.78987233333334, -380.084137, -380.084137, [-387.87148, -380.084137, -368.414], -380.084137, [-380.084137, -387.87148, -368.414], 379.7053982108389, 379.62064231696695, 13.904336979376007, LinearRegression(slope=0.14498073274703618, intercept=-131.47770291862372), 0.28996146549407237]
[185.77777777777777, 212, 170.48664007611987, 160.73634573271278, 29065.694444444445, 25836.172839506173, 185.77777777777777, 212, 212, [-9.5, 212.0, 343.5], 130, [130, 8, 212, -27, 316, 363, -32, 378, 324], 114.17819612235812, 44.75961335370586, -9602.902777777777, LinearRegression(slope=-0.3303861463256129, intercept=157.26729296182498), -0.6607722926512258]
[68.36693874999999, 31.322255, 625.6281644077837, 585.2215606825515, 391410.6001002529, 342484.2750877213, 68.36693874999999, -94.35549, 157.0, [-556.46, 31.322255, 726.8149999999999], 157.0, [157.0, -94.35549, -638.2, -762.0, 859.311, -311.24, 785.42, 551.0], 413.6306542074317, 294.77359444078553, -66065.63660171215, LinearRegression(slope=-0.16878857288175284, intercept=48.7230273989067), -0.33757714576350567]
[230.14285714285714, 252, 178.04908365525554, 164.84142039412006, 31701.47619047619, 27172.69387755102, 230.14285714285714, 252, 252, [43.0, 252.0, 393.0], 252, [252, -13, 393, 43, 163, 298, 475], 146.2811924801941, 62.39450464790456, -761.7619047619047, LinearRegression(slope=-0.0240292250173118, intercept=123.60158307184133), -0.0480584500346236]
[-229.99726727272727, -274.7, 490.70944675805856, 467.8730996732107, 240795.7611375999, 218905.2373978181, -229.99726727272727, -274.7, -274.7, [-677.0, -274.7, 253.61154], -274.7, [-274.7, -320.08095, 90.29, 371.93, -645.0, 253.61154, 378.349, -677.0, -838.0835, 67.061, -936.34703], 339.1340235585402, 234.46628363040227, -59453.63732924369, LinearRegression(slope=-0.2469048335749964, intercept=-168.78607063504035), -0.4938096671499928]
[221, 206, 198.29691542398402, 183.58727002242208, 39321.666666666664, 33704.28571428572, 221.0, 206, 206, [7.0, 206.0, 416.0], 206, [206, 416, 381, 99, 7, -17, 455], 111.66785060522513, 34.5516340747701, -12786.333333333334, LinearRegression(slope=-0.3251727207222481, intercept=185.36317127961684), -0.6503454414444962]
[425.83159, 689.47, 672.3616260734423, 622.4859077345492, 452070.1562161234, 387488.7053281058, 425.83158999999995, 689.47, 689.47, [-254.0, 689.47, 899.59713], 676.9, [676.9, 962.601, 899.59713, 792.992, -786.739, -254.0, 689.47], 676.4115054216215, 607.5300307888018, -134298.71701230307, LinearRegression(slope=-0.2970749454827941, intercept=342.4196913841015), -0.5941498909655882]
[358.75, 414.0, 160.59343074982863, 139.07799071024863, 25790.25, 19342.6875, 358.75, 414, 414, [195.75, 414.0, 466.5], 414, [414], 319.0177915938238, 267.6364221277965, -8825.041666666666, LinearRegression(slope=-0.34218519272464076, intercept=305.13393788996484), -0.6843703854492815]
[75.11537766666666, 30.3577, 605.5493774261399, 570.9174281617541, 366690.0485011856, 325946.7097788317, 75.11537766666666, 30.3577, 30.3577, [-417.3396505, 30.3577, 556.64], 377.68, [377.68, -41.92, -59.8, -774.879301, 976.8, 253.93, 735.6, -821.73, 30.3577], 248.63968707590803, 108.32327137239669, 32104.639625505395, LinearRegression(slope=0.08755252496414992, intercept=33.98114785498095), 0.17510504992829984]
[226, 263, 168.48145298518767, 155.98351561257087, 28386, 24330.85714285714, 226.0, 263, 263, [14.0, 263.0, 322.0], 14, [14, 314, -15, 263, 322, 237, 447], 131.7035866796865, 48.05746660533757, -11389.25, LinearRegression(slope=-0.4012277178891003, intercept=206.67746424293665), -0.8024554357782006]
[286.71387500000003, 365.67715, 373.9620728343715, 341.37910490462525, 139847.63191857975, 116539.69326548313, 286.713875, 299.3843, 431.97, [-16.5625, 365.67715, 580.5322125], 539.49495, [539.49495, 431.97, 299.3843, 703.644, 93.98, -348.19], 343.5039480285768, 269.05452210246364, -36640.95560076938, LinearRegression(slope=-0.2620062642326471, intercept=221.47776879241613), -0.5240125284652942]
[295.8888888888889, 306, 93.03956744907572, 87.71854541587282, 8656.361111111111, 7694.543209876543, 295.8888888888889, 306, 306, [237.5, 306.0, 341.5], 245, [245, 462, 315, 306, 230, 303, 368, 308, 126], 281.8826914778876, 264.0417348170935, 1784.7430555555554, LinearRegression(slope=0.20617705669241307, intercept=89.9389442253449), 0.41235411338482614]
[273.49796588888887, 233.5609, 568.9851131798669, 536.4443092315721, 323744.05902030587, 287772.49690693856, 273.49796588888887, 233.5609, 233.5609, [-6.306065, 233.5609, 812.7402815], 952.24, [952.24, 36.2789, 960.4, 673.240563, -45.52213, -842.32654, 460.7, 233.5609, 32.91], 246.16161441894374, 101.12686100098409, -52548.69362233534, LinearRegression(slope=-0.16231554574732562, intercept=184.14195453848288), -0.32463109149465125]
[167.33333333333334, 142.5, 140.21792562531607, 128.00086805261213, 19661.066666666666, 16384.222222222223, 167.33333333333334, 135, 150, [79.25, 142.5, 270.5], 227, [227, -22, 150, 113, 401, 135], 130.48229113086398, 82.08026912264373, -9045.666666666668, LinearRegression(slope=-0.46008015841799016, intercept=163.65341317527702), -0.9201603168359803]
[61.220000000000006, 262.0, 761.1514481363088, 680.7945516820769, 579351.527, 463481.2216, 61.220000000000006, 262.0, 262.0, [-723.4, 262.0, 745.45], 518.0, [518.0, 262.0, 972.9, -668.5, -778.3], 586.4331955692627, 524.5093812652962, -28602.229000000007, LinearRegression(slope=-0.049369385713209674, intercept=36.632393793362695), -0.09873877142641935]
[217.55555555555554, 193, 154.7935004377696, 145.94071179086626, 23961.027777777777, 21298.69135802469, 217.55555555555554, 193, 193, [85.5, 193.0, 357.0], 148, [148, -14, 375, 426, 309, 339, 23, 159, 193], 144.90931800491254, 65.39848840557778, 1766.3263888888887, LinearRegression(slope=0.07371663708545241, intercept=95.7403138429649), 0.14743327417090482]
[-122.74882728571428, -180.0, 660.1403539147731, 611.1712083252626, 435785.2868667218, 373530.2458857616, -122.74882728571428, -180.0, -180.0, [-810.3567, -180.0, 377.7107], -998.679, [-998.679, 904.213209, -180.0, 377.7107, -252.0, 99.87, -810.3567], 386.3278310848298, 275.9245264415203, 160591.20288821863, LinearRegression(slope=0.3685099238729759, intercept=-13.140252644301505), 0.7370198477459518]
[306.57142857142856, 328, 114.01148647228071, 105.55412578098382, 12998.619047619048, 11141.673469387755, 306.57142857142856, 328, 328, [250.0, 328.0, 379.0], 250, [250, 310, 82, 379, 369, 328, 428], 278.0765634537938, 233.7034552711112, -3032.1071428571427, LinearRegression(slope=-0.2332637899264024, intercept=227.79772759743707), -0.4665275798528048]
[-110.27319974999999, -279.37449999999995, 813.3551140889837, 704.3861910990503, 661546.5416147037, 496159.90621102776, -110.27319974999999, -686.449, 127.7, [-785.36544925, -279.37449999999995, 733.9203499999999], -686.449, [-686.449, 127.7, 935.9938, -818.337599], 510.510475850546, 347.45137801020223, 218984.35919658138, LinearRegression(slope=0.331018825466284, intercept=-15.634094813346081), 0.662037650932568]
[200.5, 200.5, 198.69700551341987, 140.5, 39480.5, 19740.25, 200.5, 60, 341, [-10.25, 200.5, 411.25], 341, [341, 60], 144.43683740652864, 103.5334987593052, -19740.25, LinearRegression(slope=-0.5, intercept=203.5), -1.0]
[73.856404, 78.85, 457.2845671754237, 423.3632436067988, 209109.17537681462, 179236.43603726965, 73.856404, 78.85, 78.85, [-248.303, 78.85, 258.9126], 131.624, [131.624, 78.85, 258.9126, -248.303, 953.361, -417.01084, -240.438932], 252.85987315334995, 197.15997606593092, 32340.63949869879, LinearRegression(slope=0.15465911259236223, intercept=28.505636098097007), 0.30931822518472446]
[284.75, 237.0, 117.61908858684461, 101.86111868617976, 13834.25, 10375.6875, 284.75, 216, 258, [209.25, 237.0, 408.0], 216, [216, 258, 458, 207], 270.6505285819901, 258.80519427025536, 236.95833333333334, LinearRegression(slope=0.017128383058953926, intercept=140.49769292396286), 0.03425676611790785]
[-454.89815024999996, -720.06, 637.5482648815363, 596.3717936797274, 406467.79005345755, 355659.3162967753, -454.89815024999996, -727.12, -713.0, [-909.552, -720.06, -115.81595050000001], -960.66, [-960.66, -16.49, -713.0, -756.228, 921.7, -413.793802, -727.12, -973.5934], 472.1521051665518, 119.70556310225766, -40346.747247640895, LinearRegression(slope=-0.09926185600668284, intercept=-269.60310981282186), -0.1985237120133657]
[249.5, 212.5, 172.8996818967577, 157.83509326720298, 29894.3, 24911.916666666668, 249.5, 201, 224, [146.0, 212.5, 439.0], 199, [199, 435, -13, 201, 451, 224], 171.0879701983088, 66.42349888359833, 10279.45, LinearRegression(slope=0.3438598662621302, intercept=41.956963367598505), 0.6877197325242604]
[326.0016, 366.33165, 576.2700966903337, 499.0645431751438, 332087.2243394866, 249065.41825461498, 326.0016, 289.7533, 442.91, [-237.77929999999998, 366.33165, 849.45245], 442.91, [442.91, -413.6235, 984.9666, 289.7533], 479.27406040299087, 438.68737792585034, -163874.92825907332, LinearRegression(slope=-0.4934695352554334, intercept=326.8726580445277), -0.9869390705108668]
[100.66666666666667, 79, 146.70491925403638, 119.78406497619882, 21522.333333333332, 14348.222222222223, 100.66666666666667, 79, 79, [-34.0, 79.0, 257.0], -34, [-34, 79, 257], 89.72757125577675, 66.74468740375731, -10409.083333333334, LinearRegression(slope=-0.4836410240525346, intercept=102.01986308795516), -0.9672820481050692]
[-31.926344999999994, 63.3675, 429.9248125842721, 392.46586313931124, 184835.3444756215, 154029.45372968458, -31.926344999999998, 59.735, 67.0, [-409.10288249999996, 63.3675, 292.86588], 67.0, [67.0, 227.14304, 59.735, -300.47051, 490.0344, -735.0], 216.38722800759834, 141.95688262511666, 8211.28457810978, LinearRegression(slope=0.04442486149716236, intercept=-11.544849045264376), 0.08884972299432473]
[226.83333333333334, 266.0, 195.6255777414259, 178.58090292326582, 38269.36666666667, 31891.13888888889, 226.83333333333334, 145, 387, [36.0, 266.0, 395.75], 416, [416, 60, 145, -36, 389, 387], 165.82606699339334, 103.78954949190634, 4950.383333333334, LinearRegression(slope=0.12935629106308702, intercept=87.07434797718976), 0.25871258212617404]
[-110.79276781818182, -69.830673, 558.2407688999767, 532.2616889378221, 311632.7560620372, 283302.5055109429, -110.79276781818182, -69.830673, -69.830673, [-607.06, -69.830673, 296.789], 151.28357, [151.28357, 906.53566, -36.241876, -229.054, 364.6564, -607.06, -69.830673, -867.891441, -993.547086, -134.36, 296.789], 273.84820789964215, 156.54662810385875, 24918.31988666856, LinearRegression(slope=0.07996052854504176, intercept=-43.537335635381), 0.15992105709008353]
[316.8333333333333, 363.5, 177.43890967503904, 161.97882234690093, 31484.566666666666, 26237.13888888889, 316.8333333333333, 288, 439, [113.25, 363.5, 469.25], 96, [96, 119, 439, 459, 288, 500], 264.3320614118739, 210.19098670244335, -3475.416666666667, LinearRegression(slope=-0.11038477052778241, intercept=196.39024146221905), -0.22076954105556482]
[394.89474275, 544.635, 370.9493102564783, 321.25152619842567, 137603.39077975703, 103202.54308481778, 394.89474275, 465.27, 624.0, [4.658625000000001, 544.635, 635.3906032499999], -148.8785, [-148.8785, 624.0, 465.27, 639.187471], 408.92249303214135, 333.92344266503704, -38905.50253481695, LinearRegression(slope=-0.2827365104475345, intercept=312.0985329342118), -0.565473020895069]
[218.66666666666666, 291, 215.79233844910559, 176.1937065340934, 46566.333333333336, 31044.222222222223, 218.66666666666666, 291, 291, [-24.0, 291.0, 389.0], -24, [-24, 291, 389], 141.73022907005662, 65.23333078744368, -19359.083333333336, LinearRegression(slope=-0.41573132234303756, intercept=203.2399158190109), -0.8314626446860751]
[551.25632, 684.1, 524.6047249156522, 428.33796423216035, 275210.1174038272, 183473.41160255147, 551.25632, 684.1, 684.1, [-27.0, 684.1, 996.66896], 996.66896, [996.66896, -27.0, 684.1], 267.4850330852742, 78.58286155085533, 113180.2200130432, LinearRegression(slope=0.411250215219992, intercept=51.92387975861922), 0.822500430439984]
[244.66666666666666, 249, 155.5452774382216, 127.00218720776252, 24194.333333333332, 16129.555555555555, 244.66666666666666, 249, 249, [87.0, 249.0, 398.0], 87, [87, 249, 398], 206.28383283366526, 167.8800474302253, -12083.083333333332, LinearRegression(slope=-0.49941790777454775, intercept=247.5242481021727), -0.9988358155490955]
[-646.1, -749.65, 338.7227282995144, 293.3424875465537, 114733.08666666667, 86049.815, -646.1, -865.5, -633.8, [-901.125, -749.65, -287.525], -633.8, [-633.8, -172.1, -865.5, -913.0], 543.1404992931348, 416.6464067700867, -35759.490000000005, LinearRegression(slope=-0.31167548123142397, intercept=-521.4235284236231), -0.6233509624628479]
[141.875, 79.0, 165.31306879459262, 154.63621624638907, 27328.410714285714, 23912.359375, 141.875, 71, 87, [11.75, 79.0, 327.5], 23, [23, 236, 8, 71, 358, 87, -40, 392], 81.12617783384263, 37.74118964894887, -7832.008928571428, LinearRegression(slope=-0.2865885254160538, intercept=114.59724704340263), -0.5731770508321076]
[161.7030666666667, -21.11, 643.7425907023811, 525.6136243060507, 414404.5230842134, 276269.68205614225, 161.70306666666667, -21.11, -21.11, [-370.8608, -21.11, 877.08], -370.8608, [-370.8608, -21.11, 877.08], 193.27146668208707, 61.15406259330328, -182136.79853405332, LinearRegression(slope=-0.43951450427832406, intercept=154.92237651961813), -0.8790290085566481]
[171, 171.0, 113.13708498984761, 80.0, 12800, 6400, 171.0, 91, 251, [51.0, 171.0, 291.0], 91, [91, 251], 152.26293048539432, 134.7906976744186, -6400.0, LinearRegression(slope=-0.5, intercept=174.0), -1.0]
[-56.180499999999995, 55.744099999999996, 283.1551173207364, 245.21952481132084, 80176.82046492, 60132.61534869, -56.180499999999995, 11.6882, 99.8, [-352.2079, 55.744099999999996, 127.9223], 137.2964, [137.2964, 11.6882, 99.8, -473.5066], 95.71465099197228, 40.786228356822356, -23385.58878558, LinearRegression(slope=-0.2916751830513405, intercept=-41.47670762141583), -0.583350366102681]
[241, 210, 145.11374848717816, 129.79368243485504, 21058, 16846.4, 241.0, 210, 210, [138.0, 210.0, 359.5], 210, [210, 240, 479, 86, 190], 209.7097734233455, 180.49301921864142, 7514.5, LinearRegression(slope=0.35684775382277517, intercept=37.49969132871118), 0.7136955076455503]
[-614.0482568571429, -750.4167, 371.6071198294489, 344.0413407566909, 138091.8515079384, 118364.44414966149, -614.0482568571427, -750.4167, -750.4167, [-928.107588, -750.4167, -93.324], -93.324, [-93.324, -641.35922, -962.62, -829.51329, -928.107588, -750.4167, -92.997], 439.78941490678915, 255.04530961056193, 67955.53013271853, LinearRegression(slope=0.49210383806615854, intercept=-1.8486244713370752), 0.9842076761323171]
[232.77777777777777, 281, 197.6814215965791, 186.37583163405054, 39077.944444444445, 34735.950617283954, 232.77777777777777, 281, 281, [32.0, 281.0, 415.0], 441, [441, 281, 60, 493, -20, 343, 4, 104, 389], 120.98952078925137, 31.376353742045467, 15809.65972222222, LinearRegression(slope=0.4045673319562185, intercept=25.2146043946358), 0.809134663912437]
[-104.94210866666667, -245.991771, 537.7829588254472, 514.8879828688937, 289210.5108030526, 265109.63490279816, -104.94210866666667, -248.261312, -243.72223, [-499.51369250000005, -245.991771, 437.33550750000006], 588.81401, [588.81401, -767.84445, -17.1, -720.4696, -248.261312, -529.96, 861.08001, -302.657, -243.72223, 662.20104, -408.17477, -133.211002], 332.53914551222476, 140.40310978346525, -4366.1789032780325, LinearRegression(slope=-0.015096888737392143, intercept=-51.055353671741315), -0.030193777474784286]
[169.71428571428572, 134, 184.15004234384008, 170.4898105758936, 33911.23809523809, 29066.775510204083, 169.71428571428572, 134, 134, [14.0, 134.0, 355.0], 479, [479, -13, 170, 134, 355, 14, 49], 88.16897121511637, 39.71790734955128, -1365.5476190476193, LinearRegression(slope=-0.040268291449947764, intercept=94.69124717750543), -0.08053658289989553]
[-771.2515000000001, -771.2515000000001, 229.73687188716576, 162.44850000000002, 52779.03030450002, 26389.51515225001, -771.2515000000001, -933.7, -608.803, [-1014.92425, -771.2515000000001, -527.5787499999999], -933.7, [-933.7, -608.803], 754.9720949147722, 738.0793227335913, -26389.51515225001, LinearRegression(slope=-0.5, intercept=-768.2515000000001), -1.0]
[316.44444444444446, 387, 152.29339374305695, 143.58358859417132, 23193.277777777777, 20616.246913580246, 316.44444444444446, 387, 387, [269.0, 387.0, 424.0], 306, [306, -50, 387, 431, 257, 388, 281, 426, 422], 287.49044103293255, 211.98389489076897, -4223.17361111111, LinearRegression(slope=-0.18208610492982877, intercept=218.84235853779472), -0.36417220985965754]
"###,
    ),
    (
        "statistics_errors",
        r###"import statistics
for f in [statistics.mean, statistics.fmean, statistics.median, statistics.median_low, statistics.median_high, statistics.mode, statistics.stdev, statistics.variance, statistics.pstdev, statistics.pvariance, statistics.harmonic_mean, statistics.geometric_mean]:
    try:
        f([])
    except statistics.StatisticsError as e:
        print(e)
for f in [statistics.stdev, statistics.variance]:
    try:
        f([1])
    except ValueError as e:
        print(e)
for call in [lambda: statistics.quantiles([1]), lambda: statistics.quantiles([1, 2], n=0), lambda: statistics.correlation([1, 2], [1]), lambda: statistics.correlation([1, 1], [1, 2]), lambda: statistics.linear_regression([1, 1], [1, 2]), lambda: statistics.covariance([1], [1]), lambda: statistics.harmonic_mean([-1, 2]), lambda: statistics.geometric_mean([0, 2])]:
    try:
        call()
    except ValueError as e:
        print(e)
print(statistics.multimode([]), statistics.mean([1, 3]), statistics.mean([True, False, True]), statistics.variance([1, 2, 3, 4], 2.5), statistics.pvariance([1.5, 2.5], 2.0))
print(statistics.median([3, 1, 2]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method="inclusive"), statistics.fmean([1, 2, 3], weights=[3, 2, 1]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
"###,
        r###"mean requires at least one data point
fmean requires at least one data point
no median for empty data
no median for empty data
no median for empty data
no mode for empty data
stdev requires at least two data points
variance requires at least two data points
pstdev requires at least one data point
pvariance requires at least one data point
harmonic_mean requires at least one data point
geometric mean requires a non-empty dataset containing positive numbers
stdev requires at least two data points
variance requires at least two data points
must have at least two data points
n must be at least 1
correlation requires that both inputs have same number of data points
at least one of the inputs is constant
x is constant
covariance requires at least two data points
harmonic mean does not support negative values
geometric mean requires a non-empty dataset containing positive numbers
[] 2 0.6666666666666666 1.6666666666666667 0.25
2 [3.25, 5.5, 7.75] 1.6666666666666667
LinearRegression(slope=2.2142857142857144, intercept=0.0)
"###,
    ),
    (
        "textwrap",
        r###"import textwrap
texts = ["a well-known state-of-the-art high-level co-op e-mail", "foo--bar -- x--y well--known end.--start --lead",
         "re-re-re-entry trail- A- -dash 3-4 ab-12 mid-2020s", "long-hyphenated-compound-word-here Über-cool naïve-ish"]
for text in texts:
    for w in (4, 7, 11, 16, 25):
        print(textwrap.wrap(text, width=w), textwrap.wrap(text, width=w, break_long_words=False))
    print(textwrap.fill(text, 18), "|", textwrap.shorten(text, 22, placeholder="..."))
"###,
        r###"['a we', 'll-k', 'nown', 'stat', 'e-', 'of-', 'the-', 'art ', 'high', '-lev', 'el', 'co-', 'op e', '-mai', 'l'] ['a', 'well-', 'known', 'state-', 'of-', 'the-', 'art', 'high-', 'level', 'co-', 'op', 'e-mail']
['a well-', 'known', 'state-', 'of-the-', 'art', 'high-', 'level', 'co-op', 'e-mail'] ['a well-', 'known', 'state-', 'of-the-', 'art', 'high-', 'level', 'co-op', 'e-mail']
['a well-', 'known', 'state-of-', 'the-art', 'high-level', 'co-op', 'e-mail'] ['a well-', 'known', 'state-of-', 'the-art', 'high-level', 'co-op', 'e-mail']
['a well-known', 'state-of-the-art', 'high-level co-op', 'e-mail'] ['a well-known', 'state-of-the-art', 'high-level co-op', 'e-mail']
['a well-known state-of-', 'the-art high-level co-op', 'e-mail'] ['a well-known state-of-', 'the-art high-level co-op', 'e-mail']
a well-known
state-of-the-art
high-level co-op
e-mail | a well-known state-...
['foo', '--', 'bar', '-- x', '--y', 'well', '--kn', 'own', 'end.', '--st', 'art ', '--le', 'ad'] ['foo', '--', 'bar', '-- x', '--y', 'well', '--', 'known', 'end.', '--', 'start', '--lead']
['foo--', 'bar --', 'x--y', 'well--', 'known', 'end.--', 'start', '--lead'] ['foo--', 'bar --', 'x--y', 'well--', 'known', 'end.--', 'start', '--lead']
['foo--bar --', 'x--y well--', 'known end.', '--start', '--lead'] ['foo--bar --', 'x--y well--', 'known end.', '--start', '--lead']
['foo--bar -- x--y', 'well--known end.', '--start --lead'] ['foo--bar -- x--y', 'well--known end.', '--start --lead']
['foo--bar -- x--y well--', 'known end.--start --lead'] ['foo--bar -- x--y well--', 'known end.--start --lead']
foo--bar -- x--y
well--known end.--
start --lead | foo--bar -- x--y...
['re-', 're-', 're-e', 'ntry', 'trai', 'l-', 'A- -', 'dash', '3-4 ', 'ab-', '12 m', 'id-', '2020', 's'] ['re-', 're-', 're-', 'entry', 'trail-', 'A-', '-dash', '3-4', 'ab-12', 'mid-2020s']
['re-re-', 're-', 'entry', 'trail-', 'A-', '-dash', '3-4', 'ab-12 m', 'id-', '2020s'] ['re-re-', 're-', 'entry', 'trail-', 'A-', '-dash', '3-4', 'ab-12', 'mid-2020s']
['re-re-re-', 'entry', 'trail- A-', '-dash 3-4', 'ab-12', 'mid-2020s'] ['re-re-re-', 'entry', 'trail- A-', '-dash 3-4', 'ab-12', 'mid-2020s']
['re-re-re-entry', 'trail- A- -dash', '3-4 ab-12', 'mid-2020s'] ['re-re-re-entry', 'trail- A- -dash', '3-4 ab-12', 'mid-2020s']
['re-re-re-entry trail- A-', '-dash 3-4 ab-12 mid-2020s'] ['re-re-re-entry trail- A-', '-dash 3-4 ab-12 mid-2020s']
re-re-re-entry
trail- A- -dash
3-4 ab-12
mid-2020s | re-re-re-entry...
['long', '-hyp', 'hena', 'ted-', 'comp', 'ound', '-wor', 'd-', 'here', 'Über', '-', 'cool', 'naïv', 'e-', 'ish'] ['long-', 'hyphenated-', 'compound-', 'word-', 'here', 'Über-', 'cool', 'naïve-', 'ish']
['long-hy', 'phenate', 'd-compo', 'und-', 'word-', 'here', 'Über-', 'cool', 'naïve-', 'ish'] ['long-', 'hyphenated-', 'compound-', 'word-', 'here', 'Über-', 'cool', 'naïve-', 'ish']
['long-', 'hyphenated-', 'compound-', 'word-here', 'Über-cool', 'naïve-ish'] ['long-', 'hyphenated-', 'compound-', 'word-here', 'Über-cool', 'naïve-ish']
['long-hyphenated-', 'compound-word-', 'here Über-cool', 'naïve-ish'] ['long-hyphenated-', 'compound-word-', 'here Über-cool', 'naïve-ish']
['long-hyphenated-compound-', 'word-here Über-cool', 'naïve-ish'] ['long-hyphenated-compound-', 'word-here Über-cool', 'naïve-ish']
long-hyphenated-
compound-word-here
Über-cool naïve-
ish | long-hyphenated-...
"###,
    ),
    (
        "textwrap",
        r###"import textwrap
p = ("The quick brown fox jumps over the lazy dog. This sentence is often used "
     "to test typewriters and fonts because it contains every letter of the "
     "English alphabet at least once, which makes it handy for display.")
for w in (10, 17, 25, 40, 60, 79):
    print(textwrap.wrap(p, width=w))
    print(textwrap.fill(p, width=w, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten(p, width=w + 20), textwrap.shorten(p, width=w + 5, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=8), textwrap.wrap("a  b\tc\nd", width=3), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("aaaa bbbb cccc dddd", width=9, max_lines=2), textwrap.wrap("well-known x-y", 5, break_on_hyphens=False))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent("   \n  a\n  b")))
print(repr(textwrap.indent("one\n\ntwo\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: True)))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
"###,
        r###"['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog. This', 'sentence', 'is often', 'used to', 'test typew', 'riters and', 'fonts', 'because it', 'contains', 'every', 'letter of', 'the', 'English', 'alphabet', 'at least', 'once,', 'which', 'makes it', 'handy for', 'display.']
* The
  quick
  brown
  fox
  jumps
  over the
  lazy
  dog.
  This
  sentence
  is often
  used to
  test typ
  ewriters
  and
  fonts
  because
  it
  contains
  every
  letter
  of the
  English
  alphabet
  at least
  once,
  which
  makes it
  handy
  for
  display.
The quick brown fox [...] The quick [...]
['The quick brown', 'fox jumps over', 'the lazy dog.', 'This sentence is', 'often used to', 'test typewriters', 'and fonts because', 'it contains every', 'letter of the', 'English alphabet', 'at least once,', 'which makes it', 'handy for', 'display.']
* The quick brown
  fox jumps over
  the lazy dog.
  This sentence
  is often used
  to test
  typewriters and
  fonts because
  it contains
  every letter of
  the English
  alphabet at
  least once,
  which makes it
  handy for
  display.
The quick brown fox jumps over [...] The quick brown [...]
['The quick brown fox jumps', 'over the lazy dog. This', 'sentence is often used to', 'test typewriters and', 'fonts because it contains', 'every letter of the', 'English alphabet at least', 'once, which makes it', 'handy for display.']
* The quick brown fox
  jumps over the lazy
  dog. This sentence is
  often used to test
  typewriters and fonts
  because it contains
  every letter of the
  English alphabet at
  least once, which makes
  it handy for display.
The quick brown fox jumps over the lazy [...] The quick brown fox [...]
['The quick brown fox jumps over the lazy', 'dog. This sentence is often used to test', 'typewriters and fonts because it', 'contains every letter of the English', 'alphabet at least once, which makes it', 'handy for display.']
* The quick brown fox jumps over the
  lazy dog. This sentence is often used
  to test typewriters and fonts because
  it contains every letter of the
  English alphabet at least once, which
  makes it handy for display.
The quick brown fox jumps over the lazy dog. This [...] The quick brown fox jumps over the lazy [...]
['The quick brown fox jumps over the lazy dog. This sentence', 'is often used to test typewriters and fonts because it', 'contains every letter of the English alphabet at least once,', 'which makes it handy for display.']
* The quick brown fox jumps over the lazy dog. This sentence
  is often used to test typewriters and fonts because it
  contains every letter of the English alphabet at least
  once, which makes it handy for display.
The quick brown fox jumps over the lazy dog. This sentence is often used [...] The quick brown fox jumps over the lazy dog. This sentence [...]
['The quick brown fox jumps over the lazy dog. This sentence is often used to', 'test typewriters and fonts because it contains every letter of the English', 'alphabet at least once, which makes it handy for display.']
* The quick brown fox jumps over the lazy dog. This sentence is often used to
  test typewriters and fonts because it contains every letter of the English
  alphabet at least once, which makes it handy for display.
The quick brown fox jumps over the lazy dog. This sentence is often used to test typewriters [...] The quick brown fox jumps over the lazy dog. This sentence is often used to [...]
['supercal', 'ifragili', 'sticexpi', 'alidocio', 'us word'] ['a', 'b', 'c d'] [] []
['aaaa bbbb', 'cccc dddd'] ['well-', 'known', 'x-y']
'a\n  b\n\nc\n' '  x\n\ty\n' '\na\nb'
'> one\n\n> two\n' '+a\n+b'
ValueError invalid width 0 (must be > 0)
"###,
    ),
];
