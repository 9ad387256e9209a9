local s = "Hello"
print(s:upper(), s:lower(), s:len(), s:sub(2, 3), s:rep(2, "-"))
print(("abc"):byte(), ("x"):byte(-1), s:reverse())
print(#s:sub(10), s:sub(-3), s:sub(0), s:sub(2, -2))
print(("%d-%s"):format(5, "x"))
