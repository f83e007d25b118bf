class Connection:
    created = 0
    active = []
    MAX_CONNECTIONS = 3

    def __init__(self, host):
        if len(Connection.active) >= Connection.MAX_CONNECTIONS:
            raise RuntimeError(f"too many connections (max {Connection.MAX_CONNECTIONS})")
        Connection.created += 1
        self.id = Connection.created
        self.host = host
        Connection.active.append(self)

    def close(self):
        Connection.active.remove(self)

    def __repr__(self):
        return f"<Connection #{self.id} to {self.host}>"


pool = [Connection(h) for h in ["db1", "db2", "cache"]]
print(pool, Connection.created)
try:
    Connection("db3")
except RuntimeError as e:
    print("refused:", e)
pool[0].close()
extra = Connection("db3")
print(extra, Connection.active)
print(Connection.created, len(Connection.active), extra.MAX_CONNECTIONS)
extra.MAX_CONNECTIONS = 10
print(extra.MAX_CONNECTIONS, Connection.MAX_CONNECTIONS)
