// os.exit's request to end the standalone interpreter (manual §6.9, §7), shared by the os
// library and the command that honours it.

/** Thrown by os.exit to unwind to the command's top level, which exits with `code`. */
export class ExitRequest {
  constructor(readonly code: number) {}
}
