import stat

modes = [0o100644, 0o100755, 0o040755, 0o120777, 0o100600]
for mode in modes:
    kind = "dir" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else "file" if stat.S_ISREG(mode) else "other"
    executable = bool(mode & stat.S_IXUSR)
    print(f"{oct(mode):>10} {stat.filemode(mode)} {kind:<4} exec={executable} perms={oct(stat.S_IMODE(mode))}")
print(stat.S_IRUSR | stat.S_IWUSR, oct(stat.S_IRWXU), oct(stat.S_IRGRP | stat.S_IROTH))
print(stat.filemode(0o100000 | stat.S_IRWXU | stat.S_IRGRP))
