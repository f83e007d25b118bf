class Notifier:
    channel = "generic"

    def send(self, recipient, message):
        if not recipient:
            raise ValueError("recipient required")
        formatted = self.format(message)
        return f"[{self.channel}] to {recipient}: {formatted}"

    def format(self, message):
        raise NotImplementedError(f"{type(self).__name__} must implement format()")


class EmailNotifier(Notifier):
    channel = "email"

    def format(self, message):
        return f"Subject: Alert\n    {message}"


class SmsNotifier(Notifier):
    channel = "sms"
    limit = 20

    def format(self, message):
        return message if len(message) <= self.limit else message[: self.limit - 3] + "..."


class BrokenNotifier(Notifier):
    pass


for notifier in [EmailNotifier(), SmsNotifier(), BrokenNotifier()]:
    try:
        print(notifier.send("ops@example.com", "Disk usage above 90% on db-1"))
    except NotImplementedError as error:
        print("NotImplementedError:", error)
