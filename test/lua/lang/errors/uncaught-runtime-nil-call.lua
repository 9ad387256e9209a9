local function step2(t)
  t.callback()
end
local function step1()
  step2({})
end
step1()
