class ConfigError(Exception):
    pass


def load_port(settings):
    try:
        port = int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e
    except ValueError as e:
        raise ConfigError(f"port must be a number, got {settings['port']!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range")
    return port


for settings in [{"port": "8080"}, {}, {"port": "http"}, {"port": "70000"}]:
    try:
        print("port:", load_port(settings))
    except ConfigError as error:
        cause = error.__cause__
        print(f"ConfigError: {error} | caused by: {type(cause).__name__ if cause else None}")

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
