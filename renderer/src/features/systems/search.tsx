import type { SearchSource } from '../../workbook/feature-module';
import { pathOf } from '../../workbook/areas';

/** Ctrl+K finds a system by name and where it stands (segments are found by the network area's own search). */
export const systemSearch: SearchSource = {
  table: 'systems',
  groupTitleKey: 'search.groupSystems',
  text: (s) => [s.name, s.location.building, s.location.room],
  label: (s) => s.name,
  detail: (s, t) => <span className="muted">{t(`systemKind.${s.kind}`)}</span>,
  href: () => pathOf('systems'),
};
