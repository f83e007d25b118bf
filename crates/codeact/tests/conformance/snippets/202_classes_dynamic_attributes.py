class Settings:
    def __init__(self, **values):
        for key, value in values.items():
            setattr(self, key, value)

    def get(self, key, default=None):
        return getattr(self, key, default)

    def keys(self):
        return sorted(vars(self))


s = Settings(theme="dark", font_size=14, autosave=True)
print(s.theme, s.get("font_size"), s.get("language", "en"))
print(hasattr(s, "autosave"), hasattr(s, "missing"))
setattr(s, "font_size", 16)
s.language = "fr"
print(s.keys(), s.font_size)
delattr(s, "autosave")
print(s.keys(), vars(s))
for attribute in ["theme", "autosave"]:
    print(attribute, getattr(s, attribute, "<unset>"))
