word_counts = {"the": 42, "data": 17, "python": 23, "agent": 17, "code": 31, "tool": 9}

by_count = dict(sorted(word_counts.items(), key=lambda kv: kv[1], reverse=True))
print(by_count)
ranked = sorted(word_counts, key=lambda w: (-word_counts[w], w))
print(ranked)
for position, word in enumerate(ranked[:3], 1):
    print(f"#{position} {word} ({word_counts[word]})")
print(sorted(word_counts.values()))
print(sorted(word_counts.items())[:2])
print(min(word_counts, key=word_counts.get), max(word_counts.items(), key=lambda kv: kv[1]))
keys_sorted_by_len = sorted(word_counts, key=len)
print(keys_sorted_by_len)
