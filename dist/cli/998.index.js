export const id = 998;
export const ids = [998];
export const modules = {

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildFastIndex: () => (/* reexport safe */ _fast_index_js__WEBPACK_IMPORTED_MODULE_11__.B),
/* harmony export */   describeNode: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.WQ),
/* harmony export */   doubleQuoted: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.UN),
/* harmony export */   editYaml: () => (/* reexport safe */ _edit_js__WEBPACK_IMPORTED_MODULE_4__.a),
/* harmony export */   editYamlSource: () => (/* reexport safe */ _light_js__WEBPACK_IMPORTED_MODULE_10__.rE),
/* harmony export */   fastLeaves: () => (/* reexport safe */ _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__.f),
/* harmony export */   fastLookup: () => (/* reexport safe */ _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__.h),
/* harmony export */   formatPath: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.jV),
/* harmony export */   inlineCommentEdit: () => (/* reexport safe */ _comment_edit_js__WEBPACK_IMPORTED_MODULE_3__.T),
/* harmony export */   isPlainSyntax: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Qx),
/* harmony export */   isSafePlainString: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.pm),
/* harmony export */   isStringUnder11: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Sq),
/* harmony export */   keyMatches: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.FY),
/* harmony export */   loadYaml: () => (/* reexport safe */ _document_js__WEBPACK_IMPORTED_MODULE_0__.yv),
/* harmony export */   locate: () => (/* reexport safe */ _locate_js__WEBPACK_IMPORTED_MODULE_2__.x5),
/* harmony export */   parseAssignment: () => (/* reexport safe */ _assignment_js__WEBPACK_IMPORTED_MODULE_9__.H),
/* harmony export */   parsePath: () => (/* reexport safe */ _path_js__WEBPACK_IMPORTED_MODULE_1__.Rr),
/* harmony export */   positionOf: () => (/* reexport safe */ _document_js__WEBPACK_IMPORTED_MODULE_0__.df),
/* harmony export */   readScalar: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_5__.$),
/* harmony export */   readScalarSource: () => (/* reexport safe */ _light_js__WEBPACK_IMPORTED_MODULE_10__.oZ),
/* harmony export */   renderScalar: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.VO),
/* harmony export */   resolvePlain12: () => (/* reexport safe */ _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__.Is),
/* harmony export */   singleQuoted: () => (/* reexport safe */ _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__.f3),
/* harmony export */   snapshotLeaves: () => (/* reexport safe */ _snapshot_js__WEBPACK_IMPORTED_MODULE_8__.x)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9153);
/* harmony import */ var _path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4251);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2650);
/* harmony import */ var _comment_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4696);
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4820);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6336);
/* harmony import */ var _scalar_style_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1576);
/* harmony import */ var _plain_scalar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6803);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2272);
/* harmony import */ var _assignment_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2789);
/* harmony import */ var _light_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1653);
/* harmony import */ var _fast_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6695);
/* harmony import */ var _fast_lookup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7533);















/***/ })

};
