local function inner()
  error("boom")
end
local function middle()
  return inner()
end
function outer()
  middle()
end
outer()
