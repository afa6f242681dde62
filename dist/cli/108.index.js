export const id = 108;
export const ids = [108];
export const modules = {

/***/ 4108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* unused harmony export examplesDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The examples/ workspace, found from wherever this code runs (sources or dist/cli). */
function examplesDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'examples', 'kata-containers')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'examples');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new Error('examples/ not found next to the coco-release CLI');
}
/** A CoCo release bump, step by step, in dry-run mode on examples/: shows what would change and writes nothing. */
const STEPS = [
    {
        title: 'Kata Containers: pin the trustee and guest-components commits of this CoCo release',
        args: [
            'bump-versions-yaml',
            '--file',
            'kata-containers/versions.yaml',
            '--set',
            '.externals.coco-trustee.version=6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c',
            '--set',
            '.externals.coco-guest-components.version=9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e',
            '--dry-run',
        ],
    },
    {
        title: 'cloud-api-adaptor: follow Kata 4.1.0, trustee and guest-components',
        args: [
            'bump-versions-yaml',
            '--file',
            'cloud-api-adaptor/src/cloud-api-adaptor/versions.yaml',
            '--set',
            '.oci.kata-containers.reference=0d4e8c1b5a2f7e9d3c6b8a0f1e2d3c4b5a6f7e8d # v4.1.0',
            '--set',
            '.git.kbs.reference=6b7a7b05b0ac0e8a3e0d53a7ae1a2f6e2a3e8f1c',
            '--set',
            '.oci.guest-components.reference=9f1e0c2d4b6a8c0e2f4a6b8d0c2e4f6a8b0d2c4e',
            '--dry-run',
        ],
    },
    {
        title: 'cloud-api-adaptor: the release edits from its manifest (.github/release-pins.yaml): the image in five places, three charts, Chart.lock',
        workspace: 'cloud-api-adaptor',
        args: [
            'apply-release-pins',
            '--phase',
            'release',
            '--vars',
            'version=v0.22.0',
            '--vars',
            'image-tag=61b1aba91df646a663e60ab6b55c6a7dc93cd167',
            '--dry-run',
        ],
    },
    {
        title: 'cloud-api-adaptor: plan the Go module tags of the release (dependencies first; podvm is never tagged)',
        workspace: 'cloud-api-adaptor',
        args: [
            'tag-go-submodules',
            '--version',
            'v0.9.0',
            '--mode',
            'plan',
            '--exclude',
            'src/cloud-api-adaptor/podvm',
            '--root-tag',
        ],
    },
];
async function runDemo(_args, io, runCli) {
    const workspace = examplesDir();
    let status = 0;
    io.out(`coco-release demo: a CoCo release bump on ${workspace} (dry run: nothing is written)\n`);
    for (const [i, step] of STEPS.entries()) {
        io.out(`\n== ${i + 1}. ${step.title}\n$ coco-release ${step.args.map((a) => (/[\s#]/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
        // A step may run in a repository below examples/ (Go tag names are relative to the repository root).
        const cwd = step.workspace ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, step.workspace) : workspace;
        const env = { ...io.env, GITHUB_WORKSPACE: cwd };
        status = Math.max(status, await runCli(step.args, { ...io, env, cwd, multilineOutputs: false }));
    }
    return status;
}


/***/ })

};
