export const id = 336;
export const ids = [336];
export const modules = {

/***/ 2336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateGraph: () => (/* binding */ validateGraph)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./packages/release-graph/schema/release-graph.schema.json
const release_graph_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/confidential-containers/coco-release-actions/packages/release-graph/schema/release-graph.schema.json","title":"release graph","description":"Which repository pins which component, where, and what the pinned value is (release-status).","type":"object","additionalProperties":false,"required":["components","pins"],"properties":{"components":{"description":"Every component, by name: a repository and how its releases are tagged.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/component"}},"pins":{"description":"Every place a component (the holder) pins another component.","type":"array","items":{"$ref":"#/definitions/pin"}}},"definitions":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$"},"component":{"type":"object","additionalProperties":false,"required":["repository","tag-format"],"properties":{"repository":{"description":"OWNER/NAME on GitHub.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"tag-format":{"description":"How a release is tagged: {version} (Kata: 4.0.0) or v{version} (v0.17.0).","type":"string","minLength":1},"reference":{"description":"The id of the pin the other pins of this component must agree with (default: the first pin of this component).","type":"string","minLength":1}}},"pin":{"type":"object","additionalProperties":false,"required":["holder","file","component","kind"],"properties":{"id":{"description":"A name for the pin, for `reference` and the JSON report (default HOLDER:FILE:SITE).","type":"string","minLength":1},"holder":{"description":"The component whose repository holds the file.","type":"string","minLength":1},"file":{"description":"File, relative to the holder repository\'s root.","type":"string","pattern":"^[^/\\\\s][^\\\\n]*$"},"ref":{"description":"Branch, tag or commit to read the file at (default: the repository\'s default branch).","type":"string","pattern":"^[^\\\\s:^~?*\\\\[\\\\\\\\-][^\\\\s:^~?*\\\\[\\\\\\\\]*$"},"path":{"description":"A YAML path (bump-versions-yaml syntax): .externals.coco-trustee.version","type":"string","pattern":"^\\\\."},"variable":{"description":"A Makefile, shell or Dockerfile variable.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"pattern":{"description":"A regular expression with one named group `value`; must match exactly once.","type":"string","minLength":1},"component":{"description":"The component the value pins.","type":"string","minLength":1},"kind":{"description":"What the value is: a commit SHA, a tag name, or a version (turned into a tag by the component\'s tag-format).","enum":["commit","tag","version"]},"claim":{"description":"Where the pin says which version it is: `comment`, the inline comment after a YAML value (`<sha> # v4.0.0`).","enum":["comment"]},"development":{"description":"The value a version pin holds between releases (kata-deploy\'s 0.0.0-dev): reported as development, not drift, unless `release` names the component.","type":"string","minLength":1}},"oneOf":[{"required":["path"],"not":{"anyOf":[{"required":["variable"]},{"required":["pattern"]}]}},{"required":["variable"],"not":{"anyOf":[{"required":["path"]},{"required":["pattern"]}]}},{"required":["pattern"],"not":{"anyOf":[{"required":["path"]},{"required":["variable"]}]}}]}}}');
// EXTERNAL MODULE: ./packages/release-graph/src/schema-errors.ts
var schema_errors = __webpack_require__(9517);
;// CONCATENATED MODULE: ./packages/release-graph/src/schema.ts



/** A graph file against schema/release-graph.schema.json (the file editors use too), every error at its line. */
let validator;
function validateGraph(f, data) {
    validator ??= new ajv.Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(release_graph_schema_namespaceObject);
    return validator(data) ? [] : (0,schema_errors/* schemaErrors */.d)(f, validator.errors ?? [], 'the graph');
}


/***/ })

};
