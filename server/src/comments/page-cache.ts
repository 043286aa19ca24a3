/**
 * The last pages served, as JSON bytes, in this process: bytes, so a hit allocates nothing (a
 * fresh 100 KB buffer per response showed as event-loop delay under load). Keys carry the
 * review's thread version, read from the database on every request, so a write on any instance
 * makes its old pages unreachable (they age out): a hit is never stale. Bounded by entries; the
 * oldest used goes first.
 */
export const createPageCache = (maxEntries: number) => {
  const pages = new Map<string, Buffer>();
  return {
    get(key: string) {
      const json = pages.get(key);
      if (json !== undefined) {
        pages.delete(key);
        pages.set(key, json);
      }
      return json;
    },
    set(key: string, json: Buffer) {
      pages.set(key, json);
      if (pages.size > maxEntries) pages.delete(pages.keys().next().value!);
    },
  };
};
