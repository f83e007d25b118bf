scores = {
    "Ana": [88, 92, 79, 95],
    "Ben": [72, 65, 80, 70],
    "Cleo": [95, 98, 100, 97],
    "Dev": [58, 62, 49, 71],
    "Eli": [85, 85, 90, 80],
}


def letter(average):
    if average >= 90:
        return "A"
    elif average >= 80:
        return "B"
    elif average >= 70:
        return "C"
    elif average >= 60:
        return "D"
    return "F"


report = []
for student, marks in scores.items():
    avg = sum(marks) / len(marks)
    report.append((student, avg, letter(avg), max(marks), min(marks)))

for student, avg, grade, best, worst in sorted(report, key=lambda r: r[1], reverse=True):
    print(f"{student:<5} avg={avg:6.2f} grade={grade} best={best:3d} worst={worst:3d}")

distribution = {}
for _, _, grade, _, _ in report:
    distribution[grade] = distribution.get(grade, 0) + 1
print("Grade distribution:", dict(sorted(distribution.items())))
print("Class average:", round(sum(r[1] for r in report) / len(report), 2))
