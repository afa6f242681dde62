export * from './errors.js';
export * from './text-edit.js';
export * from './diff.js';
export * from './files.js';
export * from './utf8.js';
export * from './inputs.js';
export * from './markdown.js';
export * from './http.js';
