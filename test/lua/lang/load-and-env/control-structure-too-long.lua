-- a loop whose jump back spans more than 2^17-1 instructions does not compile
local function try(head, n)
  local ok, msg = load(head .. string.rep("a = a + 1\n", n) .. "end")
  print(n, ok ~= nil, msg)
end
try("while true do ", 2^18)
try("for i = 1, 2 do ", 43000)
try("for i = 1, 2 do ", 44000)
try("for k, v in pairs({}) do ", 44000)
try("while x do ", 43690)
