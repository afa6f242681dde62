import { code, fenced, text } from '@coco-release/core';
import { mermaidText } from './markdown.js';
import type { Plan, Step, StepState } from './train.js';

/**
 * The plan as a release manager reads it (the job summary, the tracking issue): a mermaid flowchart of every
 * step coloured by its state, then the checklist, ticked from facts, each step with its reason, its link and
 * the `set` lines that unblock it. Every value from files and from GitHub goes through text(), code(),
 * fenced() or mermaidText(); links are kept only when they are http(s) URLs, with the characters that would
 * end a Markdown link encoded.
 */

const MARK: Record<StepState, string> = { done: '✓', ready: '▶', waiting: '…', blocked: '✗' };

const STYLE: Record<StepState, string> = {
  done: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
  ready: 'fill:#ddf4ff,stroke:#0969da,color:#0969da',
  waiting: 'fill:#fff8c5,stroke:#9a6700,color:#9a6700',
  blocked: 'fill:#ffebe9,stroke:#d1242f,color:#d1242f',
};

/** An http(s) URL as a Markdown link target, or undefined for anything else. */
export function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\/[^\s]+$/.test(url)) return undefined;
  return url.replace(/[()<>[\]\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function trainMermaid(plan: Plan): string {
  const ids = new Map(plan.steps.map((s, i) => [s.id, `s${i}`]));
  const lines = ['flowchart LR'];
  for (const s of plan.steps) {
    lines.push(
      `  ${ids.get(s.id)}["${mermaidText(s.component)}<br/>${mermaidText(s.phase)}<br/>${MARK[s.state]} ${s.state}"]`,
    );
  }
  // Phases of a component in order; a component's first phase after the last phase of each earlier one.
  const byComponent = new Map<string, Step[]>();
  for (const s of plan.steps) byComponent.set(s.component, [...(byComponent.get(s.component) ?? []), s]);
  for (const steps of byComponent.values())
    for (let i = 1; i < steps.length; i++) lines.push(`  ${ids.get(steps[i - 1]!.id)} --> ${ids.get(steps[i]!.id)}`);
  for (const [name, after] of Object.entries(plan.after)) {
    const first = byComponent.get(name)?.[0];
    if (!first) continue;
    for (const a of after) {
      const from = plan.released[a] ?? byComponent.get(a)?.at(-1)?.id;
      if (from && ids.has(from)) lines.push(`  ${ids.get(from)} --> ${ids.get(first.id)}`);
    }
  }
  for (const state of ['done', 'ready', 'waiting', 'blocked'] as const) {
    const members = plan.steps.filter((s) => s.state === state).map((s) => ids.get(s.id)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${state} ${STYLE[state]}`);
    lines.push(`  class ${members.join(',')} ${state}`);
  }
  return lines.join('\n') + '\n';
}

function checklistLine(s: Step): string {
  const box = s.state === 'done' ? '[x]' : '[ ]';
  const what = s.state === 'waiting' && s.waitingOn ? `waiting on ${s.waitingOn}` : s.state;
  const url = linkTarget(s.link);
  const link = url ? ` ([link](${url}))` : '';
  let line = `- ${box} **${text(s.component)}** ${text(s.phase)}: ${MARK[s.state]} ${what}: ${text(s.reason)}${link}`;
  if (s.state === 'ready' && s.inputs)
    line += `\n  - dispatch ${code(`${s.workflow!.repository} ${s.workflow!.file}@${s.workflow!.ref}`)} with ${Object.entries(
      s.inputs,
    )
      .map(([k, v]) => code(`${k}=${v}`))
      .join(' ')}`;
  if (s.fix?.length) line += `\n\n  ${fenced('text', s.fix.join('\n')).replace(/\n(?=.)/g, '\n  ')}`;
  return line;
}

export interface TrainRenderOptions {
  /** What the conductor did this run, one line each (`dispatched trustee/release`). */
  actions?: string[];
  /** API requests of the read, for the footer. */
  requests?: number;
}

export function renderTrain(plan: Plan, options: TrainRenderOptions = {}): string {
  const count = (state: StepState) => plan.steps.filter((s) => s.state === state).length;
  const counts = (['done', 'ready', 'waiting', 'blocked'] as const)
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${s}`)
    .join(', ');
  const parts = [
    `### release-train: ${text(plan.target.component)} ${code(plan.target.version)} (${counts} of ${plan.steps.length} steps)`,
    '',
  ];
  const versions = Object.entries(plan.versions)
    .filter(([name]) => name !== plan.target.component)
    .map(([name, v]) => `${text(name)} ${v.tag !== undefined ? code(v.tag) : '?'}${v.released ? ' (released)' : ''}`);
  if (versions.length) parts.push(`Versions: ${versions.join(', ')}`, '');
  parts.push(fenced('mermaid', trainMermaid(plan)));
  parts.push(plan.steps.map(checklistLine).join('\n'), '');
  if (options.actions?.length) parts.push('**This run**', '', ...options.actions.map((a) => `- ${text(a)}`), '');
  if (options.requests !== undefined)
    parts.push(
      `<sub>state read in ${options.requests} API ${options.requests === 1 ? 'request' : 'requests'}</sub>`,
      '',
    );
  return parts.join('\n');
}
