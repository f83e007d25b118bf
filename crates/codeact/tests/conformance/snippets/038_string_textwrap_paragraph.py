import textwrap

paragraph = ("The quick brown fox jumps over the lazy dog. This sentence is often used "
             "to test typewriters and fonts because it contains every letter of the "
             "English alphabet at least once, which makes it handy for display.")

for width in (40, 60):
    print(f"--- width {width} ---")
    for line in textwrap.wrap(paragraph, width=width):
        print(f"|{line:<{width}}|")

print(textwrap.fill("Short text that wraps.", width=10))
print(textwrap.shorten(paragraph, width=50, placeholder=" [...]"))
print(textwrap.indent("line one\nline two", "> "))
code = """
    def hello():
        return 'hi'
"""
print(textwrap.dedent(code).strip())
