import string

def strength(password):
    checks = {
        "length": len(password) >= 12,
        "upper": any(c.isupper() for c in password),
        "lower": any(c.islower() for c in password),
        "digit": any(c.isdigit() for c in password),
        "symbol": any(c in string.punctuation for c in password),
        "no spaces": not any(c.isspace() for c in password),
    }
    score = sum(checks.values())
    failed = [name for name, ok in checks.items() if not ok]
    return score, failed


for pwd in ["password", "Tr0ub4dor&3", "correct horse battery staple", "X9!kLm#2qRtZ", "ABC123"]:
    score, failed = strength(pwd)
    label = "strong" if score == 6 else "medium" if score >= 4 else "weak"
    print(f"{pwd!r:32} {score}/6 {label:<6} missing: {', '.join(failed) or '-'}")
print(all(c.isalnum() for c in "abc123"), any(c.isspace() for c in "no_space"))
