import { OCI_TAG, throwIfAny, UserError } from '@coco-release/core';
import { defineAction, type ActionResult } from '../../../src/action.js';

/**
 * What each reusable workflow of this repository accepts, checked before its first step reads or changes
 * anything: the rules its `Check the inputs` step held in bash, with the same words.
 */

type Values = Readonly<Record<string, string>>;
/** A problem with the workflow's inputs, or undefined. */
type Rule = (v: Values) => string | undefined;

const got = (v: Values, name: string) => `got '${v[name] ?? ''}'`;

/** Input `name` must match `re` (when `optional`, it may be empty); `what` says what it must be. */
function must(name: string, re: RegExp, what: string, optional = true): Rule {
  return (v) => {
    const value = v[name] ?? '';
    if ((optional && value === '') || re.test(value)) return undefined;
    return `input ${name} must ${what}, ${got(v, name)}`;
  };
}

function oneOf(name: string, choices: readonly string[]): Rule {
  const list = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
  return (v) => (choices.includes(v[name] ?? '') ? undefined : `input ${name} must be ${list}, ${got(v, name)}`);
}

const KATA_RELEASE = /^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$/;
const FULL_SHA = /^[0-9a-f]{40}$/;

export const WORKFLOW_RULES: Record<string, readonly Rule[]> = {
  'peer-pods-release': [
    oneOf('phase', ['prepare', 'candidate', 'release', 'post-release']),
    must(
      'version',
      /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/,
      'be vX.Y.Z (a candidate gets its -alpha.N itself)',
      false,
    ),
    must('image-tag', OCI_TAG, 'be an image tag'),
    must('kata-version', KATA_RELEASE, 'be a Kata release such as 4.0.0'),
    must('commit', FULL_SHA, 'be a full commit SHA'),
    must('release-date', /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'be YYYY-MM-DD'),
  ],
  // The prepare job's inputs; the release job's only input is its phase.
  'charts-release': [
    oneOf('bump', ['kata', 'patch', 'minor', 'major']),
    must('kata-version', KATA_RELEASE, 'be a Kata release such as 3.22.0'),
    must('kata-dependency', /^[A-Za-z0-9_.-]+$/, 'be a dependency name', false),
  ],
  'subproject-release': [
    // The commit to release: given, or the one the Kata release pins for the component.
    (v) =>
      v['commit']
        ? must('commit', FULL_SHA, 'be a full commit SHA')(v)
        : !v['kata-version'] || !v['component']
          ? 'give kata-version and component (the commit that Kata release pins), or commit'
          : oneOf('component', ['trustee', 'guest-components'])(v),
    must('kata-version', KATA_RELEASE, 'be a Kata release such as 4.0.0'),
    oneOf('bump', ['major', 'minor', 'patch']),
    must('version', /^v?[0-9]+\.[0-9]+\.[0-9]+$/, 'be X.Y.Z or vX.Y.Z'),
    must(
      'tag-format',
      /^[A-Za-z0-9._/-]*\{version\}[A-Za-z0-9._/-]*$/,
      'hold {version} once, with letters, digits, . _ / - around it',
      false,
    ),
  ],
  // Each commit becomes a pin of Kata's versions.yaml, where only a full SHA says which commit it is.
  'bump-coco-deps': [
    must('trustee-sha', FULL_SHA, 'be a full 40-character commit SHA'),
    must('guest-components-sha', FULL_SHA, 'be a full 40-character commit SHA'),
  ],
};

export interface CheckInputs {
  workflow: string;
  values: Values;
}

export const checkWorkflowInputs = defineAction<CheckInputs>({
  name: 'check-workflow-inputs',

  readInputs(inputs) {
    const workflow = inputs.choice('workflow', Object.keys(WORKFLOW_RULES));
    let parsed: unknown;
    try {
      parsed = JSON.parse(inputs.required('inputs'));
    } catch (e) {
      throw new UserError(`input 'inputs' is not JSON: ${(e as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new UserError("input 'inputs' must be a JSON object (the expression toJSON(inputs))");
    // Booleans and numbers as the workflow shows them; only strings are checked.
    const values = Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
    return { workflow, values };
  },

  async run({ workflow, values }): Promise<ActionResult> {
    const problems = WORKFLOW_RULES[workflow]!.map((rule) => rule(values)).filter((p) => p !== undefined);
    throwIfAny(problems.map((p) => new UserError(p)));
    return { outputs: { checked: JSON.stringify(Object.keys(values).sort()) }, summary: '' };
  },
});
