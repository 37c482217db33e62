import { diffLines } from 'diff';
import { MEASURE_STATUS_JA, planSectionKeys, type PlanSectionKey, type PlanSections } from './plan-version';

/**
 * A section as plain lines, tables one row a line: what the draft-versus-approved comparison and search read. The
 * emergency-level list is its own table and not part of a version, so only the section's text is compared.
 */
export function sectionText(sections: PlanSections, key: PlanSectionKey): string {
  const lines: string[] = [];
  const push = (text: string) => {
    if (text.trim()) lines.push(...text.replace(/\r\n?/g, '\n').split('\n'));
  };
  switch (key) {
    case 'organisation':
      push(sections.organisation);
      for (const r of sections.roles) lines.push(`${r.role}｜${r.department}｜${r.personName || '未定'}｜${r.duties}`);
      break;
    case 'cyberResponse':
      push(sections.cyberResponse);
      for (const m of sections.measures) lines.push(`${m.name}｜${MEASURE_STATUS_JA[m.status]}｜${m.note}`);
      break;
    case 'securityPolicy':
      push(sections.securityPolicy);
      for (const s of sections.informationSources) lines.push(`${s.name}｜${s.howToCheck}｜${s.lastCheckedOn || '未確認'}`);
      break;
    case 'hospitalBcp':
      if (sections.hospitalBcp.title || sections.hospitalBcp.owner || sections.hospitalBcp.location) {
        lines.push(`文書名：${sections.hospitalBcp.title}`, `所管：${sections.hospitalBcp.owner}`, `保管場所：${sections.hospitalBcp.location}`);
      }
      break;
    default:
      push(sections[key]);
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface SectionDiff {
  key: PlanSectionKey;
  changed: boolean;
  lines: DiffLine[];
}

/** Each section of the draft against the version in force, line by line, in the ひな形 order. */
export function planSectionDiff(approved: PlanSections, draft: PlanSections): SectionDiff[] {
  return planSectionKeys.map((key) => {
    const before = sectionText(approved, key);
    const after = sectionText(draft, key);
    if (before === after) return { key, changed: false, lines: after ? after.split('\n').map((text) => ({ kind: 'same' as const, text })) : [] };
    const lines = diffLines(before ? `${before}\n` : '', after ? `${after}\n` : '').flatMap((part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((text): DiffLine => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text })),
    );
    return { key, changed: true, lines };
  });
}
