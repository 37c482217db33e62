import type { SearchSource } from '../../workbook/feature-module';
import { pathOf } from '../../workbook/areas';

/** Ctrl+K finds a follow-up action by its title, details and where it came from. */
export const actionSearch: SearchSource = {
  table: 'actions',
  groupTitleKey: 'actions.heading',
  text: (a) => [a.title, a.detail, a.source?.label ?? ''],
  label: (a) => a.title,
  detail: (a, t) => <span className="muted">{t(`actions.status.${a.status}`)}</span>,
  href: (a) => `${pathOf('actions')}/${a.id}`,
};
