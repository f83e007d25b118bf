raw = """alice: 1520 pts (12 games)
Bob: 1875 pts (20 games)
carol: 1520 pts (9 games)
dave: 980 pts (15 games)
Eve: 2010 pts (22 games)"""

players = []
for line in raw.splitlines():
    name, rest = line.split(":")
    points = int(rest.split("pts")[0])
    games = int(rest.split("(")[1].split()[0])
    players.append((name.strip().title(), points, games))

leaderboard = sorted(players, key=lambda p: (-p[1], p[2], p[0]))
print(f"{'#':>2} {'Player':<7}{'Pts':>6}{'Games':>6}{'Avg':>7}")
for rank, (name, points, games) in enumerate(leaderboard, 1):
    print(f"{rank:>2} {name:<7}{points:>6}{games:>6}{points / games:>7.1f}")
by_avg = max(players, key=lambda p: p[1] / p[2])
print("Best average:", by_avg[0])
