local getters, setters = {}, {}
for i = 1, 2 do
  local v = i
  getters[i] = function() return v end
  setters[i] = function(x) v = x end
end
setters[1]("one")
print(getters[1](), getters[2]())
setters[2]("two")
print(getters[1](), getters[2]())
