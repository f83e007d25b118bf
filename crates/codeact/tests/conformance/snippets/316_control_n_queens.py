def solve_queens(n):
    solutions = []
    columns = []

    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(columns[:])
            return
        for col in range(n):
            if col in used_cols or row - col in diag1 or row + col in diag2:
                continue
            columns.append(col)
            place(row + 1, used_cols | {col}, diag1 | {row - col}, diag2 | {row + col})
            columns.pop()

    place(0, frozenset(), frozenset(), frozenset())
    return solutions


for n in range(4, 9):
    print(n, "queens:", len(solve_queens(n)), "solutions")
first = solve_queens(6)[0]
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))
