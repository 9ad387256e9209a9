// What the kernel says about a descriptor, for the io library's seeks: the kind of file, the
// file system holding it, and how far lseek may go there.
import * as fs from "fs";
import * as path from "path";
import * as tty from "tty";

/**
 * How lseek treats a descriptor: files (and block devices) have a position, character devices
 * other than terminals (/dev/null, /dev/zero) and directories accept any seek, and pipes, sockets
 * and terminals refuse it.
 */
export function fileKind(fd: number): "file" | "directory" | "device" | "pipe" {
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return "directory";
    if (st.isFile() || st.isBlockDevice()) return "file";
    if (st.isCharacterDevice() && !tty.isatty(fd)) return "device";
  } catch {
    // a descriptor that cannot be examined cannot be positioned either
  }
  return "pipe";
}

/** statfs's f_type of the ext2/ext3/ext4 file systems, and of tmpfs. */
export const EXT4_SUPER_MAGIC = 0xef53;
export const TMPFS_MAGIC = 0x01021994;
export const LLONG_MAX = 2n ** 63n - 1n;

/** The f_type of the file system holding an open file, or undefined when it cannot be told. */
export function fileSystemType(fd: number): number | undefined {
  try {
    const file = fs.readlinkSync(`/proc/self/fd/${fd}`).replace(/ \(deleted\)$/, "");
    return fs.statfsSync(fs.fstatSync(fd).isDirectory() ? file : path.dirname(file)).type;
  } catch {
    return undefined;
  }
}

/**
 * The largest offset the file's file system accepts (the kernel's s_maxbytes), beyond which lseek
 * fails with EINVAL: 2^32 - 1 blocks on ext4; other file systems reach past what luaref tracks.
 */
export function maxOffset(fd: number): number {
  if (fileSystemType(fd) === EXT4_SUPER_MAGIC) return (2 ** 32 - 1) * fs.fstatSync(fd).blksize;
  return Number.MAX_SAFE_INTEGER;
}

