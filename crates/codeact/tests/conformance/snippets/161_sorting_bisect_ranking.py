import bisect

cutoffs = [60, 70, 80, 90]
grades = "FDCBA"
for score in [55, 60, 69, 70, 85, 90, 100]:
    print(score, grades[bisect.bisect_right(cutoffs, score)])

leaderboard = []
for player_score in [300, 150, 450, 150, 275, 500]:
    bisect.insort(leaderboard, player_score)
print(leaderboard)
print("rank of 275 (from top):", len(leaderboard) - bisect.bisect_left(leaderboard, 275))
print(bisect.bisect_left(leaderboard, 150), bisect.bisect_right(leaderboard, 150))
prices = [9.99, 14.5, 19.99, 24.0, 49.95]
budget = 20
affordable = prices[:bisect.bisect_right(prices, budget)]
print("affordable:", affordable)
i = bisect.bisect_left(prices, 19.99)
print("found" if i < len(prices) and prices[i] == 19.99 else "missing", i)
