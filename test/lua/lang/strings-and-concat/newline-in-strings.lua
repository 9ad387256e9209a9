local s = "a\
b"
print(s == "a\nb", #s)
local crlf = load("return 'x\\\r\ny'")()
print(#crlf, crlf:byte(1, -1))
local long = load("return [[\r\nfirst\r\nsecond]]")()
print(#long, long)
