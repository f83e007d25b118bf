def rle_encode(text):
    if not text:
        return ""
    out = []
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            out.append(f"{count}{current}")
            current, count = ch, 1
    out.append(f"{count}{current}")
    return "".join(out)


def rle_decode(encoded):
    result, digits = [], ""
    for ch in encoded:
        if ch.isdigit():
            digits += ch
        else:
            result.append(ch * int(digits))
            digits = ""
    return "".join(result)


for sample in ["aaabbbcccd", "wwwwwwwwwwwwbx", "abc", "", "zzzzzzzzzzzzzzzzzzzzzzzzz"]:
    encoded = rle_encode(sample)
    assert rle_decode(encoded) == sample
    print(f"{sample!r:>30} -> {encoded!r}")
ratio = len(rle_encode("a" * 100)) / 100
print(f"compression ratio for 100 a's: {ratio:.2%}")
