local base = {greet = "hello", kind = "base"}
local mid = setmetatable({kind = "mid"}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.greet, top.kind, top.missing)
print(rawget(top, "greet"), rawget(mid, "kind"))
mid.greet = "hi"
print(top.greet)
