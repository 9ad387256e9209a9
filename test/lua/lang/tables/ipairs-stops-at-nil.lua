local t = {1, 2, nil, 4}
for i, v in ipairs(t) do print(i, v) end
local u = {[1] = "a", [2] = "b", [4] = "d"}
local n = 0
for _ in ipairs(u) do n = n + 1 end
print(n)
print(ipairs(u) == ipairs({}))
for i, v in ipairs({}) do print("never") end
print(pcall(ipairs))
