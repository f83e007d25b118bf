class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(width) for v in r) for r in self.rows)


m = Matrix([[1, 2], [3, 4], [5, 6]])
print(m, m.shape, sep="\n")
print(m.transpose())
print(m * m.transpose())
print(m * Matrix.identity(2) == m, (m + m) == m * 2)
print((m * 0.5).rows)
