// C's errno for the io and os libraries (manual §6.8, §6.9): Node's error codes as Linux's
// errno numbers and glibc's strerror texts, and luaL_fileresult and luaL_execresult built on them.
import type { ProcessStatus } from "../runtime/host";
import type { LuaValue } from "../runtime/value";

/** Linux errno numbers and glibc strerror messages, keyed by the symbolic names Node reports. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  EIO: [5, "Input/output error"],
  ENXIO: [6, "No such device or address"],
  EBADF: [9, "Bad file descriptor"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  ETXTBSY: [26, "Text file busy"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EMLINK: [31, "Too many links"],
  EPIPE: [32, "Broken pipe"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
};

/** An errno-carrying failure of a C library call, as the io and os functions report it. */
export class SystemError {
  constructor(readonly errno: number, readonly message: string) {}
}

/** The C errno of a name such as "EBADF". */
export function systemError(code: string): SystemError {
  const [errno, message] = ERRNO[code] ?? [5, "Input/output error"];
  return new SystemError(errno, message);
}

/** A Node exception as the errno the same C call sets; rethrows anything that is not a system error. */
export function toSystemError(e: unknown): SystemError {
  if (e instanceof SystemError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && code in ERRNO) return systemError(code);
  if (typeof code === "string" && code.startsWith("E")) return systemError("EIO");
  throw e;
}

/** luaL_fileresult for a failure: nil, "[fname: ]message", errno. */
export function failResult(e: unknown, fname?: string): LuaValue[] {
  const err = toSystemError(e);
  return [undefined, fname === undefined ? err.message : `${fname}: ${err.message}`, err.errno];
}

/** Runs a C-like call: true on success, luaL_fileresult's triple on failure. */
export function fileResult(action: () => void, fname?: string): LuaValue[] {
  try {
    action();
    return [true];
  } catch (e) {
    return failResult(e, fname);
  }
}

/** luaL_execresult: true|nil, "exit"|"signal", code — or luaL_fileresult's triple when the command could not run. */
export function execResult(status: ProcessStatus): LuaValue[] {
  if ("error" in status) return failResult(status.error);
  if ("signal" in status) return [undefined, "signal", status.signal];
  return [status.exit === 0 ? true : undefined, "exit", status.exit];
}
