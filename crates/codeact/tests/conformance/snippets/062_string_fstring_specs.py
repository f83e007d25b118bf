value = 3.14159265
big = 1234567.891
count = 42
name = "widget"

print(f"[{value:.2f}] [{value:10.4f}] [{value:<10.1f}] [{value:^10.3f}]")
print(f"[{big:,.2f}] [{big:_.1f}] [{big:.3e}] [{big:.4g}]")
print(f"[{count:5d}] [{count:<5d}] [{count:05d}] [{count:+d}] [{-count:d}]")
print(f"[{count:b}] [{count:o}] [{count:x}] [{count:#X}] [{count:#010b}]")
print(f"[{name:>10}] [{name:*<10}] [{name:-^12}] [{name!r}] [{name.upper()}]")
print(f"[{0.256:.1%}] [{1/8:%}] [{-0.5:+.2f}] [{7: d}]")
print(f"{count=}, {value=:.3f}, {name = }")
width = 8
print(f"[{name:>{width}}] [{value:{width}.{2}f}]")
items = {"a": 1, "b": 2}
print(f"{items['a'] + items['b']} {len(items)} {'yes' if items else 'no'}")
print(f"{{braces}} {count // 5} {count % 5} {count ** 2:,}")
