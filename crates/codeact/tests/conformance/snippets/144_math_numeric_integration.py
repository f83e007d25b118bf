import math


def trapezoid(f, a, b, n=1000):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2 + sum(f(a + i * h) for i in range(1, n))
    return total * h


def simpson(f, a, b, n=100):
    if n % 2:
        n += 1
    h = (b - a) / n
    total = f(a) + f(b)
    total += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    total += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return total * h / 3


cases = [("x^2 on [0,3]", lambda x: x * x, 0, 3, 9.0),
         ("sin on [0,pi]", math.sin, 0, math.pi, 2.0),
         ("e^x on [0,1]", math.exp, 0, 1, math.e - 1)]
for label, f, a, b, exact in cases:
    t, s = trapezoid(f, a, b), simpson(f, a, b)
    print(f"{label:<14} trap={t:.8f} simpson={s:.10f} exact={exact:.10f} err={abs(s - exact):.2e}")
