print("\u{48}\u{49}", #"\u{7FF}", #"\u{FFFF}", #"\u{10FFFF}", #"\u{10FFFF}" == 4)
print(("\u{E9}"):byte(1, -1))
local s = "abc\z
           def"
print(s, #s)
print("x\
y")
