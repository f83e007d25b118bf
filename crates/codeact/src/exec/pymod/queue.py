# `queue` for code that runs alone: nothing else can put to a queue while
# the code waits on it, so a get that would wait forever (or a put on a
# full queue) raises at once instead of hanging until the time limit; one
# with a timeout sleeps it (on the host's clock) and raises as CPython does.
# monty cannot define exception classes, so `Empty` is IndexError and
# `Full` is OverflowError here: `except queue.Empty` works, but the
# exception's type name is the builtin's.

Empty = IndexError
Full = OverflowError

def _wait_forever(what):
    raise RuntimeError(f"queue.{what}() would wait forever: no other thread can change the queue in the sandbox; pass block=False or a timeout")

def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")

class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.queue = []
        self.unfinished_tasks = 0

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)

    def qsize(self):
        return len(self.queue)

    def empty(self):
        return not self.queue

    def full(self):
        return 0 < self.maxsize <= len(self.queue)

    def put(self, item, block=True, timeout=None):
        if self.full():
            if not block:
                raise Full()
            _check_timeout(timeout)
            if timeout is None:
                _wait_forever("put")
            __codeact_mod_time.sleep(timeout)
            raise Full()
        self._put(item)
        self.unfinished_tasks += 1

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if not self.queue:
            if not block:
                raise Empty()
            _check_timeout(timeout)
            if timeout is None:
                _wait_forever("get")
            __codeact_mod_time.sleep(timeout)
            raise Empty()
        return self._get()

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks > 0:
            _wait_forever("join")

class LifoQueue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.queue = []
        self.unfinished_tasks = 0

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()

    qsize = Queue.qsize
    empty = Queue.empty
    full = Queue.full
    put = Queue.put
    put_nowait = Queue.put_nowait
    get = Queue.get
    get_nowait = Queue.get_nowait
    task_done = Queue.task_done
    join = Queue.join

class PriorityQueue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.queue = []
        self.unfinished_tasks = 0

    def _put(self, item):
        __codeact_mod_heapq.heappush(self.queue, item)

    def _get(self):
        return __codeact_mod_heapq.heappop(self.queue)

    qsize = Queue.qsize
    empty = Queue.empty
    full = Queue.full
    put = Queue.put
    put_nowait = Queue.put_nowait
    get = Queue.get
    get_nowait = Queue.get_nowait
    task_done = Queue.task_done
    join = Queue.join

class SimpleQueue:
    def __init__(self):
        self.queue = []

    def _get(self):
        return self.queue.pop(0)

    def put(self, item, block=True, timeout=None):
        self.queue.append(item)

    def put_nowait(self, item):
        self.queue.append(item)

    qsize = Queue.qsize
    empty = Queue.empty
    get = Queue.get
    get_nowait = Queue.get_nowait
