local a = {}
local b = a
b.x = 1
print(a.x, a == b, rawequal(a, b))
local c = {inner = {}}
local d = c.inner
d[1] = "deep"
print(c.inner[1], #c.inner)
local self = {}
self.me = self
print(self.me.me.me == self)
