GREETING = "Report"


def summarize(values):
    """Return count, total and mean of the values."""
    total = sum(values)
    return {"count": len(values), "total": total, "mean": total / len(values)}


def main():
    data = [12.5, 7.25, 30.0, 18.75]
    result = summarize(data)
    print(GREETING)
    for key, value in result.items():
        print(f"  {key:<5} {value:>8.3f}")
    print(summarize.__doc__)


if __name__ == "__main__":
    main()
