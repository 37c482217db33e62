import { useTranslation } from 'react-i18next';
import type { EmergencyLevelChoice } from '../../domain/plan/emergency-level';
import { planSectionKeys, type PlanSectionKey, type PlanSections } from '../../domain/plan/plan-version';
import { Markup } from '../../ui/Markup';

function SectionBody({ sectionKey, sections, levels }: { sectionKey: PlanSectionKey; sections: PlanSections; levels: readonly EmergencyLevelChoice[] }) {
  const { t } = useTranslation();
  const empty = t('paper.procedure.notWritten');
  switch (sectionKey) {
    case 'organisation':
      return (
        <>
          <Markup text={sections.organisation} />
          {sections.roles.length === 0 ? (
            <p className="muted">{t('plan.roles.none')}</p>
          ) : (
            <table className="table" data-testid="plan-roles">
              <thead>
                <tr>
                  <th>{t('plan.roles.role')}</th>
                  <th>{t('plan.roles.department')}</th>
                  <th>{t('plan.roles.person')}</th>
                  <th>{t('plan.roles.duties')}</th>
                </tr>
              </thead>
              <tbody>
                {sections.roles.map((r, i) => (
                  <tr key={i}>
                    <td>{r.role}</td>
                    <td>{r.department}</td>
                    <td>{r.personName || <span className="muted">{t('plan.roles.unset')}</span>}</td>
                    <td>{r.duties}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'emergencyLevels':
      return (
        <>
          <Markup text={sections.emergencyLevels} />
          <table className="table" data-testid="plan-levels">
            <thead>
              <tr>
                <th>{t('plan.levels.name')}</th>
                <th>{t('plan.levels.criteria')}</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={l.id}>
                  <td>{l.name}</td>
                  <td>{l.criteria}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'cyberResponse':
      return (
        <>
          <Markup text={sections.cyberResponse} />
          {sections.measures.length === 0 ? (
            <p className="muted">{t('plan.measures.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('plan.measures.name')}</th>
                  <th>{t('plan.measures.status')}</th>
                  <th>{t('plan.measures.note')}</th>
                </tr>
              </thead>
              <tbody>
                {sections.measures.map((m, i) => (
                  <tr key={i}>
                    <td>{m.name}</td>
                    <td>{t(`plan.measures.statuses.${m.status}`)}</td>
                    <td>{m.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'securityPolicy':
      return (
        <>
          <Markup text={sections.securityPolicy} />
          {sections.informationSources.length === 0 ? (
            <p className="muted">{t('plan.sources.none')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>{t('plan.sources.name')}</th>
                  <th>{t('plan.sources.howToCheck')}</th>
                  <th>{t('plan.sources.lastCheckedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {sections.informationSources.map((s, i) => (
                  <tr key={i}>
                    <td>{s.name}</td>
                    <td>{s.howToCheck}</td>
                    <td>{s.lastCheckedOn || t('plan.sources.unchecked')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      );
    case 'hospitalBcp':
      return (
        <dl className="plan-bcp">
          <dt>{t('plan.hospitalBcp.title')}</dt>
          <dd>{sections.hospitalBcp.title || empty}</dd>
          <dt>{t('plan.hospitalBcp.owner')}</dt>
          <dd>{sections.hospitalBcp.owner || empty}</dd>
          <dt>{t('plan.hospitalBcp.location')}</dt>
          <dd>{sections.hospitalBcp.location || empty}</dd>
        </dl>
      );
    default:
      return <Markup text={sections[sectionKey]} empty={empty} />;
  }
}

/** A version's sections in the ひな形 order, with the facility's emergency levels in chapter 5. */
export function PlanSectionsView({ sections, levels }: { sections: PlanSections; levels: readonly EmergencyLevelChoice[] }) {
  const { t } = useTranslation();
  return (
    <div className="plan-sections">
      {planSectionKeys.map((key) => (
        <section key={key} className="card" aria-labelledby={`plan-section-${key}`}>
          <h2 id={`plan-section-${key}`}>{t(`plan.sections.${key}`)}</h2>
          <SectionBody sectionKey={key} sections={sections} levels={levels} />
        </section>
      ))}
    </div>
  );
}
