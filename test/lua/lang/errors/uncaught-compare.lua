local items = {{}, {}}
local function cmp(a, b) return a < b end
table.sort(items, cmp)
