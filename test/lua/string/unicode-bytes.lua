local s = "h\195\169llo"
print(#s, s:upper() == "H\195\169LLO", s:byte(2, 3))
print(s:reverse():byte(1, -1))
print(s:find("\169"), s:match("[\128-\255]+") == "\195\169")
print(string.gsub(s, "[\128-\255]", "?"))
print(string.format("%q", s) == '"' .. s .. '"')
print(("\255"):rep(3):byte(1, -1))
