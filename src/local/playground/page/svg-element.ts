/** Turns an {@link SvgNode} tree into SVG elements; text goes in as text nodes, never as markup. */
import type { SvgNode } from './chart-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(tree: SvgNode): SVGElement {
  const element = document.createElementNS(SVG_NS, tree.tag);
  for (const [name, value] of Object.entries(tree.attrs)) {
    if (name !== 'xmlns') element.setAttribute(name, String(value));
  }
  for (const child of tree.children) {
    element.append(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  }
  return element;
}
