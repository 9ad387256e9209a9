local function count(...) return select("#", ...) end
print(count(), count(nil), count(1, nil), count(nil, nil, nil))
local function first(...) local a = ... return a end
print(first(), first(7, 8))
local function pass(...) return ... end
print(pass(1, nil, 3))
local function tbl(...) local t = {...} return #t, t[1] end
print(tbl("x", "y"))
