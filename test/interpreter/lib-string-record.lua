-- Records every string-library call a program makes with scalar arguments, for lib-string-corpus.json:
--   lua5.3 -e "dofile('test/interpreter/lib-string-record.lua')" prog.lua 2>> cases
-- Each call becomes one JSON line in the format of lib-string-cases.lua (tagged values).
local rawformat, rawpack, rawbyte, mathtype = string.format, string.pack, string.byte, math.type
local function hex(s)
  local out = {}
  for i = 1, #s do out[i] = rawformat("%02x", rawbyte(s, i)) end
  return table.concat(out)
end
local function tag(v)
  local t = type(v)
  if t == "string" then return "s:" .. hex(v)
  elseif mathtype(v) == "integer" then return "i:" .. rawformat("%d", v)
  elseif t == "number" then return "f:" .. hex(rawpack("<d", v))
  elseif t == "nil" or t == "boolean" then return tostring(v) end
  return nil -- tables, functions: not recordable
end
local function tags(n, ...)
  local out = {}
  for i = 1, n do
    local t = tag((select(i, ...)))
    if t == nil then return nil end
    out[i] = '"' .. t .. '"'
  end
  return "[" .. table.concat(out, ",") .. "]"
end
local recording = false -- calls made by the recorder itself are not recorded
local function wrap(name, f)
  return function(...)
    if recording then return f(...) end
    local args = tags(select("#", ...), ...)
    local results = table.pack(pcall(f, ...))
    if args ~= nil then
      recording = true
      local line
      if results[1] then
        local out = tags(results.n - 1, table.unpack(results, 2, results.n))
        if out then line = rawformat('{"kind":"call","fn":"%s","args":%s,"out":%s}', name, args, out) end
      elseif type(results[2]) == "string" then
        line = rawformat('{"kind":"call","fn":"%s","args":%s,"err":"%s"}', name, args, hex(results[2]))
      end
      if line then io.stderr:write(line, "\n") end
      recording = false
    end
    if not results[1] then error(results[2], 0) end
    return table.unpack(results, 2, results.n)
  end
end
for _, name in ipairs({"byte", "char", "find", "format", "gsub", "len", "lower", "match", "pack", "packsize",
                       "rep", "reverse", "sub", "unpack", "upper"}) do
  string[name] = wrap(name, string[name])
end
