-- method calls on objects through a metatable
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
function Point:norm1() return math.abs(self.x) + math.abs(self.y) end
local p = Point.new(0, 0)
local d = Point.new(1, -1)
for i = 1, 300000 do p = p:add(d) end
assert(p:norm1() == 600000)
