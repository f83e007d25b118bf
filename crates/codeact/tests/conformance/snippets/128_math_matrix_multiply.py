def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    assert all(len(row) == inner for row in a), "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
for row in matmul(A, B):
    print(row)
print(matmul(B, A))
fib_matrix = mat_pow([[1, 1], [1, 0]], 50)
print("fib(50) via matrix:", fib_matrix[0][1])


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


print("det:", det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det([[1, 2], [3, 4]]))
