import re


class TextUtils:
    WORD = re.compile(r"[A-Za-z']+")

    @staticmethod
    def word_count(text):
        return len(TextUtils.WORD.findall(text))

    @staticmethod
    def reading_time(text, wpm=200):
        minutes, seconds = divmod(round(TextUtils.word_count(text) / wpm * 60), 60)
        return f"{minutes}m {seconds:02d}s"

    @classmethod
    def summary(cls, text):
        words = cls.WORD.findall(text.lower())
        longest = max(words, key=len)
        return {"words": len(words), "unique": len(set(words)), "longest": longest,
                "time": cls.reading_time(text)}


article = ("Agents that write code can solve data problems quickly. They parse text, "
           "compute statistics and call tools. Code is more expressive than JSON tool calls, "
           "and it composes: loops, conditionals and functions all come for free.") * 3
print(TextUtils.word_count(article))
print(TextUtils.reading_time(article), TextUtils.reading_time(article, wpm=120))
print(TextUtils.summary(article))
print(TextUtils().word_count("It's a test"))
