import json

tree = {
    "name": "root",
    "children": [
        {"name": "src", "children": [{"name": "main.py", "size": 2048}, {"name": "utils.py", "size": 512}]},
        {"name": "tests", "children": [{"name": "test_main.py", "size": 1024}]},
        {"name": "README.md", "size": 300},
    ],
}


def total_size(node):
    return node.get("size", 0) + sum(total_size(c) for c in node.get("children", []))


def render(node, depth=0):
    size = total_size(node)
    suffix = "/" if "children" in node else ""
    print(f"{'  ' * depth}{node['name']}{suffix} ({size} B)")
    for child in node.get("children", []):
        render(child, depth + 1)


render(tree)
print(json.dumps(tree, indent=1)[:120])
files = [c["name"] for c in json.loads(json.dumps(tree))["children"][0]["children"]]
print(files)
