print("line 1")
local x = nil
print(x.field)
