import math

values = [0.1] * 10
print(sum(values), math.fsum(values), sum(values) == 1.0, math.fsum(values) == 1.0)
print(math.isclose(sum(values), 1.0), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
big_small = [1e20, 1.0, -1e20]
print(sum(big_small), math.fsum(big_small))
print(math.prod([1.5, 2, 4]), math.prod(range(1, 11)))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1e308))
nan = float("nan")
print(nan == nan, nan != nan, max(1.0, 2.0), min([3.5, -1.25, 2.0]))
print(math.copysign(3, -0.0), math.fabs(-2.5), math.fmod(-7, 3), math.remainder(7, 3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), 7.0.is_integer(), (0.75).as_integer_ratio())
