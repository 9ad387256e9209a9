local s = "hello world"
print(s:find("o"), s:find("o", 6), s:find("o", -3), s:find("xyz"))
print(s:find("l+"), s:find("wor"), s:find(""), s:find("", 12), s:find("", 13))
print(s:find("", -100), s:find("h", 0), s:find("d", -1), s:find("o", 100))
print(string.find(123456, 34), string.find("a1b2", 2))
print(s:find("(o)(r)"), s:find("()or()"))
