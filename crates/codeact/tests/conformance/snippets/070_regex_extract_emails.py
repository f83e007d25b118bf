import re

text = """Contact sales@acme.com or support@acme.co.uk for help.
CEO: jane.doe+news@startup.io; intern: bob_smith99@mail.example.org
Not an email: user@localhost, @handle, name@.com"""

pattern = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
emails = re.findall(pattern, text)
print(emails)
print("count:", len(emails))
domains = sorted({e.split("@")[1] for e in emails})
print("domains:", domains)
masked = re.sub(r"([\w.+-])[\w.+-]*@", r"\1***@", text.splitlines()[0])
print(masked)
