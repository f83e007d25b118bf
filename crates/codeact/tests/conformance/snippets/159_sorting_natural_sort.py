import re

files = ["file10.txt", "file2.txt", "file1.txt", "File3.txt", "file20.txt",
         "file2b.txt", "img12.png", "img2.png", "file02.txt"]


def natural_key(name):
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


print(sorted(files))
print(sorted(files, key=natural_key))
releases = ["v1.10", "v1.9", "v1.2", "v2.0", "v1.11-rc1"]
print(sorted(releases, key=natural_key))
print(natural_key("chapter12section3"))
