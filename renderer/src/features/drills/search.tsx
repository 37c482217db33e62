import type { SearchSource } from '../../workbook/feature-module';
import { pathOf } from '../../workbook/areas';

/** Ctrl+K finds a drill by its name and scenario. */
export const drillSearch: SearchSource = {
  table: 'drills',
  groupTitleKey: 'drills.heading',
  text: (d) => [d.title, d.scenario],
  label: (d) => d.title,
  detail: (d, t) => <span className="muted">{`${t(`drills.kind.${d.kind}`)} ${d.heldOn || d.scheduledFor}`}</span>,
  href: (d) => `${pathOf('drills')}/${d.id}`,
};
