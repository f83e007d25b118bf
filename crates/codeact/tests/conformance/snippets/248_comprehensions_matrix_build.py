n = 5
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(" ".join(map(str, row)))
multiplication = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in multiplication:
    print("".join(f"{v:4d}" for v in row))
upper_triangle = [[v if j >= i else 0 for j, v in enumerate(row)] for i, row in enumerate(multiplication)]
print(upper_triangle[2])
diagonal_sum = sum(multiplication[i][i] for i in range(5))
anti_diagonal = [multiplication[i][4 - i] for i in range(5)]
print(diagonal_sum, anti_diagonal)
chessboard = ["".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(4)]
print("\n".join(chessboard))
