import re

html = """<div class="post"><h1>Title &amp; Subtitle</h1>
<p>First <b>bold</b> paragraph with a <a href="https://ex.com/a">link</a>.</p>
<!-- hidden comment --><p>Second&nbsp;para &lt;3</p><br/></div>"""

no_comments = re.sub(r"<!--.*?-->", "", html, flags=re.S)
text = re.sub(r"<[^>]+>", " ", no_comments)
entities = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " "}
text = re.sub(r"&\w+;", lambda m: entities.get(m.group(), m.group()), text)
text = re.sub(r"\s+", " ", text).strip()
print(text)
print(re.findall(r'href="([^"]+)"', html))
print(re.findall(r"<(\w+)", html))
print(re.findall(r"<h1>(.*?)</h1>", html))
