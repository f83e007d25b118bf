class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for value in reversed(list(values)):
            self.push_front(value)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node and node.value != value:
            prev, node = node, node.next
        if node is None:
            return False
        if prev is None:
            self.head = node.next
        else:
            prev.next = node.next
        self.size -= 1
        return True

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"


items = LinkedList([1, 2, 3, 4, 5])
print(items, items.size)
items.reverse()
print(items)
print(items.remove(3), items.remove(42), items, items.size)
print(sum(items), max(items), list(items), 4 in items)
