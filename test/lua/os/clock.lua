-- os.clock: processor time as a float that grows
local c0 = os.clock()
local x = 0
for i = 1, 3e6 do x = x + i end
local c1 = os.clock()
print(math.type(c0), c1 >= c0, c0 >= 0)
print(math.type(os.time()), os.time() > 1600000000)
print(os.date("%Y") == os.date("*t").year .. "")
