import { SaxesParser } from 'saxes';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The document's root element, parsed by a real XML parser (namespaces resolved); throws on XML that is not well-formed. */
export const parseXml = (xml: string): XmlElement => {
  const parser = new SaxesParser({ xmlns: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute: any) => [attribute.name, attribute.value]));
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    open.at(-1)?.children.push(element);
    root ??= element;
    open.push(element);
  });
  const addText = (text: string) => {
    const current = open.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
};

const child = (element: XmlElement, name: string) => element.children.find((candidate) => candidate.name === name && candidate.uri === ATOM_NS);
const textOf = (element: XmlElement, name: string) => child(element, name)?.text.trim();

export interface AtomEntry {
  id?: string;
  title?: string;
  link?: string;
  updated?: string;
  published?: string;
  author?: string;
  summary?: string;
  content?: string;
}

/** An Atom feed as tests read it: the root, the feed's own fields and each entry's. */
export const readAtom = (xml: string) => {
  const feed = parseXml(xml);
  return {
    root: { name: feed.name, uri: feed.uri },
    id: textOf(feed, 'id'),
    title: textOf(feed, 'title'),
    updated: textOf(feed, 'updated'),
    selfLink: feed.children.find((element) => element.name === 'link' && element.attributes.rel === 'self')?.attributes.href,
    entries: feed.children
      .filter((element) => element.name === 'entry' && element.uri === ATOM_NS)
      .map((entry): AtomEntry => ({
        id: textOf(entry, 'id'),
        title: textOf(entry, 'title'),
        link: child(entry, 'link')?.attributes.href,
        updated: textOf(entry, 'updated'),
        published: textOf(entry, 'published'),
        author: child(entry, 'author') && textOf(child(entry, 'author')!, 'name'),
        summary: textOf(entry, 'summary'),
        content: textOf(entry, 'content'),
      })),
  };
};
