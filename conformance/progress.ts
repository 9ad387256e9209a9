// The live progress line (engine × file, pass/fail so far, ETA) on a TTY; silent otherwise.
import { isPass, Status } from "./statuses";

export interface ProgressSink {
  started(engine: string, file: string): void;
  finished(engine: string, file: string, status: Status): void;
  end(): void;
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** A sink for non-TTY output (CI): the final summary is printed by the CLI, nothing else. */
export const quietProgress: ProgressSink = { started() {}, finished() {}, end() {} };

export function ttyProgress(total: number, stream: NodeJS.WriteStream, now = () => Date.now()): ProgressSink {
  const startedAt = now();
  const running = new Set<string>();
  let done = 0;
  let passed = 0;
  let failed = 0;
  const render = (): void => {
    const elapsed = now() - startedAt;
    // Average time per finished cell, scaled to the cells left: crude but honest.
    const eta = done === 0 ? "?" : duration((elapsed / done) * (total - done));
    const current = [...running].slice(-1)[0] ?? "";
    const line = `[${done}/${total}] ✓ ${passed} ✗ ${failed}  ETA ${eta}  ${current}`;
    const width = stream.columns ? stream.columns - 1 : 120;
    stream.write(`\r\x1b[K${line.slice(0, width)}`);
  };
  return {
    started(engine, file) {
      running.add(`${engine} × ${file}`);
      render();
    },
    finished(engine, file, status) {
      running.delete(`${engine} × ${file}`);
      done++;
      if (isPass(status)) passed++;
      else if (status !== "SKIP" && status !== "VACUOUS") failed++;
      render();
    },
    end() {
      stream.write("\r\x1b[K");
    },
  };
}
