def longest_common_prefix(strings):
    if not strings:
        return ""
    prefix = strings[0]
    for s in strings[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
            if not prefix:
                return ""
    return prefix


cases = [
    ["flower", "flow", "flight"],
    ["interspecies", "interstellar", "interstate"],
    ["dog", "racecar", "car"],
    ["/usr/local/bin/python", "/usr/local/lib/node", "/usr/local/share"],
    ["same", "same"],
]
for words in cases:
    print(f"{words} -> {longest_common_prefix(words)!r}")

paths = cases[3]
common = longest_common_prefix(paths)
print(common[: common.rfind("/") + 1])
print([p.removeprefix("/usr/local/") for p in paths])
print("report_final.txt".removesuffix(".txt"), "data.csv".removesuffix(".txt"))
