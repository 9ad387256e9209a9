print(#"", #"abc", #"\0\0\0", #"\u{100}", #("x"):rep(1000))
local s = "hello"
print(#s, #s .. "", #s + 1, -#s)
print(pcall(function() return #nil end))
print(pcall(function() local n = 3; return #n end))
