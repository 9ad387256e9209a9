-- collectgarbage("count") follows the live data: grows with strings and tables, falls after release
collectgarbage()
local base = collectgarbage("count")
local t = {}
for i = 1, 100000 do t[i] = string.rep("x", 100) .. i end
collectgarbage()
local strings = collectgarbage("count") - base
print("100k strings of ~105 bytes: between 10 and 20 MB", strings > 10000 and strings < 20000)
local u = {}
for i = 1, 100000 do u[i] = {i} end
collectgarbage()
local tables = collectgarbage("count") - base - strings
print("100k small tables: between 5 and 15 MB", tables > 5000 and tables < 15000)
local before = collectgarbage("count")
for i = 1, 10000 do local garbage = {i, tostring(i)} end
print("garbage counts until collected", collectgarbage("count") > before)
t, u = nil
collectgarbage()
print("after release: under 100 KB above the start", collectgarbage("count") - base < 100)
