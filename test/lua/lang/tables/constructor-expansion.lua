local function f() return 1, 2, 3 end
local t1 = {f()}
local t2 = {f(), f()}
local t3 = {(f())}
local t4 = {f(), 10}
local t5 = {x = 1, f()}
print(#t1, #t2, #t3, #t4, #t5)
print(table.concat(t2, ","), table.concat(t4, ","), t5.x)
local function none() end
print(#{none()}, #{none(), 1}, select("#", table.unpack({none(), nil})))
