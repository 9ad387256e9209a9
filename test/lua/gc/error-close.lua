-- an uncaught error is reported, then the state closes and finalizers run
X = setmetatable({}, {__gc = function() print("finalized after the error") end})
setmetatable({}, {__gc = function() error("in gc") end})
collectgarbage()
