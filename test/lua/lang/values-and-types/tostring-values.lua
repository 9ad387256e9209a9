print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-3.5))
print(tostring("x"), tostring(1e300 * 1e10), tostring(2^24))
print(type(tostring({})), tostring({}):sub(1, 7), tostring(print):sub(1, 9))
print(pcall(tostring))
