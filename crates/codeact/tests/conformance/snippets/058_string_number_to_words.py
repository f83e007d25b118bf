ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def to_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[rest] if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + (" and " + to_words(rest) if rest else "")
    for value, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            head, rest = divmod(n, value)
            return to_words(head) + " " + word + ((" " if rest >= 100 else " and ") + to_words(rest) if rest else "")


for number in [0, 7, 13, 20, 42, 99, 100, 115, 999, 1001, 12345, 1_000_000, 2_500_017]:
    print(f"{number:>9,}: {to_words(number)}")
