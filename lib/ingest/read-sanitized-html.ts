/**
 * A tree reader for the output of `sanitizeArticleHtml` only. That output is regular: lowercase
 * tag names, attributes written as ` name="value"`, void elements written as `<br />`, and text
 * with only &amp; &lt; &gt; &quot; escaped. Reading it directly is linear and much faster than a
 * second DOM parse (linkedom slows down badly on large documents). Not a general HTML parser.
 */

export type HtmlText = { type: "text"; value: string };
export type HtmlElement = { type: "element"; name: string; attrs: Map<string, string>; children: HtmlNode[] };
export type HtmlNode = HtmlText | HtmlElement;

const TOKEN_RE =
  /<\/([a-z][a-z0-9]*)>|<([a-z][a-z0-9]*)((?: [a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*) ?(\/)?>|[^<]+|</g;
const ATTRIBUTE_RE = / ([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;
const VOID_ELEMENTS = new Set(["img", "br", "hr", "area", "base", "basefont", "input", "link", "meta", "col", "wbr"]);

export function readSanitizedHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: "element", name: "#root", attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN_RE)) {
    const [token, closeName, openName, rawAttributes, selfClosing] = match;
    const parent = stack[stack.length - 1];
    if (closeName) {
      // Pop back to the matching element; a stray end tag is ignored.
      const index = stack.findLastIndex((element) => element.name === closeName);
      if (index > 0) stack.length = index;
    } else if (openName) {
      const attrs = new Map<string, string>();
      for (const attribute of (rawAttributes ?? "").matchAll(ATTRIBUTE_RE)) {
        attrs.set(attribute[1].toLowerCase(), decodeEscapes(attribute[2] ?? ""));
      }
      const element: HtmlElement = { type: "element", name: openName, attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID_ELEMENTS.has(openName)) stack.push(element);
    } else {
      const value = decodeEscapes(token);
      const last = parent.children.at(-1);
      if (last?.type === "text") last.value += value;
      else parent.children.push({ type: "text", value });
    }
  }
  return root;
}

function decodeEscapes(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_match, name: string) => {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "amp":
        return "&";
      default:
        return "'";
    }
  });
}

/** All text under a node, as a browser's `textContent`. Iterative: trees may be deep. */
export function textContent(node: HtmlNode): string {
  let text = "";
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode;
    if (current.type === "text") text += current.value;
    else for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return text;
}

/** Elements with the given name, in document order. */
export function findElements(root: HtmlElement, name: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop() as HtmlNode;
    if (current.type !== "element") continue;
    if (current.name === name) found.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return found;
}
