import { useTranslation } from 'react-i18next';
import { planSectionDiff } from '../../domain/plan/plan-diff';
import type { PlanVersion } from '../../domain/plan/plan-version';

/** The draft against the version in force, section by section: changed sections show their lines marked. */
export function PlanDiffView({ inForce, draft }: { inForce: PlanVersion; draft: PlanVersion }) {
  const { t } = useTranslation();
  const diff = planSectionDiff(inForce.sections, draft.sections);
  const changed = diff.filter((d) => d.changed);
  return (
    <section className="card plan-diff" aria-labelledby="plan-diff-heading" data-testid="plan-diff">
      <h2 id="plan-diff-heading">{t('plan.diff.heading', { from: inForce.version, to: draft.version })}</h2>
      {changed.length === 0 && <p className="muted">{t('plan.diff.noChanges')}</p>}
      <ul className="plan-diff-summary">
        {diff.map((d) => (
          <li key={d.key}>
            {t(`plan.sections.${d.key}`)}：{d.changed ? <strong>{t('plan.diff.changed')}</strong> : <span className="muted">{t('plan.diff.unchanged')}</span>}
          </li>
        ))}
      </ul>
      {changed.map((d) => (
        <div key={d.key} data-testid={`plan-diff-${d.key}`}>
          <h3>{t(`plan.sections.${d.key}`)}</h3>
          <pre className="plan-diff-lines">
            {d.lines.map((line, i) => (
              <div key={i} className={`plan-diff-${line.kind}`}>
                {line.kind === 'added' ? (
                  <ins aria-label={t('plan.diff.added')}>+ {line.text}</ins>
                ) : line.kind === 'removed' ? (
                  <del aria-label={t('plan.diff.removed')}>− {line.text}</del>
                ) : (
                  <span>{'  '}{line.text}</span>
                )}
              </div>
            ))}
          </pre>
        </div>
      ))}
    </section>
  );
}
