import { Feed } from 'feed';

/** One entry; `title`, `summary` and `content` are HTML (Atom `type="html"`), already escaped where they were text. */
export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  published: Date;
  author: string | null;
  summary?: string;
  content?: string;
}

/** An Atom 1.0 document; the feed's `updated` is its newest entry's (the epoch when it has none). */
export const atomFeed = (feed: { id: string; title: string; self: string; alternate?: string; entries: AtomEntry[] }): string => {
  const updated = new Date(Math.max(0, ...feed.entries.map((entry) => entry.updated.getTime())));
  const atom = new Feed({
    id: feed.id,
    title: feed.title,
    updated,
    link: feed.alternate,
    feedLinks: { atom: feed.self },
    generator: 'strapi-plugin-film-reviews',
    copyright: '',
  });
  for (const entry of feed.entries) {
    atom.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      author: entry.author ? [{ name: entry.author }] : undefined,
      description: entry.summary,
      content: entry.content,
    });
  }
  return atom.atom1();
};
