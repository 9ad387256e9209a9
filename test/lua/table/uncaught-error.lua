print("before")
table.insert({}, 1, 2, 3)
print("after")
