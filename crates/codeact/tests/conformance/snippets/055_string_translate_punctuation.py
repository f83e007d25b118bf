import string

text = "Hello, world! It's a fine day -- isn't it? (Yes: it is.)"

table = str.maketrans("", "", string.punctuation)
print(text.translate(table))

spaced = str.maketrans({ch: " " for ch in string.punctuation})
print(" ".join(text.translate(spaced).split()))

leet = str.maketrans("aeiost", "43105+")
print("leet speak is nice to see".translate(leet))
print(string.ascii_lowercase, string.ascii_uppercase[:5], string.digits)
print(len(string.punctuation), string.hexdigits)
rot13 = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
    + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)
print("Hello World".translate(rot13), "Uryyb Jbeyq".translate(rot13))
