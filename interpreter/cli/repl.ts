// lua.c's read-eval-print loop (doREPL of Lua 5.3.6): prompts from _PROMPT/_PROMPT2, a line
// tried first as `return <line>;`, continuation lines while the chunk is incomplete, `=expr`,
// results printed with the global `print`, errors reported without the program name.
import type { LuaValue } from "../runtime/value";
import { isNumber, numberToString } from "../runtime/number";
import type { LineInput } from "./line-input";
import type { Loaded, Standalone } from "./standalone";

const PROMPT = "> ";
const PROMPT2 = ">> ";
/** The end of the syntax error message of an incomplete statement. */
const EOF_MARK = "<eof>";

export async function doREPL(S: Standalone, input: LineInput): Promise<void> {
  const progname = S.progname;
  S.progname = undefined;
  for (;;) {
    const loaded = await loadLine(S, input);
    if (loaded === undefined) break;
    const outcome = loaded.ok ? S.docall(loaded.fn, []) : loaded;
    if (outcome.ok) printResults(S, outcome.values);
    else S.report(outcome);
  }
  S.L.host.stdout.write("\n");
  S.L.host.stdout.flush();
  S.progname = progname;
}

/** get_prompt: the global (a string or number, lua_tostring's way), else the default. */
function prompt(S: Standalone, firstLine: boolean): string {
  const v = S.L.index(S.L.globals, firstLine ? "_PROMPT" : "_PROMPT2");
  if (typeof v === "string") return v;
  if (isNumber(v)) return numberToString(v);
  return firstLine ? PROMPT : PROMPT2;
}

/** pushline: one line; a first line "=expr" becomes "return expr" (5.2 compatibility). */
async function pushLine(S: Standalone, input: LineInput, firstLine: boolean): Promise<string | undefined> {
  const read = await input.read(prompt(S, firstLine));
  if (read === undefined) return undefined;
  // the line is a C string: it ends at a zero byte
  const nul = read.indexOf("\0");
  const line = nul < 0 ? read : read.slice(0, nul);
  return firstLine && line.startsWith("=") ? `return ${line.slice(1)}` : line;
}

/** loadline: undefined at the end of input, else the compiled line or its error. */
async function loadLine(S: Standalone, input: LineInput): Promise<Loaded | undefined> {
  const line = await pushLine(S, input, true);
  if (line === undefined) return undefined;
  const asExpression = S.load(`return ${line};`, "=stdin");
  return asExpression.ok ? asExpression : multiline(S, input, line);
}

/** multiline: adds lines while the chunk is incomplete (its syntax error is at <eof>). */
async function multiline(S: Standalone, input: LineInput, first: string): Promise<Loaded> {
  let chunk = first;
  for (;;) {
    const loaded = S.load(chunk, "=stdin");
    if (loaded.ok || !loaded.syntax || !loaded.message.endsWith(EOF_MARK)) return loaded;
    const more = await pushLine(S, input, false);
    // lua.c has popped the message by now: report finds an empty stack and prints "(null)"
    if (more === undefined) return { ok: false, message: "(null)", syntax: true };
    chunk = `${chunk}\n${more}`;
  }
}

/** l_print: calls the global `print` on the results, in protected mode (no message handler). */
function printResults(S: Standalone, values: LuaValue[]): void {
  if (values.length === 0) return;
  const L = S.L;
  const r = L.pcall(L.index(L.globals, "print"), values);
  if (r.ok) return;
  // lua_tostring of another value is NULL, which glibc's printf shows as "(null)"
  const v = r.error;
  const msg = typeof v === "string" ? v : isNumber(v) ? numberToString(v) : "(null)";
  S.message(`error calling 'print' (${msg})`);
}

