import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type Node = T.Node;

/** Visits every element in document order; the visitor returns false to skip an element's children. */
export function walk(root: Node, visit: (el: Element) => boolean): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node && !visit(node as Element)) continue;
    if ('childNodes' in node) {
      const children = node.childNodes as Node[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
}

export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
