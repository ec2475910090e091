// The XML form of an answer (V1's historic default when `Format` is absent): elements named
// after the JSON keys, a list as its elements repeated under the list's own key, so
// `{"HpcClusters":{"HpcCluster":[a,b]}}` becomes `<HpcClusters><HpcCluster>a</HpcCluster>...`.

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join("");
  if (value !== null && typeof value === "object")
    return `<${name}>${children(value as Record<string, unknown>)}</${name}>`;
  if (value === undefined || value === null) return `<${name}/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function children(value: Readonly<Record<string, unknown>>): string {
  return Object.entries(value)
    .map(([key, child]) => element(key, child))
    .join("");
}

/** An XML document with one root element holding `body`. */
export function toXml(root: string, body: Readonly<Record<string, unknown>>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>${children(body)}</${root}>`;
}
