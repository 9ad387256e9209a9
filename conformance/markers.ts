// Parses the driver's report lines ("<MARK><kind> <field>\t<field>…") out of an engine's stdout.
import { MARK } from "./prelude";

export interface Marker {
  kind: string;
  fields: string[];
}

/** Undoes the driver's escaping of one field (\\ \n \r \t). */
function unescape(field: string): string {
  return field.replace(/\\([\\nrt])/g, (_m, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c] ?? c);
}

/** One marker line, or undefined when the line is not the driver's. */
export function parseMarker(line: string): Marker | undefined {
  if (!line.startsWith(MARK)) return undefined;
  const rest = line.slice(MARK.length);
  const space = rest.indexOf(" ");
  const kind = space < 0 ? rest : rest.slice(0, space);
  const payload = space < 0 ? "" : rest.slice(space + 1);
  return { kind, fields: payload === "" ? [] : payload.split("\t").map(unescape) };
}

export function parseMarkers(lines: string[]): Marker[] {
  return lines.map(parseMarker).filter((m): m is Marker => m !== undefined);
}
