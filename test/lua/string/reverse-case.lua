print(string.reverse("abc"), string.reverse(""), string.reverse(1234))
print(string.reverse("a\0b") == "b\0a")
print(string.upper("Hello, World! 123"), string.lower("Hello, World! 123"))
local hi = "\192\201\224\233\255"
print(string.upper(hi) == hi, string.lower(hi) == hi)
print(string.upper(1.5), string.lower("ÀB"))
print(pcall(string.upper), pcall(string.lower, {}))
print(pcall(string.reverse))
