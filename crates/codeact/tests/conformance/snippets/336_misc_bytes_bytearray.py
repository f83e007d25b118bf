data = b"Hello\x00World"
print(data, len(data), data[0], data[:5], data.split(b"\x00"))
buffer = bytearray(b"abc")
buffer.append(100)
buffer[0] = 65
buffer.extend(b"!!")
print(buffer, bytes(buffer), buffer.decode())
print(bytes(4), bytes([1, 2, 255]), b"ab" * 2, b"x" in b"xyz")
print(b"MiXeD".lower(), b"  pad ".strip(), b"a,b".replace(b",", b";"), b"hex".hex())
checksum = sum(b"payload") % 256
print("checksum:", checksum, bytes([checksum]).hex())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"))
print(list(b"AB"), bytes.fromhex("deadbeef"), b"%d items" % 5)
