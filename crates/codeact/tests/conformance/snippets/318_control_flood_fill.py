grid_text = """
##########
#..#.....#
#..#.##..#
#....#...#
######.###
#....#...#
##########
"""
grid = [list(row) for row in grid_text.strip().splitlines()]


def flood(r, c, mark):
    stack = [(r, c)]
    filled = 0
    while stack:
        r, c = stack.pop()
        if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
            continue
        grid[r][c] = mark
        filled += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return filled


rooms = []
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if cell == ".":
            rooms.append(flood(r, c, "abcdefghij"[len(rooms)]))
print("room sizes:", rooms)
print("\n".join("".join(row) for row in grid))
