departments = {
    "engineering": [["ana", "ben"], ["cara"]],
    "sales": [["dev"], ["ed", "fay", "gil"]],
    "support": [],
}

all_people = [person for teams in departments.values() for team in teams for person in team]
print(all_people)
team_sizes = {dept: [len(team) for team in teams] for dept, teams in departments.items()}
print(team_sizes)
grid = [[r * 3 + c for c in range(3)] for r in range(4)]
print(grid)
flat = [v for row in grid for v in row]
print(flat)
evens_by_row = [[v for v in row if v % 2 == 0] for row in grid]
print(evens_by_row)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
