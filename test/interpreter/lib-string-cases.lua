-- Unit-test cases for the string library, recorded from PUC lua5.3 into lib-string-cases.json:
--   lua5.3 lib-string-cases.lua > lib-string-cases.json
-- C(name, args...) records string[name](args...); G(s, p) records a whole gmatch iteration.
-- Values are tagged: s:<hex bytes> i:<integer> f:<hex of the little-endian double> nil true false.
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function tag(v)
  local t = type(v)
  if t == "string" then return "s:" .. hex(v)
  elseif math.type(v) == "integer" then return "i:" .. string.format("%d", v)
  elseif t == "number" then return "f:" .. hex(string.pack("<d", v))
  else return tostring(v) end
end
local function tags(n, ...)
  local out = {}
  for i = 1, n do out[i] = '"' .. tag((select(i, ...))) .. '"' end
  return "[" .. table.concat(out, ",") .. "]"
end
local first = true
local function record(kind, name, args, ok, ...)
  local line = string.format('{"kind":"%s","fn":"%s","args":%s,', kind, name, args)
  if ok then line = line .. '"out":' .. tags(select("#", ...), ...) .. "}"
  else line = line .. '"err":"' .. hex((...)) .. '"}' end
  io.write(first and "[\n" or ",\n", line)
  first = false
end
function C(name, ...)
  record("call", name, tags(select("#", ...), ...), pcall(string[name], ...))
end
function G(s, p)
  record("gmatch", "gmatch", tags(2, s, p), pcall(function()
    local all = {}
    for a, b in string.gmatch(s, p) do all[#all + 1] = a; all[#all + 1] = b == nil and "<nil>" or b end
    return table.unpack(all)
  end))
end

-- len, sub, reverse, lower, upper
C("len", "") C("len", "a\0b") C("len", 12.5) C("len") C("len", {})
C("sub", "hello", 2) C("sub", "hello", 2, 3) C("sub", "hello", -3) C("sub", "hello", -3, -2)
C("sub", "hello", 0) C("sub", "hello", -100, 100) C("sub", "hello", 4, 2) C("sub", "hello", 6)
C("sub", "hello", math.mininteger, math.maxinteger) C("sub", "hello", 2.0, "3") C("sub", "hello")
C("sub", "hello", 1.5) C("sub", "hello", "x") C("sub", 12345, 2, 3)
C("reverse", "") C("reverse", "abc\0\255") C("reverse", 123)
C("lower", "ABC def \192\201Z") C("upper", "abc DEF \224\233z") C("upper", 1e15) C("lower")
-- rep
C("rep", "ab", 3) C("rep", "ab", 3, ",") C("rep", "ab", 0) C("rep", "ab", -1, ",") C("rep", "ab", 1, ",")
C("rep", "", 5) C("rep", "x", 2^31) C("rep", "ab", 2^30, ",") C("rep", "x", math.maxinteger)
C("rep") C("rep", "x") C("rep", "x", 1.5) C("rep", "x", 2, {}) C("rep", 5, 2, 0)
-- byte, char
C("byte", "ABC") C("byte", "ABC", 2) C("byte", "ABC", 1, -1) C("byte", "ABC", -2, 10) C("byte", "ABC", 0)
C("byte", "ABC", 3, 2) C("byte", "") C("byte", "\0\255", 1, 2) C("byte", "ABC", -10, -3) C("byte", "ABC", 10)
C("char") C("char", 72, 105) C("char", 0, 255) C("char", 256) C("char", -1) C("char", 65.0) C("char", 65.5)
C("char", "66") C("char", "x") C("char", 65, nil)
-- find
C("find", "hello world", "o") C("find", "hello world", "o", 6) C("find", "hello world", "o", -3)
C("find", "hello", "l+") C("find", "hello", "") C("find", "hello", "", 6) C("find", "hello", "", 7)
C("find", "hello", "", -100) C("find", "hello", "xyz") C("find", "a.b", ".", 1, true) C("find", "a+b", "+", 1, 1)
C("find", "a+b", "a+", 1, false) C("find", "hello", "(l)(l)") C("find", "hello", "()ll()")
C("find", "hello", "^h") C("find", "hello", "^e") C("find", "hello", "o$") C("find", "hel$lo", "l$l")
C("find", "hello", "h", 1, nil) C("find") C("find", "x") C("find", "x", {}) C("find", 123456, 34)
C("find", "a]b", "]") C("find", "abc", "[a-") C("find", "abc", "[]") C("find", "abc", "[^]") C("find", "a]", "[]]")
C("find", "abc", "%") C("find", "abc", "(") C("find", "abc", "%1") C("find", "abc", "(a)%2") C("find", "aa", "(a)%1")
C("find", "abc", "a)") C("match", "abc", "a)") C("find", "abc", "%f") C("find", "abc", "%fa")
C("find", "abc", "%b") C("find", "abc", "%ba") C("find", "ab", "%bab") C("find", "x(a(b)c)y", "%b()")
C("find", "x(a(b", "%b()") C("find", "THE (quick) fox", "%f[%a]%a+", 5) C("find", "a,b", "%f[%z]")
C("find", "abc", "[%a-z]") C("find", "a-z", "[a%-z]+") C("find", "a^b", "[b^]+") C("find", "^a", "[^^]")
-- match and classes
C("match", "hello 123 world", "%d+") C("match", "key = value", "(%w+)%s*=%s*(%w+)") C("match", "hello", "(h)(e)(l)")
C("match", "hello", ".-l") C("match", "hello", ".*l") C("match", "hello", "l?lo") C("match", "hello", "x*")
C("match", "hello", "()") C("match", "hello", "()", 3) C("match", "hello", "(()l)") C("match", "hello", "ell", -4)
C("match", "  trim  ", "^%s*(.-)%s*$") C("match", "2024-01-15", "(%d+)-(%d+)-(%d+)") C("match", "abc", "((a)(b))")
C("match", "\0a\0", "%z") C("match", "a\0b", "[%z]") C("match", "abc", "(", 2) C("match", "abc", "%")
C("match", "x", string.rep("(", 33)) C("match", "x", string.rep("(", 32)) C("match", "x", string.rep("()", 32))
C("match", string.rep("a", 300), string.rep("a?", 300) .. string.rep("a", 300))
C("match", string.rep("a", 20), string.rep("a?", 20) .. string.rep("a", 20))
C("match", "abcabc", "(abc)%1") C("match", "abcabd", "(abc)%1") C("match", "x", "(x)%0")
C("match", "hello", "(h)(.)", 1) C("match", "", "a*") C("match", "", "^$") C("match", "a", "^$")
C("match", "a.b", "%.") C("match", "a%b", "%%") C("match", "x=1", "%W") C("match", "x", "%x") C("match", "ghi", "%x")
for _, cl in ipairs({"a", "c", "d", "g", "l", "p", "s", "u", "w", "x", "A", "C", "D", "G", "L", "P", "S", "U", "W", "X"}) do
  local all = {} for i = 0, 255 do all[#all + 1] = string.char(i) end
  C("gsub", table.concat(all), "%" .. cl, "")
end
C("gsub", "\0\1\127\128\255abcXYZ09", "[%w%c]", "") C("gsub", "az AZ 09", "[^a-z0]", "") C("gsub", "abc", "[%]]", "")
-- gsub
C("gsub", "hello world", "o", "0") C("gsub", "hello world", "o", "0", 1) C("gsub", "hello world", "o", "0", 0)
C("gsub", "hello world", "o", "0", -1) C("gsub", "hello", "", "-") C("gsub", "hello", "l*", "-")
C("gsub", "hello world", "(%w+)", "<%1>") C("gsub", "hello world", "%w+", "%0 %0") C("gsub", "abc", "%w", "%%")
C("gsub", "hello", "(l)(l)", "%2%1") C("gsub", "abc", "b", "%") C("gsub", "abc", "b", "%x") C("gsub", "abc", "(b)", "%2")
C("gsub", "abc", "b", "%1") C("gsub", "abc", "()b", "%1") C("gsub", "abc", "^a", "x") C("gsub", "aaa", "^a", "x")
C("gsub", "abc", "b", 1.5) C("gsub", "abc", "b", 10) C("gsub", "abc", "b", true) C("gsub", "abc", "b")
C("gsub", "abc", "b", "x", "y") C("gsub", "abc", "b", "x", 1.5) C("gsub", 12321, 2, 9) C("gsub", "abc", "(", "x")
C("gsub", "abc", "$", "!") C("gsub", "abc", "^", "!") C("gsub", "a b c", " ", "", 2) C("gsub", "abc", ".", "%0%0", 2.0)
-- gmatch
G("hello world from lua", "%a+") G("k1=v1, k2=v2", "(%w+)=(%w+)") G("abc", "") G("abc", "()") G("a^a^ab", "^a")
G("abc", ".-") G("aaa", "a*") G("one two", "%a*") G("x", "(") G("abc", "b*")
-- format
C("format", "%d %5d %-5d| %05d %+d % d", 1, 2, 3, 4, 5, 6) C("format", "%x %X %o %#x %#o", 255, 255, 8, 255, 8)
C("format", "%d", 3.0) C("format", "%d", 3.5) C("format", "%d", "10") C("format", "%d", "x") C("format", "%x", -1)
C("format", "%i|%u", -5, 7) C("format", "%.3d|%.0d|%5.3d", 7, 0, 7) C("format", "%d", math.mininteger)
C("format", "%5.2f|%-8.3e|%g|%G", 3.14159, 1234.5, 1e20, 1e-10) C("format", "%f", 1) C("format", "%.0f", 0.5)
C("format", "%.14g", 0.1) C("format", "%a|%A", 1, 0.5) C("format", "%e", 0) C("format", "%10.4f|", -0.0)
C("format", "%f %e %g", 1/0, -1/0, 1/0) C("format", "%5s|%-5s|%.2s|%5.1s|", "ab", "ab", "abc", "abc")
C("format", "%s %s %s %s", 1, 2.5, true, nil) C("format", "%s", "a\0b") C("format", "%5s", "a\0b") C("format", "%s")
C("format", "%10s", string.rep("x", 120)) C("format", "%.3s", string.rep("x", 120)) C("format", "%05s|%05c", "ab", 65)
C("format", "%c%c%c", 76, 117, 97) C("format", "%c", 0) C("format", "%5c|%-5c|", 65, 66) C("format", "%c", 321)
C("format", "%q", 'a "quoted" \\ string\nnew line') C("format", "%q", "\0\1\0011\r\t\127\128\255")
C("format", "%q", 1) C("format", "%q", 1.5) C("format", "%q", 2.0) C("format", "%q", -0.0) C("format", "%q", math.mininteger)
C("format", "%q", math.maxinteger) C("format", "%q", 1/0) C("format", "%q", -1/0) C("format", "%q", true) C("format", "%q", nil)
C("format", "%q", {}) C("format", "%q", print) C("format", "%10q", "a") C("format", "%q", "10")
C("format", "%%") C("format", "100%% sure") C("format", "%5.2%") C("format", "%") C("format", "%", 1) C("format", "%y", 1)
C("format", "%\1", 1) C("format", "%ld", 1) C("format", "%------d", 1) C("format", "%-----d", 1) C("format", "%100d", 1)
C("format", "%.100d", 1) C("format", "%99.99f", 1) C("format", "%1.", 1) C("format", "%.f", 2.5) C("format", "%#.0f|%#x", 1, 0)
C("format") C("format", 12) C("format", "%d %d", 1) C("format", "%s %d", "x", "y") C("format", "no items", 1, 2)
C("format", "%-+ #0d", 5) C("format", "%+.3e", 12345.678) C("format", "%g|%g|%g", 100000, 1000000, 0.0001)
-- pack / unpack / packsize
C("pack", "i4", 100) C("pack", ">i4", 100) C("pack", "<i2 >i2 =i2", 1, 2, 3) C("pack", "b B h H", -1, 255, -2, 65535)
C("pack", "j J", -1, -1) C("pack", "i16", -2) C("pack", "I16", 2) C("pack", ">i3", -2) C("pack", "i7", 2^40)
C("pack", "i17", 1) C("pack", "i0", 1) C("pack", "b", 128) C("pack", "b", -129) C("pack", "B", -1) C("pack", "B", 256)
C("pack", "h", 40000) C("pack", "I3", 2^24) C("pack", "i4", 2^31) C("pack", "i4", 1.5) C("pack", "i4", "12") C("pack", "i4")
C("pack", "f d n", 1.5, -2.25, 1/3) C("pack", ">d", 1/0) C("pack", "f", 1e300) C("pack", "f", "x")
C("pack", "z", "abc") C("pack", "z", "a\0") C("pack", "s", "hi") C("pack", "s1", "hi") C("pack", ">s2", "hi")
C("pack", "s1", string.rep("a", 256)) C("pack", "c5", "abc") C("pack", "c2", "abc") C("pack", "c", "a") C("pack", "c0", "")
C("pack", "x") C("pack", "bxh", 1, 2) C("pack", "!4 b i4", 1, 2) C("pack", "! b d", 1, 2) C("pack", "!2 b i8", 1, 2)
C("pack", "!3 i4", 1) C("pack", "b Xi4 b", 1, 2) C("pack", "b X", 1) C("pack", "b Xc1", 1) C("pack", "b Xz", 1)
C("pack", "!8 b Xd", 1) C("pack", "y", 1) C("pack", "\1", 1) C("pack", "i4\0i4", 1, 2) C("pack", "  ") C("pack", "<>=")
C("pack", "b", 1, 2) C("pack") C("pack", 44, 1)
C("packsize", "i4 i8 d") C("packsize", "!8 b d") C("packsize", "b Xi8") C("packsize", "c10") C("packsize", "s")
C("packsize", "z") C("packsize", "") C("packsize", "c2147483647") C("packsize", "c2147483647c1") C("packsize", "c1c2147483647")
C("packsize", "i4c2147483640") C("packsize", "c99999999999")
C("unpack", "i4", "\100\0\0\0") C("unpack", ">i4", "\0\0\0\100") C("unpack", "b B", "\255\255") C("unpack", "i4", "abc")
C("unpack", "i4", "abcdefgh", 5) C("unpack", "i4", "abcdefgh", -4) C("unpack", "i4", "abcd", 6) C("unpack", "i4", "abcd", -10)
C("unpack", "i4", "abcd", 5) C("unpack", "", "abcd", 5) C("unpack", "j", "\255\255\255\255\255\255\255\255")
C("unpack", "J", "\255\255\255\255\255\255\255\127") C("unpack", "i9", string.rep("\255", 9))
C("unpack", "i9", string.rep("\255", 8) .. "\1") C("unpack", "I9", string.rep("\255", 8) .. "\0")
C("unpack", "i9", "\0\0\0\0\0\0\0\128\0") C("unpack", ">i16", string.rep("\0", 15) .. "\5") C("unpack", "i3", "\255\255\127")
C("unpack", "I3", "\255\255\255") C("unpack", "i3", "\0\0\128") C("unpack", "f d", string.pack("f d", 0.5, 1/3))
C("unpack", "d", string.pack("d", 3.0)) C("unpack", "n", string.pack("n", -0.0)) C("unpack", "z z", "ab\0cd\0")
C("unpack", "z", "abc") C("unpack", "zb", "abc") C("unpack", "s1", "\3abcd") C("unpack", "s1", "\5abc") C("unpack", "c3", "abcdef")
C("unpack", "c3", "ab") C("unpack", "!4 b i4", string.pack("!4 b i4", 7, 9)) C("unpack", "b x b", "\1\2\3")
C("unpack", "s8", "\255\255\255\255\255\255\255\255abc") C("unpack", "i4", 12345678) C("unpack", "i4") C("unpack", "b", "", 1)
