local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({items = {}}, Stack) end
function Stack:pop()
  if #self.items == 0 then error("pop from empty stack") end
  return table.remove(self.items)
end
local s = Stack.new()
s:pop()
