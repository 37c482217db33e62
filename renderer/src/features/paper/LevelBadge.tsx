import { useTranslation } from 'react-i18next';
import type { EmergencyLevel } from '../../domain/paper/procedure';

export function LevelBadge({ level }: { level: EmergencyLevel }) {
  const { t } = useTranslation();
  return <span className={`badge paper-level paper-level-${level}`}>{t(`paper.level.${level}`)}</span>;
}
