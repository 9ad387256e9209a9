local counter
local function inc()
  counter = counter + 1
end
inc()
