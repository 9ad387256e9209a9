local cps = {0, 65, 127, 128, 2047, 2048, 55296, 57343, 65535, 65536, 1114111}
local s = utf8.char(table.unpack(cps))
print(#s, utf8.len(s))
local back = {utf8.codepoint(s, 1, -1)}
local same = #back == #cps
for i = 1, #cps do same = same and back[i] == cps[i] end
print(same)
local positions = {}
for p in utf8.codes(s) do positions[#positions + 1] = p end
print(table.concat(positions, " "))
for k = 1, #cps do io.write(utf8.offset(s, k), " ") end print()
