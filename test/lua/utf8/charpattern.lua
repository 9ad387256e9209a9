print(utf8.charpattern == "[\0-\x7F\xC2-\xF4][\x80-\xBF]*", #utf8.charpattern)
local s = "héllo wörld €"
local n = 0
for c in s:gmatch(utf8.charpattern) do n = n + 1 end
print(n, utf8.len(s))
print(("\u{20ac}x"):match(utf8.charpattern) == "\u{20ac}", ("\xff"):match(utf8.charpattern))
