/** A GraphQL request over HTTP, as Apollo or urql would send it. */
export const graphql = (baseUrl: string, token?: string, headers: Record<string, string> = {}) => async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // { data, errors }: tests read whichever the case expects.
  return { status: response.status, body: (await response.json()) as any };
};

const IMAGE = 'id url width height alt caption credit spoiler mime bytes placeholder { dataUri thumbhash color } sources { type srcset }';

/** Every field of the plugin's types, so a response can be compared with the REST one. */
export const CARD_FIELDS = `documentId slug title locale film { title releaseYear } rating { value max } excerpt spoilerWarning { level } cover { ${IMAGE} } commentCount readerRating { average count } likes publishedAt`;

export const REVIEW_FIELDS = `documentId slug title locale body film { title releaseYear runtimeMinutes basedOn credits { name job character } } rating { value max } excerpt
  spoilerWarning { level } cover { ${IMAGE} } commentCount readerRating { average count } likes publishedAt reviewer { name url } gallery { ${IMAGE} }
  advisories { spoilers { level note hiddenSpans } images { count originalBytes optimizedBytes } } structuredData`;

const COMMENT = 'documentId number author { name url } content contentHtml containsSpoilers spoilerHidden rating isEditorReply createdAt editedAt deleted likes';
/** Replies down to the default thread depth (5). */
export const COMMENT_FIELDS = [1, 2, 3, 4, 5].reduce((inner) => `${COMMENT} replies { ${inner} }`, `${COMMENT} replies { documentId }`);

/**
 * GraphQL answers every field it was asked for; REST leaves some out (a hidden spoiler image's
 * url, spoilerHidden on a visible comment). Equal when every REST value is there and the extra
 * GraphQL fields are empty.
 */
export const sameAsRest = (fromGraphql: unknown, fromRest: unknown, path = '$'): string[] => {
  if (Array.isArray(fromRest)) {
    if (!Array.isArray(fromGraphql) || fromGraphql.length !== fromRest.length) return [`${path}: ${JSON.stringify(fromGraphql)} vs ${JSON.stringify(fromRest)}`];
    return fromRest.flatMap((item, index) => sameAsRest(fromGraphql[index], item, `${path}[${index}]`));
  }
  if (fromRest && typeof fromRest === 'object') {
    if (!fromGraphql || typeof fromGraphql !== 'object') return [`${path}: ${JSON.stringify(fromGraphql)} vs an object`];
    const extra = Object.entries(fromGraphql).filter(([key]) => !(key in fromRest));
    return [
      ...Object.entries(fromRest).flatMap(([key, value]) => sameAsRest((fromGraphql as any)[key], value, `${path}.${key}`)),
      ...extra.filter(([, value]) => !(value === null || value === false || (Array.isArray(value) && value.length === 0))).map(([key, value]) => `${path}.${key}: ${JSON.stringify(value)} only in GraphQL`),
    ];
  }
  return fromGraphql === fromRest ? [] : [`${path}: ${JSON.stringify(fromGraphql)} vs ${JSON.stringify(fromRest)}`];
};
