class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def is_empty(self):
        return not self._items


def balanced(expression):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for ch in expression:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if stack.is_empty() or stack.pop() != pairs[ch]:
                return False
    return stack.is_empty()


for expr in ["(a + b) * [c - {d / e}]", "((())", "{[()]}()", "(]", ""]:
    print(f"{expr!r:26} balanced={balanced(expr)}")

history = Stack()
for page in ["home", "search", "results", "item"]:
    history.push(page)
print(history.pop(), history.pop(), history.peek(), len(history))
