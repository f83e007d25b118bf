import re

raw = "apples, oranges;bananas |  grapes;;kiwi ,  mango"
print(re.split(r"\s*[,;|]\s*", raw))
print([p for p in re.split(r"[,;|\s]+", raw) if p])
print(re.split(r"(\d+)", "item12box7crate300"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r",", "a,b,c,d", maxsplit=2))

sentence_text = "Hello there! How are you? I'm fine. Thanks."
sentences = re.split(r"(?<=[.!?])\s+", sentence_text)
print(sentences)
print(re.split(r"[A-Z]", "splitOnCapitalLetters"))
