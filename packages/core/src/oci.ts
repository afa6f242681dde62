/**
 * An OCI image tag, the distribution spec's grammar: a letter, digit or '_', then letters, digits, '.', '_'
 * or '-', at most 128 characters in all. The registry client, kustomize's images, the release pins and the
 * workflows' inputs all accept exactly this.
 */
export const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
