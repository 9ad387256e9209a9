local total = 0
local function add(n) total = total + n end
for i = 1, 10 do add(i) end
print(total)
local function reset() total = 0 end
reset()
print(total)
