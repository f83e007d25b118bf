class AppError(Exception):
    """Base class for application errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFoundError(AppError):
    pass


class PermissionDenied(AppError):
    pass


def handle(request):
    if "user" not in request:
        raise ValidationError("user", "is required")
    if request["user"] == "guest" and request.get("action") == "delete":
        raise PermissionDenied("guests cannot delete")
    if request.get("id", 0) > 100:
        raise NotFoundError(f"record {request['id']} does not exist")
    return f"ok: {request['user']} {request.get('action', 'read')} {request.get('id', '-')}"


requests = [{"user": "amy", "id": 5}, {"id": 3}, {"user": "guest", "action": "delete"},
            {"user": "bo", "id": 404}, {"user": "cy", "action": "update", "id": 7}]
for req in requests:
    try:
        print(handle(req))
    except ValidationError as e:
        print(f"400 invalid field {e.field!r}: {e}")
    except (NotFoundError, PermissionDenied) as e:
        print(f"{404 if isinstance(e, NotFoundError) else 403} {type(e).__name__}: {e}")
    except AppError as e:
        print("500", e)
print(issubclass(NotFoundError, AppError), issubclass(AppError, Exception))
