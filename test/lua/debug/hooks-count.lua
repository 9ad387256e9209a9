-- count hooks: events every N instructions (checked within the bounds PUC's code gives),
-- gethook's mask and count, and the line event that follows each count event
local a = 0
debug.sethook(function (e) a = a + 1 end, "", 1)
a = 0; for i = 1, 1000 do end
local per1 = a
debug.sethook(function (e) a = a + 1 end, "", 4)
a = 0; for i = 1, 1000 do end
local per4 = a
print(1000 < per1 and per1 < 1012, 250 < per4 and per4 < 255)
print(select(2, debug.gethook()), select(3, debug.gethook()))
debug.sethook(function (e) a = a + 1 end, "", 4000)
a = 0; for i = 1, 1000 do end
print(a)
debug.sethook(print, "", 2^24 - 1)
print(select(3, debug.gethook()))
debug.sethook(function () end, "", 0)
print(debug.gethook())

-- events seen by the hook: count events carry no line
local seen = {}
debug.sethook(function (e, l) seen[e] = (seen[e] or 0) + 1; if e == "count" then assert(l == nil) end end, "", 2)
for i = 1, 10 do local x = i * 2 end
debug.sethook()
print(seen.count ~= nil, seen.line)

-- a count hook with a line hook: every count event is followed by a line event
local trace = {}
local f = load("local x = 0\nfor i = 1, 20 do\n  x = x + i\nend\nreturn x")
debug.sethook(function (e, l) trace[#trace + 1] = e end, "l", 3)
f()
debug.sethook()
local counts, followed = 0, 0
for i, e in ipairs(trace) do
  if e == "count" then
    counts = counts + 1
    if trace[i + 1] == "line" then followed = followed + 1 end
  end
end
print(counts > 0, counts == followed)
