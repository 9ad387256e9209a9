local function inf(n) return 1 + inf(n + 1) end
local ok, err = pcall(inf, 1)
print(ok, type(err))
print((string.gsub(err, "^.-:%d+: ", "")))
print(select("#", pcall(inf, 1)))
