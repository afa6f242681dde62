export const id = 745;
export const ids = [745];
export const modules = {

/***/ 3745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   editYaml: () => (/* reexport safe */ _edit_js__WEBPACK_IMPORTED_MODULE_0__.a),
/* harmony export */   loadYaml: () => (/* reexport safe */ _document_js__WEBPACK_IMPORTED_MODULE_1__.yv),
/* harmony export */   readScalar: () => (/* reexport safe */ _read_js__WEBPACK_IMPORTED_MODULE_2__.$)
/* harmony export */ });
/* harmony import */ var _edit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4820);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9153);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6336);
// The parser-backed implementation, loaded on demand by light.ts (it pulls in the `yaml` package).





/***/ })

};
