print("Tab:\tdone")
print("Newline:\nsecond line")
print("Backslash: \\ and quote: \" and apostrophe: '")
print('Single quotes can hold "double" quotes')
print(r"Raw string keeps \n and \t literally")
print("Unicode escapes: \u00e9 \u2713 \U0001F600")
print("Octal and hex: \101 \x42")
print(len("\n"), len(r"\n"), len("\\"))
multi = """First line
    indented second line
Third "quoted" line"""
print(multi)
print("joined " "implicitly " "at compile time")
print("Line one\
 continues here")
print(f"{'nested quotes'!r} {'{}'} {{literal}}")
