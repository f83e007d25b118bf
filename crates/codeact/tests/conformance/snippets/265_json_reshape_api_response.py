import json

raw = json.loads("""{
  "results": [
    {"login": "octocat", "stats": {"repos": 8, "followers": 3938}, "location": "San Francisco"},
    {"login": "torvalds", "stats": {"repos": 7, "followers": 210000}, "location": "Portland"},
    {"login": "gvanrossum", "stats": {"repos": 24, "followers": 23000}, "location": null}
  ],
  "page": 1, "per_page": 3, "total": 3
}""")

users = [
    {
        "username": r["login"],
        "repos": r["stats"]["repos"],
        "followers_k": round(r["stats"]["followers"] / 1000, 1),
        "city": r["location"] or "unknown",
    }
    for r in raw["results"]
]
users.sort(key=lambda u: u["followers_k"], reverse=True)
summary = {
    "count": len(users),
    "most_followed": users[0]["username"],
    "total_repos": sum(u["repos"] for u in users),
    "users": users,
}
print(json.dumps(summary, indent=2))
