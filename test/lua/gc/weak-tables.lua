-- weak tables lose entries whose object was not reached at a full collection
local strong = {}
local wv = setmetatable({}, {__mode = "v"})
wv[1], wv[2], wv.s, wv.n, wv.kept = {}, {}, "a string", 42, strong
local wk = setmetatable({}, {__mode = "k"})
wk[{}] = 1; wk[strong] = 2; wk.name = {}
collectgarbage()
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
print(wv[1], wv[2], wv.s, wv.n, wv.kept == strong)
print(count(wk), wk[strong], type(wk.name))
-- ephemerons: a value reachable only from its own weak key does not keep the key alive
local e = setmetatable({}, {__mode = "k"})
do local k = {}; e[k] = {ref = k} end
local k2 = {}; e[k2] = {ref = k2}
collectgarbage()
print(count(e), e[k2].ref == k2)
-- strong keys and weak values ("kv")
local kv = setmetatable({}, {__mode = "kv"})
kv[1] = {}; kv[strong] = strong
collectgarbage()
print(count(kv), kv[strong] == strong)
