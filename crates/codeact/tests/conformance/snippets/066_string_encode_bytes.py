messages = ["hello", "héllo", "日本語", "emoji 😀", "naïve"]

for msg in messages:
    data = msg.encode("utf-8")
    print(f"{msg!r:12} chars={len(msg):2d} bytes={len(data):2d} {data!r}")

raw = b"caf\xc3\xa9 au lait"
print(raw.decode("utf-8"))
print(raw.decode("ascii", errors="replace"))
print("price: 5€".encode("ascii", errors="ignore"))
print("price: 5€".encode("ascii", errors="xmlcharrefreplace"))
print(bytes([72, 105, 33]).decode(), list(b"AZ"), b"abc".hex(), bytes.fromhex("4f4b"))
print("Straße".encode("latin-1"), len("Straße".encode("utf-16-le")))
