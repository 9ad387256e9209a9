local s = "hello world"
print(s:sub(1, 5), s:sub(7), s:sub(-5), s:sub(-5, -2))
print(s:sub(0), s:sub(3, 2) == "", s:sub(12) == "", s:sub(11))
print(s:sub(-100, 3), s:sub(5, 100), s:sub(-3, -100) == "")
print(string.sub("abc", 2.0, "3"), string.sub(12345, 2, -2))
print(string.sub("abc", math.mininteger, math.maxinteger))
print(string.sub("abc", math.maxinteger), string.sub("abc", -1, math.mininteger) == "")
