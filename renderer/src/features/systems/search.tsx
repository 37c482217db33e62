import type { SearchSource } from '../../workbook/feature-module';
import { pathOf } from '../../workbook/areas';

/** Ctrl+K finds a system by name, segment and where it stands. */
export const systemSearch: SearchSource = {
  table: 'systems',
  groupTitleKey: 'search.groupSystems',
  text: (s) => [s.name, s.segment, s.location.building, s.location.room],
  label: (s) => s.name,
  detail: (s, t) => <span className="muted">{t(`systemKind.${s.kind}`)}</span>,
  href: () => pathOf('systems'),
};
