local function f() return 42 end
local g = load(string.dump(f))
print(g())
local x = 5
local function h() return x end
local h2 = load(string.dump(h))
print(h2() == _G, h())
