_WHITESPACE = "\t\n\x0b\x0c\r "

def _expand_tabs(text, size):
    out = []
    column = 0
    for c in text:
        if c == "\t":
            spaces = size - column % size
            out.append(" " * spaces)
            column += spaces
        elif c == "\n" or c == "\r":
            out.append(c)
            column = 0
        else:
            out.append(c)
            column += 1
    return "".join(out)

def _chunks(text):
    chunks = []
    current = ""
    in_space = False
    for c in text:
        space = c in _WHITESPACE
        if current and space != in_space:
            chunks.append(current)
            current = ""
        current += c
        in_space = space
    if current:
        chunks.append(current)
    return chunks

# With break_on_hyphens (the default), CPython splits words after a hyphen
# between letters and around em-dashes ("--" between words) too. The
# scanner below follows its rules: at each place, a run of whitespace; or
# an em-dash after a word character or punctuation and before a word
# character; or the shortest run of other characters that ends at a
# breakable hyphen (two letters, or letter-hyphen-letter, before it, and a
# letter, an optional hyphen and a letter after), at whitespace or the end,
# or just before an em-dash.
_PUNCT = "!\"'&.,?"


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_punct(c):
    return _is_word(c) or c in _PUNCT


def _dash_run(text, k):
    """The end of the run of hyphens at k when it is an em-dash (two or more,
    then a word character); -1 otherwise."""
    j = k
    n = len(text)
    while j < n and text[j] == "-":
        j += 1
    if j - k >= 2 and j < n and _is_word(text[j]):
        return j
    return -1


def _breakable_hyphen(text, k):
    n = len(text)
    before = (k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or (
        k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1])
    )
    if not before or k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    return _is_letter(text[k + 2]) or (text[k + 2] == "-" and k + 3 < n and _is_letter(text[k + 3]))


def _hyphenated_chunks(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _WHITESPACE:
            end = i
            while end < n and text[end] in _WHITESPACE:
                end += 1
        elif text[i] == "-" and i > 0 and _is_punct(text[i - 1]) and _dash_run(text, i) > 0:
            end = _dash_run(text, i)
        else:
            k = i + 1
            while True:
                if k < n and text[k] == "-" and _breakable_hyphen(text, k):
                    end = k + 1
                    break
                if k == n or text[k] in _WHITESPACE:
                    end = k
                    break
                if _is_punct(text[k - 1]) and _dash_run(text, k) > 0:
                    end = k
                    break
                k += 1
        chunks.append(text[i:end])
        i = end
    return chunks


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _split(self, text):
        if self.expand_tabs:
            text = _expand_tabs(text, self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        if self.fix_sentence_endings:
            raise NotImplementedError("textwrap's fix_sentence_endings is not available in the sandbox")
        if self.break_on_hyphens and "-" in text:
            return _hyphenated_chunks(text)
        return _chunks(text)

    def _handle_long_word(self, chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # After the last hyphen that fits, if something other than
                # hyphens comes before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(chunks.pop())

    def wrap(self, text):
        chunks = self._split(text)
        lines = []
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                chunks.pop()
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(piece) for piece in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if cur_line:
                last_fits = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                if self.max_lines is None or len(lines) + 1 < self.max_lines or (last_fits and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        cur_line.pop()
                    if not placed:
                        if lines:
                            previous = lines[-1].rstrip()
                            if len(previous) + len(self.placeholder) <= self.width:
                                lines[-1] = previous + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def fill(self, text):
        return "\n".join(self.wrap(text))

def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)

def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)

def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))

def _leading(line):
    i = 0
    while i < len(line) and (line[i] == " " or line[i] == "\t"):
        i += 1
    return line[:i]

def dedent(text):
    lines = text.split("\n")
    for i in range(len(lines)):
        if lines[i] and lines[i].strip(" \t") == "":
            lines[i] = ""
    margin = None
    for line in lines:
        lead = _leading(line)
        if len(lead) == len(line):
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i in range(min(len(margin), len(lead))):
                if margin[i] != lead[i]:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)

def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        keep = line.strip() if predicate is None else predicate(line)
        out.append(prefix + line if keep else line)
    return "".join(out)
