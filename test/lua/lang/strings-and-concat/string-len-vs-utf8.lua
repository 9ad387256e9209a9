local s = "h\u{E9}llo"
print(#s, s:len(), utf8.len(s))
print(utf8.char(72, 233, 8364), #utf8.char(8364))
for p, c in utf8.codes("a\u{E9}b") do print(p, c) end
print(utf8.codepoint("\u{20AC}"), utf8.offset("a\u{E9}b", 3))
