-- os.time's field checks
local function try(t) print(pcall(os.time, t)) end
try{year=2000, month=1}
try{year=2000, day=1}
try{month=1, day=1}
try{hour=12}
try{year=2000, month=1, day=1, hour="x"}
try{year=2000, month=1, day=1, hour=1.5}
try{year=2000, month=1, day=1, min={}}
try{year=2^31, month=1, day=1}
try{year=-2^31, month=1, day=1}
try{year=2000, month=2^30, day=1}
try{year=2000, month=1, day=2^30}
try{year=2000, month=1, day=1, sec=-2^30}
try{year=2000, month=1, day=1, sec=-2^30 - 1}
try{year=1e300, month=1, day=1}
print(pcall(os.time, 1))
print(pcall(os.time, "x"))
print(pcall(os.difftime, 1))
print(pcall(os.difftime, 1.5, 1))
print(os.difftime(10, 3), os.difftime(-1, 1))
