/**
 * git's rules for a reference name (git-check-ref-format(1)), applied to `refs/tags/<tag>`: the plan shows
 * only tags that git will create, and a name git refuses fails before anything is planned or created.
 * Returns what is wrong, or undefined.
 */
export function tagNameProblem(tag: string): string | undefined {
  const name = `refs/tags/${tag}`;
  if (tag === '') return 'it is empty';
  const control = /[\u0000-\u001f\u007f]/.exec(name);
  if (control) return `it holds the control character ${JSON.stringify(control[0])}`;
  const bad = /[ ~^:?*[\\]/.exec(name);
  if (bad) return `it holds '${bad[0]}'`;
  if (name.includes('..')) return "it holds '..'";
  if (name.includes('@{')) return "it holds '@{'";
  if (name.endsWith('/') || name.includes('//')) return 'it has an empty path component';
  if (name.endsWith('.')) return "it ends with '.'";
  for (const part of tag.split('/')) {
    if (part.startsWith('.')) return `its component '${part}' starts with '.'`;
    if (part.endsWith('.lock')) return `its component '${part}' ends with '.lock'`;
  }
  return undefined;
}
