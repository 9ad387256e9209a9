-- Unit-test cases for the table, math, utf8 and bit32 libraries, recorded from PUC lua5.3:
--   cd test/interpreter && lua5.3 lib-cases.lua > lib-cases.json
-- C(lib, name, args...) records lib[name](args...) through pcall; cases replay in order on one
-- state, so math.random continues its sequence from case to case.
-- Values are tagged: s:<hex bytes> i:<integer> f:<hex of the little-endian double> nil true
-- false, fn:<name in FN>, and t:<tag>,...;<key>=<value>;... for a table: its elements 1..n
-- (n the largest integer key up to 1000), then its other entries sorted by their text.
-- A table first argument is also recorded after the call ("after").
FN = {
  gt = function(a, b) return a > b end,
  lt = function(a, b) return a < b end,
  le = function(a, b) return a <= b end,
  always = function() return true end,
  never = function() return false end,
  bylen = function(a, b) return #a < #b end,
}
local fnName = {}
for k, f in pairs(FN) do fnName[f] = k end

local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local tag
local function tableTag(t)
  local max, extra = 0, {}
  for k in pairs(t) do
    if math.type(k) == "integer" and k >= 1 and k <= 1000 then
      if k > max then max = k end
    else
      extra[#extra + 1] = tag(k) .. "=" .. tag(t[k])
    end
  end
  local out = {}
  for i = 1, max do out[i] = tag(t[i]) end
  table.sort(extra)
  return "t:" .. table.concat(out, ",") .. (#extra > 0 and ";" .. table.concat(extra, ";") or "")
end
function tag(v)
  local t = type(v)
  if t == "string" then return "s:" .. hex(v)
  elseif math.type(v) == "integer" then return "i:" .. string.format("%d", v)
  elseif t == "number" then return "f:" .. hex(string.pack("<d", v))
  elseif t == "table" then return tableTag(v)
  elseif t == "function" then return "fn:" .. (fnName[v] or "?")
  else return tostring(v) end
end
local function tags(n, ...)
  local out = {}
  for i = 1, n do out[i] = '"' .. tag((select(i, ...))) .. '"' end
  return "[" .. table.concat(out, ",") .. "]"
end
local first = true
local function record(lib, name, args, after, ok, ...)
  local line = string.format('{"lib":"%s","fn":"%s","args":%s,', lib, name, args)
  if ok then line = line .. '"out":' .. tags(select("#", ...), ...)
  else line = line .. '"err":"' .. hex((...)) .. '"' end
  if type(after) == "table" then line = line .. ',"after":"' .. tag(after) .. '"' end
  io.write(first and "[\n" or ",\n", line, "}")
  first = false
end
function C(lib, name, ...)
  local args = tags(select("#", ...), ...)
  record(lib, name, args, (...), pcall(_G[lib][name], ...))
end
local function T(...) C("table", ...) end
local function M(...) C("math", ...) end
local function U(...) C("utf8", ...) end
local function B(...) C("bit32", ...) end
local maxI, minI = math.maxinteger, math.mininteger

-- table.insert / remove
T("insert", {1, 2, 3}, 4) T("insert", {1, 2, 3}, 1, 0) T("insert", {1, 2, 3}, 2, "x") T("insert", {1, 2, 3}, 4, 4)
T("insert", {}, "a") T("insert", {1, 2}, 0, 1) T("insert", {1, 2}, 4, 1) T("insert", {1, 2}, 1, nil)
T("insert", {1, 2}, 1.0, "f") T("insert", {1, 2}, 1.5, "f") T("insert", {1, 2}, "2", "s") T("insert", {1, 2}, "x", "s")
T("insert", {}, 1, 2, 3) T("insert", {}) T("insert") T("insert", nil, 1) T("insert", "abc", 1) T("insert", {1}, maxI, 0)
T("insert", {1}, minI, 0)
T("remove", {1, 2, 3}) T("remove", {1, 2, 3}, 1) T("remove", {1, 2, 3}, 2) T("remove", {1, 2, 3}, 3)
T("remove", {1, 2, 3}, 4) T("remove", {1, 2, 3}, 5) T("remove", {1, 2, 3}, 0) T("remove", {1, 2, 3}, -1)
T("remove", {}) T("remove", {}, 0) T("remove", {}, 1) T("remove", {}, 2) T("remove", {}, -1) T("remove", {[0] = "z"}, 0)
T("remove", {1, 2}, 1.5) T("remove", {1, 2}, nil) T("remove") T("remove", 5) T("remove", {1, 2}, maxI)
-- table.concat
T("concat", {1, 2, 3}) T("concat", {1, 2, 3}, ", ") T("concat", {1, 2.5, "x"}, "-", 2) T("concat", {1, 2, 3}, ",", 2, 3)
T("concat", {1, 2, 3}, ",", 3, 2) T("concat", {}, "x") T("concat", {"a"}, "x") T("concat", {1, 2, 3}, 0)
T("concat", {1, {}, 3}) T("concat", {1, 2}, ",", 1, 3) T("concat", {true}) T("concat", {}, "", 2^40, 2^40)
T("concat", {}, "x", maxI, maxI - 1) T("concat", {}, "x", minI + 1, minI) T("concat", {1, 2}, {}) T("concat")
T("concat", "abc") T("concat", {1, 2}, ",", "1", 2.0) T("concat", {1, 2}, ",", 1.5) T("concat", {1e15, 2^53, -0.0}, " ")
T("concat", {"a\0b", "c"}, "\0")
-- table.pack / unpack
T("pack") T("pack", 1, 2, 3) T("pack", nil, nil) T("pack", nil, 2, nil) T("pack", "a", {}, 1.5)
T("unpack", {1, 2, 3}) T("unpack", {1, 2, 3}, 2) T("unpack", {1, 2, 3}, 2, 3) T("unpack", {1, 2, 3}, -1, 1)
T("unpack", {1, 2, 3}, 3, 2) T("unpack", {}) T("unpack", {1, 2}, 1, 4) T("unpack", {1, 2}, "2") T("unpack", {1, 2}, 1.5)
T("unpack", {}, 1, 1e8) T("unpack", {}, 0, maxI) T("unpack", {}, minI, maxI) T("unpack", {}, maxI, minI)
T("unpack", {[maxI] = 20}, maxI, maxI) T("unpack", {[maxI - 1] = 12, [maxI] = 23}, maxI - 1, maxI)
T("unpack", {[minI] = 1, [minI + 1] = 2}, minI, minI + 1) T("unpack", {}, 1, 999983 + 1) T("unpack", "abc") T("unpack", "abc", 1, 2)
T("unpack", nil) T("unpack")
-- table.move
T("move", {1, 2, 3}, 1, 3, 2) T("move", {1, 2, 3}, 2, 3, 1) T("move", {1, 2, 3}, 1, 3, 1, {}) T("move", {1, 2, 3}, 1, 0, 1)
T("move", {1, 2, 3}, 1, 3, 3, {"a", "b"}) T("move", {1, 2, 3}, 1, 3, 5) T("move", {1, 2, 3}, -1, 1, 1)
T("move", {1, 2, 3}, 1, maxI, 2) T("move", {}, -1, maxI, 2) T("move", {}, minI, -1, 1) T("move", {}, 1, 2, maxI)
T("move", {[maxI - 2] = 1, [maxI - 1] = 2, [maxI] = 3}, maxI - 2, maxI, -10, {}) T("move", {45}, 1, 1, maxI)
T("move", {[maxI] = 100}, maxI, maxI, minI) T("move", {[minI] = 100}, minI, minI, maxI)
T("move", {}, 1) T("move", {}, 1, 2) T("move", {1}, 1, 1, 1, 5) T("move", 1, 1, 1, 1) T("move", {1}, 1.5, 1, 1)
-- table.sort
T("sort", {3, 1, 2}) T("sort", {}) T("sort", {1}) T("sort", {2, 1}) T("sort", {3, 2, 1}) T("sort", {"b", "a", "c", "B"})
T("sort", {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}, FN.gt) T("sort", {1, 2.5, -1, 0.5, 2}) T("sort", {3, 1, 2}, nil)
T("sort", {"ccc", "a", "bb", "dddd"}, FN.bylen) T("sort", {1, 2, 3}, 1) T("sort", {1}, 1) T("sort", {1, "x"})
T("sort", {1, 2, 3, 4, 5}, FN.always) T("sort", {5, 4, 3, 2, 1}, FN.never) T("sort", {3, 1, 2, 2, 1, 3}, FN.le)
T("sort") T("sort", "abc")
do
  local t = {}
  for i = 1, 300 do t[i] = (i * 7919) % 1009 end
  T("sort", t)
  local u = {}
  for i = 1, 150 do u[i] = (i * 31) % 17 end
  T("sort", u, FN.gt)
  local dup = {}
  for i = 1, 200 do dup[i] = i % 3 end
  T("sort", dup, FN.le)
end

-- math: abs, floor, ceil, fmod, modf
M("abs", -3) M("abs", 3) M("abs", -3.5) M("abs", -0.0) M("abs", minI) M("abs", "-2") M("abs", -1/0) M("abs") M("abs", {})
M("floor", 3.7) M("floor", -3.7) M("floor", 5) M("floor", -0.0) M("floor", 1e100) M("floor", -2^63) M("floor", 2^63)
M("floor", 1/0) M("floor", "3.5") M("floor", "x") M("floor", maxI)
M("ceil", 3.2) M("ceil", -3.2) M("ceil", 5) M("ceil", -0.5) M("ceil", 2^62 + 0.0) M("ceil", 2^70) M("ceil", "7")
M("fmod", 7, 3) M("fmod", -7, 3) M("fmod", 7, -3) M("fmod", -7, -3) M("fmod", 7, 0) M("fmod", minI, -1) M("fmod", 7, -1)
M("fmod", 7.5, 2) M("fmod", -7.5, 2) M("fmod", 7, 2.5) M("fmod", 1, 1/0) M("fmod", maxI, 2) M("fmod", minI, maxI)
M("fmod", "7", 3) M("fmod", 7) M("fmod", 7, "x") M("fmod", 2^53, 3)
M("modf", 3.5) M("modf", -3.5) M("modf", 4) M("modf", 1/0) M("modf", -1/0) M("modf", -0.0) M("modf", 2^60 + 0.0)
M("modf", "2.25") M("modf")
-- sqrt, exp, log, trig
M("sqrt", 16) M("sqrt", 2) M("sqrt", -0.0) M("sqrt", 1/0) M("exp", 0) M("exp", 1) M("exp", 710)
M("log", 1) M("log", 8, 2) M("log", 100, 10) M("log", 27, 3) M("log", 0) M("log", 2, 1/0) M("log", 1024, 2.0) M("log", "x")
M("sin", 0) M("sin", 1) M("cos", 0) M("cos", math.pi) M("tan", 1) M("asin", 1) M("acos", 0) M("acos", 1)
M("atan", 1) M("atan", 1, 2) M("atan", -1, -1) M("atan", 0, -1) M("atan", -0.0, -1) M("atan", 1, nil) M("atan2", 1, 2)
M("deg", math.pi) M("deg", 1) M("rad", 180) M("rad", 1)
-- compat functions
M("pow", 2, 10) M("pow", 2, 0.5) M("pow", -8, 1/3) M("pow", 1, 0/0) M("pow", -1, 1/0) M("pow", 0, -1) M("pow", 2)
M("ldexp", 1, 10) M("ldexp", 0.75, -2) M("ldexp", 1, 1024) M("ldexp", 1, -1074) M("ldexp", 1, -1075) M("ldexp", 3, 2^32 + 1)
M("ldexp", 1, 1.5) M("ldexp", 1e-310, 100) M("ldexp", 1.5, -1073)
M("frexp", 10) M("frexp", 0) M("frexp", -0.0) M("frexp", 1) M("frexp", 0.5) M("frexp", -3) M("frexp", 1e-310)
M("frexp", 2^1023) M("frexp", 1/0) M("frexp", 5e-324)
M("cosh", 0) M("cosh", 1) M("sinh", 1) M("tanh", 1) M("tanh", 100) M("log10", 1000) M("log10", 2)
-- last-bit agreement with glibc's elementary functions (V8's own miss it for 1% to 15% of these)
for i = 1, 100 do
  local x = i * 1.37 + i / 7
  M("exp", x / 7) M("log", x) M("log", x, 2) M("log", x, 10) M("log10", x) M("log", x, 3)
  M("sin", x) M("cos", x) M("tan", x) M("atan", x) M("atan", x, -3) M("asin", x / 200) M("acos", x / 200)
  M("cosh", x / 100) M("sinh", x / 5) M("tanh", x / 100)
end
-- tointeger, ult, type, min, max
M("tointeger", 3) M("tointeger", 3.0) M("tointeger", 3.5) M("tointeger", "8") M("tointeger", "8.0") M("tointeger", "x")
M("tointeger", 2^63) M("tointeger", -2^63) M("tointeger", {}) M("tointeger", nil) M("tointeger")
M("ult", 1, 2) M("ult", -1, 2) M("ult", 2, -1) M("ult", minI, maxI) M("ult", 1.0, 2) M("ult", 1.5, 2) M("ult", 1)
M("type", 1) M("type", 1.0) M("type", "1") M("type", nil) M("type") M("type", 2^63) M("type", minI)
M("min", 3, 1, 2) M("min", 1.5, 1) M("min", 1, 1.0) M("min", 1.0, 1) M("min", "b", "a") M("min", 5) M("min") M("min", 1, "x")
M("max", 3, 1, 2) M("max", 1, 2.0, 2) M("max", -0.0, 0) M("max", maxI, 2^63) M("max", minI, -2^63) M("max")
-- random
M("random") M("random", 1000) M("random", 5, 9) M("randomseed", 42) M("random", 100) M("random") M("random", 5, 9)
M("random", 3, 3) M("random", 0) M("random", 3, 1) M("random", minI, 0) M("random", minI, -1) M("random", 0, maxI)
M("random", maxI) M("random", -5, 5) M("random", 1, 2, 3) M("random", 1.5) M("random", "10") M("random", 2^53)
M("randomseed", 2^40 + 7) M("random", 100) M("randomseed", -3.9) M("random", 100) M("randomseed", 1e300) M("random", 100)
M("randomseed", 0) M("random", 100) M("randomseed", 2^32 - 1) M("random", 100) M("randomseed", -1) M("random", 100)
M("randomseed", "12") M("random", 100) M("randomseed") M("randomseed", {})

-- utf8.char, charpattern
U("char", 72, 228, 8364, 128512) U("char") U("char", 0) U("char", 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)
U("char", 0xd800) U("char", 0x110000) U("char", -1) U("char", 65.0) U("char", 65.5) U("char", "66") U("char", {})
-- utf8.codepoint
U("codepoint", "héllo") U("codepoint", "héllo", 1, -1) U("codepoint", "héllo", 2) U("codepoint", "héllo", 3)
U("codepoint", "abc", 3, 2) U("codepoint", "abc", 0) U("codepoint", "abc", 1, 4) U("codepoint", "abc", -1)
U("codepoint", "abc", -10) U("codepoint", "\xff") U("codepoint", "\xe4\xb8\xad", 1, 1) U("codepoint", "")
U("codepoint", "\xed\xa0\x80") U("codepoint", "\xc0\x80") U("codepoint", "\xf4\x90\x80\x80") U("codepoint", "\xf8\x88\x80\x80\x80")
U("codepoint", "\xe4\xb8") U("codepoint") U("codepoint", 123, 2)
-- utf8.len
U("len", "héllo") U("len", "") U("len", "ab\xffc") U("len", "héllo", 3) U("len", "héllo", -2) U("len", "abc", 4)
U("len", "abc", 5) U("len", "abc", 0) U("len", "abc", 1, 4) U("len", "abc", 1, 3) U("len", "abc", 2, 1) U("len", "\x80")
U("len", "a\xe4\xb8") U("len", "abc", -10) U("len") U("len", 12345)
-- utf8.offset
U("offset", "a\xe4\xb8\xadb", 1) U("offset", "a\xe4\xb8\xadb", 2) U("offset", "a\xe4\xb8\xadb", 3) U("offset", "a\xe4\xb8\xadb", 4)
U("offset", "a\xe4\xb8\xadb", 5) U("offset", "a\xe4\xb8\xadb", -1) U("offset", "a\xe4\xb8\xadb", -2) U("offset", "a\xe4\xb8\xadb", -3)
U("offset", "a\xe4\xb8\xadb", -4) U("offset", "a\xe4\xb8\xadb", 0, 3) U("offset", "a\xe4\xb8\xadb", 0, 2) U("offset", "a\xe4\xb8\xadb", 1, 3)
U("offset", "a\xe4\xb8\xadb", 1, 2) U("offset", "abc", 1, 5) U("offset", "abc", 1, 4) U("offset", "abc", 0, 4)
U("offset", "abc", 1, 0) U("offset", "abc", -1, -1) U("offset", "", 1) U("offset", "", -1) U("offset", "", 0)
U("offset", "abc", maxI) U("offset", "abc", minI) U("offset", "abc") U("offset", "abc", 1.5)
-- utf8.codes (the iterator is recorded through its steps below)
U("codes", "ab") U("codes") U("codes", {})

-- bit32
B("band") B("band", 0xff, 0x0f) B("band", -1, 0xf0f0) B("band", 2^32 + 5, 7) B("band", 1.5) B("band", "12", 10)
B("bor") B("bor", 1, 2, 4) B("bor", -1) B("bxor") B("bxor", 0xff, 0x0f) B("bxor", 1, 1, 1)
B("btest", 1, 2) B("btest", 3, 2) B("btest") B("bnot", 0) B("bnot", 0xffffffff) B("bnot", -1) B("bnot")
B("lshift", 1, 31) B("lshift", 1, 32) B("lshift", 0xff, 28) B("lshift", 0x80000000, -31) B("lshift", 1, -40) B("lshift", 1, maxI)
B("rshift", 0x80000000, 31) B("rshift", -1, 4) B("rshift", 1, -3) B("rshift", 1, 32) B("rshift", 5, minI)
B("arshift", 0x80000000, 4) B("arshift", -1, 40) B("arshift", 0x40000000, 4) B("arshift", 0x80000000, -1) B("arshift", 0x80000000, 0)
B("arshift", 0x80000000, 31) B("arshift", 0x80000000, 32) B("arshift", 2^31, maxI)
B("lrotate", 0x80000001, 1) B("lrotate", 0x12345678, 8) B("lrotate", 0x12345678, -8) B("lrotate", 0x12345678, 36)
B("lrotate", 1, 2^62 + 1) B("rrotate", 0x12345678, 8) B("rrotate", 1, 1) B("rrotate", 1, minI) B("rrotate", 1, 2^62 + 1)
B("extract", 0xf0, 4, 4) B("extract", 0xf0, 4) B("extract", -1, 0, 32) B("extract", 0x80000000, 31) B("extract", 1, -1)
B("extract", 1, 0, 0) B("extract", 1, 30, 3) B("extract", 1, 32) B("extract", 1)
B("replace", 0, 0xf, 4, 4) B("replace", -1, 0, 0, 32) B("replace", 0, 1, 31) B("replace", 0xffff, 0, 8, 4) B("replace", 1, 2, 31, 2)
B("replace", 1, 2, -1) B("replace", 1, 2, 0, 0) B("replace", 1) B("lshift", 1.5, 1) B("lshift", 1) B("rrotate") B("lshift") B("rshift") B("arshift") B("lrotate") B("replace") B("lshift", nil, 1)
io.write("\n]\n")
