board = [
    [5, 3, 4, 6, 7, 8, 9, 1, 2],
    [6, 7, 2, 1, 9, 5, 3, 4, 8],
    [1, 9, 8, 3, 4, 2, 5, 6, 7],
    [8, 5, 9, 7, 6, 1, 4, 2, 3],
    [4, 2, 6, 8, 5, 3, 7, 9, 1],
    [7, 1, 3, 9, 2, 4, 8, 5, 6],
    [9, 6, 1, 5, 3, 7, 2, 8, 4],
    [2, 8, 7, 4, 1, 9, 6, 3, 5],
    [3, 4, 5, 2, 8, 6, 1, 7, 9],
]


def problems(grid):
    found = []
    full = set(range(1, 10))
    for i in range(9):
        if set(grid[i]) != full:
            found.append(f"row {i}")
        if {grid[r][i] for r in range(9)} != full:
            found.append(f"column {i}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = {grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)}
            if box != full:
                found.append(f"box ({br // 3}, {bc // 3})")
    return found


print("valid" if not problems(board) else problems(board))
broken = [row[:] for row in board]
broken[4][4], broken[4][5] = broken[4][5], broken[4][4]
print(problems(broken))
print(board[0] is broken[0], board[4][4], broken[4][4])
