import re

text = "Order 3 apples at 1.25 each and 12 pears at 0.8 each; ship in 2 days."


def double(match):
    number = match.group()
    value = float(number) * 2 if "." in number else int(number) * 2
    return str(value)


print(re.sub(r"\d+(?:\.\d+)?", double, text))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))

prices = {"apple": 1.2, "pear": 0.75}
template = "An {apple} and a {pear} and a {kiwi}."
print(re.sub(r"\{(\w+)\}", lambda m: f"${prices[m.group(1)]:.2f}" if m.group(1) in prices else m.group(0), template))


def censor(match):
    word = match.group(0)
    return word[0] + "*" * (len(word) - 1)


print(re.sub(r"\b(darn|heck|shoot)\b", censor, "Darn it, what the heck! Oh shoot.", flags=re.IGNORECASE))
