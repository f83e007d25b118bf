import json

messages = {"greeting": "¡Hola, señor!", "city": "Zürich", "jp": "東京", "emoji": "🚀 launch", "quote": 'say "hi"'}
print(json.dumps(messages))
print(json.dumps(messages, ensure_ascii=False))
print(json.dumps("tab\there\nnewline\\slash/"))
decoded = json.loads('"caf\\u00e9 \\ud83d\\ude80"')
print(decoded, len(decoded))
print(json.dumps(["\u00e9", "\x00", "\x7f"]))
print(json.loads(json.dumps(messages)) == messages)
