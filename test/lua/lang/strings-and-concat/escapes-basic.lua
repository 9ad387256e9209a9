print("a\tb", "c\\d", "e\"f", 'g\'h')
print("line1\nline2")
print(#"\a\b\f\n\r\t\v\\\"\'", ("\a\b\f\v"):byte(1, -1))
print("\65\066\0671", "\x41\x62", #"\0", ("\0x"):byte(1, 2))
