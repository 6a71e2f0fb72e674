import { Parser } from 'htmlparser2';

/** Tag name used for text nodes in the light tree. */
export const TEXT = '#text';

/**
 * One node of the light tree. Nodes live in one array in document (pre-)order, so a
 * parent's index is always smaller than its children's: walking the array backwards
 * visits children before parents (a post-order without recursion).
 */
export interface HtmlNode {
  /** Lower-cased tag name, or `#text`. */
  readonly tag: string;
  /** Index of the parent node, -1 for roots. */
  readonly parent: number;
  /** Depth below the virtual root (roots have depth 0). */
  readonly depth: number;
  /** Indices of children in order. */
  readonly children: number[];
  /** Attributes as the parser gave them (empty object for text). */
  readonly attrs: Readonly<Record<string, string>>;
  /** Decoded text, for text nodes only. */
  text: string;
  /** Offset of the element's `<` (or of the text) in the HTML string. */
  readonly start: number;
  /** Offset just past the element's end (its close tag, or the last child). */
  end: number;
}

/** A parsed page: the node array and the indices of the top-level nodes. */
export interface HtmlTree {
  readonly nodes: HtmlNode[];
  readonly roots: number[];
}

const EMPTY_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Parses HTML into a light tree with htmlparser2's streaming callbacks. No DOM, no
 * recursion: the open elements are a stack, so 10,000 nested divs cost the same as 10,000
 * siblings. Offsets are UTF-16 indices into `html`.
 *
 * @example
 * const tree = parseHtmlTree('<p>Hello <b>world</b></p>');
 * tree.nodes[0]?.tag; // 'p'
 */
export function parseHtmlTree(html: string): HtmlTree {
  const nodes: HtmlNode[] = [];
  const roots: number[] = [];
  const stack: number[] = [];
  const length = html.length;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
        const index = nodes.length;
        const start = Math.min(parser.startIndex, length);
        nodes.push({
          tag: name,
          parent,
          depth: stack.length,
          children: [],
          attrs: attribs,
          text: '',
          start,
          end: start,
        });
        if (parent >= 0) (nodes[parent] as HtmlNode).children.push(index);
        else roots.push(index);
        stack.push(index);
      },
      onclosetag() {
        const index = stack.pop();
        if (index === undefined) return;
        const node = nodes[index] as HtmlNode;
        node.end = Math.max(node.start, Math.min(parser.endIndex + 1, length));
      },
      ontext(data) {
        const parent = stack.length > 0 ? (stack[stack.length - 1] as number) : -1;
        const siblings = parent >= 0 ? (nodes[parent] as HtmlNode).children : roots;
        const last = siblings.length > 0 ? nodes[siblings[siblings.length - 1] as number] : undefined;
        const end = Math.min(parser.endIndex + 1, length);
        if (last && last.tag === TEXT) {
          last.text += data;
          last.end = Math.max(last.end, end);
          return;
        }
        const index = nodes.length;
        const start = Math.min(parser.startIndex, length);
        nodes.push({
          tag: TEXT,
          parent,
          depth: stack.length,
          children: [],
          attrs: EMPTY_ATTRS,
          text: data,
          start,
          end: Math.max(start, end),
        });
        siblings.push(index);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  // Elements left open at the end close at the end of the input.
  for (const index of stack) (nodes[index] as HtmlNode).end = length;
  // An element's end must cover its last child (implied closes report odd indices).
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as HtmlNode;
    if (node.end < node.start) node.end = node.start;
    if (node.parent >= 0) {
      const parent = nodes[node.parent] as HtmlNode;
      if (parent.end < node.end) parent.end = node.end;
    }
  }
  return { nodes, roots };
}
