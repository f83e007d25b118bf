letters = list("abcdefghij")
print(letters[2:5], letters[:3], letters[7:], letters[-3:], letters[:-7])
print(letters[::2], letters[1::3], letters[::-1], letters[-2:-6:-1])
print(letters[100:], letters[-100:2], letters[5:2])
text = "Hello, World"
print(text[7:], text[:5].upper(), text[::-1], text[-5:-1], text[::3])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in matrix[:2]], matrix[-1][::-1])
letters[2:4] = ["X", "Y", "Z"]
print(letters)
letters[::3] = ["1", "2", "3", "4"]
print(letters, len(letters))
letters[:] = letters[:3]
print(letters)
print(tuple(range(10))[3:8:2], range(10)[2:9:3], list(range(10)[::-4]))
