// Lua strings (bytes, held as latin1 JS strings) where they meet the host: file names, shell
// commands and environment variables must reach C's calls byte for byte, not re-encoded.
import * as fs from "fs";

/** A file name for Node's fs calls: its bytes as they are. */
export function hostPath(name: string): Buffer {
  return Buffer.from(name, "latin1");
}

/**
 * The arguments of `sh -c command`. Node encodes arguments as UTF-8, so a command that is valid
 * UTF-8 goes as the text it encodes; any other is rebuilt by the shell from octal escapes.
 */
export function shellArguments(command: string): string[] {
  const bytes = Buffer.from(command, "latin1");
  const text = bytes.toString("utf8");
  if (Buffer.from(text, "utf8").equals(bytes)) return ["-c", text];
  const escaped = [...bytes].map((b) => "\\" + b.toString(8).padStart(3, "0")).join("");
  return ["-c", `eval "$(printf '${escaped}')"`];
}

/** The environment the process started with, as bytes (what C's getenv reads). */
let environment: Map<string, string> | undefined;

/** getenv: a variable's value as bytes, or undefined. */
export function getenv(name: string): string | undefined {
  if (environment === undefined) environment = readEnvironment();
  return environment.get(name);
}

function readEnvironment(): Map<string, string> {
  const env = new Map<string, string>();
  try {
    for (const entry of fs.readFileSync("/proc/self/environ", "latin1").split("\0")) {
      const eq = entry.indexOf("=");
      if (eq > 0 && !env.has(entry.slice(0, eq))) env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
  } catch {
    // no /proc: Node's view of the environment, encoded back to UTF-8 bytes
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined) env.set(Buffer.from(k, "utf8").toString("latin1"), Buffer.from(v, "utf8").toString("latin1"));
    }
  }
  return env;
}
