def is_palindrome(text):
    letters = [c.lower() for c in text if c.isalnum()]
    return letters == letters[::-1]


phrases = [
    "A man, a plan, a canal: Panama",
    "racecar",
    "Hello, World",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Python",
    "",
]
for phrase in phrases:
    print(f"{phrase!r:36} {is_palindrome(phrase)}")


def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            candidate = s[i:j]
            if candidate == candidate[::-1] and len(candidate) > len(best):
                best = candidate
    return best


print(longest_palindrome("forgeeksskeegfor"))
print(longest_palindrome("abacdfgdcaba"))
