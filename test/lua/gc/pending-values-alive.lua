-- values already evaluated wait (in PUC's registers) while a later one collects: not garbage
local log = {}
local mt = {__gc = function(o) log[#log + 1] = o.name end}
mt.__index = {get = function(self, n) return self.name, n end}
local function collect() collectgarbage(); return #log end
local function new(name) return setmetatable({name = name}, mt) end
local function show(o, n) print(o.name, "finalized so far:", n) end
show(new("argument"), collect())
local a, b = new("local"), collect()
print(a.name, b)
a, b = new("assignment"), collect()
print(a.name, b)
local t = {new("item"), collect()}
print(t[1].name, t[2])
t = {new("item and tail"), collect(), collect()}
print(t[1].name, t[2], t[3])
t = {k = new("keyed"), n = collect()}
print(t.k.name, t.n)
print(new("method receiver"):get(collect()))
local _, r, n = pcall(function() return new("returned"), collect() end)
print(r.name, n)
local co = coroutine.wrap(function(...) return new("in a coroutine"), collect() end)
local o, n = co()
print(o.name, n)
a, b, t, o = nil
collectgarbage()
print(#log)
-- a callable object waits while its arguments collect
local callable = setmetatable({name = "callee"}, {__gc = mt.__gc, __call = function(self, n) return self.name, n end})
local function make() local c = callable; callable = nil; return c end
print(make()(collect()))
