-- limits: 100k non-tail calls work; stack overflow; C stack overflow through pcall and metamethods
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(100000))
local function inf(n) return 1 + inf(n) end
local ok, msg = pcall(inf, 1)
print(ok, msg)
local function cdeep() return pcall(cdeep) end
print(select('#', cdeep()))
local t = setmetatable({}, {__index = function(t, k) return t[k] end})
print(pcall(function() return t.x end))
local co = coroutine.wrap(function() local function r(n) if n == 0 then return coroutine.yield(0) end return 1 + r(n-1) end return r(10000) end)
print(co())
