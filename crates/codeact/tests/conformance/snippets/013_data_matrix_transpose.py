matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]

transposed = [list(row) for row in zip(*matrix)]
print("Original:")
for row in matrix:
    print("  " + " ".join(f"{v:3d}" for v in row))
print("Transposed:")
for row in transposed:
    print("  " + " ".join(f"{v:3d}" for v in row))

row_sums = [sum(row) for row in matrix]
col_sums = [sum(col) for col in zip(*matrix)]
print("Row sums:", row_sums)
print("Column sums:", col_sums)
diagonal = [matrix[i][i] for i in range(min(len(matrix), len(matrix[0])))]
print("Diagonal:", diagonal)
rotated = [list(reversed(col)) for col in zip(*matrix)]
print("Rotated 90:", rotated)
