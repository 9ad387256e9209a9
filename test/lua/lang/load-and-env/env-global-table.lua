print(_G == _ENV, _G._G == _G, type(_ENV))
x = 1
print(_G.x, _ENV.x, rawget(_G, "x"))
_ENV.y = 2
print(y)
local saved = _ENV
local function f() local _ENV = {}; return saved.type(_ENV) end
print(f())
