-- a call's arguments need one register each: past 255 registers the chunk does not compile
local function try(src) local f, msg = load(src); print(f ~= nil, msg) end
try("a = f(x" .. string.rep(",x", 260) .. ")")
try("a = f(x" .. string.rep(",x", 253) .. ")")
try("a = f(x" .. string.rep(",x", 252) .. ")")
try("local a, b; a = f(x" .. string.rep(",x", 252) .. ")")
try("a = f(1" .. string.rep(",2", 260) .. ")")
try("o:m(1" .. string.rep(",2", 252) .. ")")
try("o:m(1" .. string.rep(",2", 251) .. ")")
