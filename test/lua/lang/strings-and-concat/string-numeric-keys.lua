local t = {}
t["10"] = "string ten"
t[10] = "number ten"
print(t["10"], t[10], t[10.0], t["1" .. "0"])
print(#"10", ("10") + 0 == 10)
