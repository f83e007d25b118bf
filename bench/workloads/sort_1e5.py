words = [str((i * 7919) % 100003) + "-item" for i in range(100000)]
words.sort()
words[0] + " " + words[50000] + " " + words[-1]
