import { parse } from "yaml";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Parses the YAML spec (or JSON, which YAML includes, parsed directly). YAML dates stay strings (`version: 2014-05-26`). */
export function parseSpec(text: string): JsonObject {
  const doc = (text.trimStart().startsWith("{") ? JSON.parse(text) : parse(text, { schema: "core" })) as Json;
  if (!isObject(doc) || typeof doc.openapi !== "string") throw new Error("spec: not an OpenAPI document");
  return doc;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s (`#/components/...`) until a non-reference value is reached. */
export function deref(spec: JsonObject, value: Json | undefined): Json | undefined {
  let current = value;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`spec: circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith("#/")) throw new Error(`spec: only local $refs are supported, got ${ref}`);
    let target: Json | undefined = spec;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new Error(`spec: unresolved $ref ${ref}`);
    current = target;
  }
  return current;
}
