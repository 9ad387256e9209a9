// The package library (manual §6.3) — minimal first version: loaded and preload.
import { LuaTable } from "../runtime/table";
import type { Runtime } from "../eval/runtime";

export function openPackage(L: Runtime, loaded: LuaTable): LuaTable {
  const pkg = new LuaTable();
  pkg.setStr("loaded", loaded);
  pkg.setStr("preload", new LuaTable());
  void L;
  return pkg;
}
