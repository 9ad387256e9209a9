-- luaref conformance driver: runs one file of the Lua 5.3 suite the way all.lua runs it.
-- A generated header defines CONFIG and MARK above this line (see conformance/prelude.ts).
-- Everything it learns goes to stdout as lines "<MARK><kind> <payload>"; the verdict is
-- computed outside, from those lines.  Written in the common subset of Lua 5.1-5.4 so that
-- every engine can at least start it.

local C = CONFIG
local tostring, type, pcall, xpcall, select, error = tostring, type, pcall, xpcall, select, error
local loadfile, loadstr = loadfile, loadstring or load
local string_dump, string_gsub, string_sub = string.dump, string.gsub, string.sub
local concat, print, wrap = table.concat, print, coroutine.wrap  -- all.lua erases the globals at its end
local getinfo = debug and debug.getinfo
local dbg = debug
local traceback = debug and debug.traceback
local stdout = io and io.stdout

local function escape(s)
  s = string_gsub(s, "\\", "\\\\")
  s = string_gsub(s, "\t", "\\t")
  s = string_gsub(s, "\n", "\\n")
  s = string_gsub(s, "\r", "\\r")
  if #s > 4000 then s = string_sub(s, 1, 4000) .. "..." end
  return s
end

-- one marker line: fields are escaped, then separated by tabs
local function emit(kind, ...)
  local fields = {}
  for i = 1, select("#", ...) do fields[i] = escape(select(i, ...)) end
  local line = "\n" .. MARK .. kind .. " " .. concat(fields, "\t") .. "\n"
  if stdout then stdout:write(line); stdout:flush() else print(line) end
end

-- tostring that survives error objects with a failing __tostring
local function show(v)
  local ok, s = pcall(tostring, v)
  return ok and type(s) == "string" and s or ("<" .. type(v) .. ">")
end

-- the first Lua frame (not C, not this driver) on the stack: where a failure happened
local DRIVER = getinfo and getinfo(1, "S").source
local function where(fromLevel)
  if not getinfo then return "" end
  for level = fromLevel, 200 do
    local info = getinfo(level, "Sl")
    if not info then break end
    if info.what ~= "C" and info.source ~= DRIVER and (info.currentline or -1) > 0 then
      return info.short_src .. ":" .. info.currentline
    end
  end
  return ""
end

emit("start", C.file .. " " .. C.mode .. " " .. show(_VERSION))

-- the flags all.lua reads (a user sets them the same way: lua -e "_port=true" all.lua)
_port, _soft = C.port, C.soft

if not C.isAll then
  -- what all.lua does before it runs a file
  _ARG = arg
  _nomsg = rawget(_G, "_nomsg") or false
  debug = nil                 -- tests should require debug when needed
  T = rawget(_G, "T")         -- the internal test library, when the engine has one
  math.randomseed(0)
  function Message (m)
    if not _nomsg then print(m) end
  end
  if os.setlocale then os.setlocale("C") end
end

-- the file's own early-return condition (e.g. api.lua without T): a completed run tested nothing
if C.guard then
  emit("guard", show(loadstr("return " .. C.guard)() and true or false), C.guard)
end

if C.skip then emit("skip", C.skip); return end

-- counting mode: a failed assert is recorded and execution continues (needs the debug library)
local passed, failed = 0, 0
local function emitCounts() if C.mode == "count" then emit("count", passed .. " " .. failed) end end
if C.mode == "count" and getinfo then
  local assert = assert   -- the real one (this local's name keeps "bad argument #1 to 'assert'")
  local running = coroutine.running

  -- Would a raised error be caught before it ends the file? (a pcall/xpcall between here and
  -- the driver, or a coroutine, whose resume catches it.) Then assert keeps its semantics.
  local function protected()
    for level = 3, 1000000 do
      local info = getinfo(level, "fS")
      if not info then
        local co, ismain = running()
        return co ~= nil and not ismain
      end
      if info.func == pcall or info.func == xpcall then return true end
      if info.source == DRIVER then return false end
    end
  end

  _G.assert = function (...)
    local n, v = select("#", ...), ...
    if n == 0 then assert() end
    if v then
      passed = passed + 1
      return ...
    end
    local msg = "assertion failed!"
    if n > 1 then msg = select(2, ...) end
    -- Only the suite's own files count, and only a failure that would end the file. Calls
    -- from C (pcall(assert, ...)), from chunks loaded from strings (errors.lua's doit) or
    -- inside a protected call test assert itself: raise as assert does (level 2 = its caller).
    local caller = getinfo(2, "S")
    if caller.what == "C" or string_sub(caller.source, 1, 1) ~= "@" or protected() then
      error(msg, 2)
    end
    failed = failed + 1
    if failed == 1 then emit("assertfail", where(2), show(msg)) end
    return ...
  end
end

local chunk, loaderr = loadfile(C.file)
if not chunk then emit("loaderror", show(loaderr)); return end

-- dump mode, for the files all.lua runs through string.dump + load
if C.mode == "dump" and C.strip ~= nil then
  local ok, binary = pcall(string_dump, chunk, C.strip)
  if not ok then emit("skip", "string.dump failed: " .. show(binary)); return end
  local undumped, err = loadstr(binary)
  if not undumped then emit("loaderror", "binary chunk did not load: " .. show(err)); return end
  chunk = undumped
  emit("dumped", C.strip and "stripped" or "with debug info")
end

-- all.lua runs as the main chunk, as under `lua all.lua`: a tail call leaves no driver frame
-- below it (errors.lua counts traceback levels). Its own "final OK !!!" and the exit status
-- report the outcome; in counting mode a finalizer anchored in the registry reports the counts
-- when the state closes.
if C.isAll then
  if C.mode == "count" and dbg and dbg.getregistry then
    dbg.getregistry()["luaref.conformance.counts"] = setmetatable({}, { __gc = emitCounts })
  end
  emit("handoff", "all.lua")
  return chunk()
end

local function run()
  if C.wrap then
    -- big.lua: all.lua calls it inside coroutine.wrap, once per expected value
    local co = wrap(chunk)
    for i = 1, #C.wrap do
      local got = co()
      if got ~= C.wrap[i] then
        error("driver: call #" .. i .. " of the coroutine returned " .. show(got) ..
              ", all.lua expects " .. show(C.wrap[i]), 0)
      end
    end
  else
    local r = chunk()
    if C.expect and not loadstr("local r = ...; return " .. C.expect)(r) then
      error("driver: the file returned " .. show(r) .. ", all.lua expects " .. C.expect, 0)
    end
  end
end

-- The message handler also runs for errors that are caught further down (a `load` reader that
-- raises), so it must hand the error back untouched; it only remembers where the last one was.
local lastError
local function handler(e)
  lastError = { where(2), show(e), traceback and show(traceback("", 2)) or "" }
  return e
end

local ok, err = xpcall(run, handler)
emitCounts()
if ok then
  emit("done")
else
  local report = lastError or { "", show(err), "" }
  emit("fail", report[1], show(err), report[3])
end
