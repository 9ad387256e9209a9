local function setup(cfg)
  return setmetatable(cfg, {})
end
local obj = {setup = setup}
obj.setup(42)
