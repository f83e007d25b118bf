def parse_record(record):
    name, age_text, score_text = record.split(",")
    age = int(age_text)
    scores = [int(s) for s in score_text.split("|")]
    return name.strip(), age, sum(scores) / len(scores)


records = ["ann,34,90|85|77", "bob,x,10", "cy,22", "dee,41,", "eve,29,100|95", None]
good, bad = [], []
for record in records:
    try:
        good.append(parse_record(record))
    except (ValueError, ZeroDivisionError) as e:
        bad.append((record, type(e).__name__, str(e)))
    except AttributeError as e:
        bad.append((record, "AttributeError", "record is not a string"))
for row in good:
    print("ok ", row)
for row in bad:
    print("bad", row)
