// lua.c's lua_readline for the REPL. Debian's lua5.3 is linked with GNU readline, which it uses
// whether or not stdin is a terminal; luaref reproduces what that looks like:
// - on a terminal (stdin and stdout): Node's readline, with line editing and the session's history;
// - otherwise: readline's behaviour on a non-terminal input — the prompt, then the line echoed
//   on stdout; input read one byte at a time from the descriptor, past C's `stdin` buffer (so
//   io.read sees what follows the line, and what io.read buffered is gone for the REPL); a tab
//   attempts a completion (nothing found: a bell on stderr).
import * as readline from "readline";
import * as tty from "tty";
import type { NodeHost } from "../host/node-host";

export interface LineInput {
  /** Shows `prompt` and reads one line (without its end); undefined at the end of the input. */
  read(prompt: string): Promise<string | undefined>;
}

/** The REPL's input: Node's readline on a terminal, readline's non-terminal behaviour otherwise. */
export function lineInput(host: NodeHost): LineInput {
  return tty.isatty(0) && tty.isatty(1) ? new TerminalInput(host) : new EchoingInput(host);
}

const NEWLINE = 10;
const RETURN = 13;
const TAB = 9;

/** GNU readline on a non-terminal input, as Debian's lua5.3 shows it. */
class EchoingInput implements LineInput {
  private readonly byte = Buffer.alloc(1);

  constructor(private readonly host: NodeHost) {}

  read(prompt: string): Promise<string | undefined> {
    const out = this.host.stdout;
    out.write(prompt);
    out.flush();
    const bytes: number[] = [];
    for (;;) {
      const c = this.host.stdin.readThrough(this.byte) === 0 ? -1 : this.byte[0];
      if (c < 0 && bytes.length === 0) return Promise.resolve(undefined);
      // both ^J and ^M accept the line; end of input accepts what was typed
      if (c < 0 || c === NEWLINE || c === RETURN) break;
      if (c === TAB) this.host.stderr.write("\x07");
      else bytes.push(c);
    }
    const line = Buffer.from(bytes).toString("latin1");
    out.write(`${line}\n`);
    out.flush();
    return Promise.resolve(line);
  }
}

/**
 * Node's readline on the terminal, one interface for the session (its history). Between lines
 * the terminal leaves raw mode and input pauses, so that while Lua code runs Ctrl-C is a signal
 * (an interruption) and io.read reads the terminal's cooked lines. Lines typed ahead (a paste)
 * wait in a queue.
 */
class TerminalInput implements LineInput {
  private readonly input = new tty.ReadStream(0);
  private readonly rl = readline.createInterface({ input: this.input, output: new tty.WriteStream(1), terminal: true });
  private readonly lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private closed = false;

  constructor(private readonly host: NodeHost) {
    this.rl.on("line", (line) => {
      this.lines.push(line);
      this.deliver();
    });
    // Ctrl-D on an empty line
    this.rl.on("close", () => {
      this.closed = true;
      this.deliver();
    });
    // Ctrl-C at the prompt: GNU readline re-raises SIGINT, whose default action ends lua5.3
    this.rl.on("SIGINT", () => process.kill(process.pid, "SIGINT"));
  }

  read(prompt: string): Promise<string | undefined> {
    this.host.stdout.flush();
    return new Promise((resolve) => {
      this.waiting = resolve;
      if (this.lines.length > 0 || this.closed) {
        this.deliver();
        return;
      }
      this.input.setRawMode(true);
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    });
  }

  private deliver(): void {
    const resolve = this.waiting;
    if (resolve === undefined || (this.lines.length === 0 && !this.closed)) return;
    this.waiting = undefined;
    if (!this.closed) {
      this.rl.pause();
      this.input.setRawMode(false);
    }
    resolve(this.lines.shift());
  }
}
