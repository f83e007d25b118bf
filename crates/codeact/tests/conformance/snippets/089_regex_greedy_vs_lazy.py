import re

html = "<b>bold</b> and <i>italic</i> and <b>more</b>"
print(re.findall(r"<.+>", html))
print(re.findall(r"<.+?>", html))
print(re.findall(r"<b>(.*)</b>", html))
print(re.findall(r"<b>(.*?)</b>", html))

quoted = 'He said "hello" and then "goodbye" loudly'
print(re.findall(r'"(.*)"', quoted))
print(re.findall(r'"(.*?)"', quoted))
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"))
print(re.search(r"\d+", "abc 12345 def").group(), re.search(r"\d+?", "abc 12345").group())
