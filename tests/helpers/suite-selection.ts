/**
 * The suites named in a comma-separated list (`API_SUITES=comments,notifications`), in their
 * registered order; all of them when the list is empty. An unknown name throws, so a typo never
 * runs nothing and passes.
 */
export const selectSuites = <T>(suites: Record<string, T>, list = ''): T[] => {
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in suites));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; the suites: ${Object.keys(suites).join(', ')}`);
  return Object.entries(suites)
    .filter(([name]) => names.length === 0 || names.includes(name))
    .map(([, suite]) => suite);
};
