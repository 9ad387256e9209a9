-- os.difftime, os.clock and os.time: types and relations only
print(os.difftime(10, 3), math.type(os.difftime(10, 3)))
print(os.difftime(0, 0), os.difftime(-5, 5), os.difftime(2^40, 0))
print(pcall(os.difftime, 5))
print(pcall(os.difftime))
print(pcall(os.difftime, 1.5, 1))
print(pcall(os.difftime, "10", "3"))
print(pcall(os.difftime, 1, {}))
print(pcall(os.difftime, math.maxinteger, math.mininteger))
local c1 = os.clock()
local x = 0
for i = 1, 2e6 do x = x + i end
local c2 = os.clock()
print(math.type(c1), c2 >= c1, c1 >= 0)
local t1 = os.time()
print(math.type(t1), os.difftime(os.time(), t1) >= 0)
print(os.time{year = 2020, month = 1, day = 2, hour = 0} - os.time{year = 2020, month = 1, day = 1, hour = 0})
print(os.difftime(os.time{year = 2020, month = 3, day = 1, hour = 12}, os.time{year = 2020, month = 2, day = 1, hour = 12}))
