import copy

template = {"name": "report", "sections": [{"title": "intro", "lines": 3}], "tags": ["draft"]}
alias = template
shallow = copy.copy(template)
deep = copy.deepcopy(template)

template["name"] = "renamed"
template["sections"][0]["lines"] = 99
template["tags"].append("urgent")

print(alias["name"], shallow["name"], deep["name"])
print(shallow["sections"][0]["lines"], deep["sections"][0]["lines"])
print(shallow["tags"], deep["tags"])
print(alias is template, shallow is template, shallow["tags"] is template["tags"], deep["tags"] is template["tags"])

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nums = [1, 2, 3]
copies = [nums[:], list(nums), nums.copy(), copy.copy(nums)]
nums.append(4)
print(copies)
