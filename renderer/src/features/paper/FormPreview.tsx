import { useTranslation } from 'react-i18next';
import {
  columnWidths,
  contentSize,
  copyMark,
  formDepartmentLabel,
  headerFieldsPerRow,
  pageSize,
  SHEET_MARGINS,
  SHEET_TYPE,
  sheetLayout,
  type SheetDesign,
} from '../../domain/paper/form-layout';
import { formatTemporaryId } from '../../domain/paper/temporary-patient-ids';
import type { DesignerValues } from './designer-form';

const PREVIEW_WIDTH_PX = 380;

function clean(values: DesignerValues): SheetDesign {
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    title: values.title ?? '',
    department: values.department ?? '',
    orientation: values.orientation === 'landscape' ? 'landscape' : 'portrait',
    headerFields: (values.headerFields ?? []).map((f) => ({ label: f?.label ?? '' })),
    columns: (values.columns ?? []).map((c) => ({ label: c?.label ?? '', width: Math.max(0, num(c?.width, 1)) })),
    rowsPerPage: Math.min(60, Math.max(1, Math.floor(num(values.rowsPerPage, 1)))),
    signatureBoxes: (values.signatureBoxes ?? []).map((b) => ({ label: b?.label ?? '' })),
    notes: values.notes ?? '',
    numbering: values.numbered ? true : undefined,
    copies: Math.min(5, Math.max(1, Math.floor(num(values.copies, 1)))),
  };
}

/**
 * A to-scale picture of one printed sheet, drawn from the same layout calculation as the PDF (row height, column
 * widths, fixed parts), so what the designer shows is what the printer gets.
 */
export function FormPreview({ values }: { values: DesignerValues }) {
  const { t } = useTranslation();
  const design = clean(values);
  const page = pageSize(design.orientation);
  const content = contentSize(design.orientation);
  const scale = PREVIEW_WIDTH_PX / page.width;
  const px = (pt: number) => `${(pt * scale).toFixed(2)}px`;
  const layout = sheetLayout(design);
  const widths = columnWidths(design);
  const perRow = headerFieldsPerRow(design.orientation);
  const rows = layout.fits ? design.rowsPerPage : Math.max(0, layout.maxRows);
  const mark = copyMark(0, design.copies);
  const range = values.range;
  const firstIds = design.numbering && range ? Array.from({ length: rows }, (_, i) => formatTemporaryId({ prefix: range.prefix ?? '', digits: Number(range.digits) || 1 }, (Number(range.rangeStart) || 0) + i)) : [];

  return (
    <figure className="paper-preview" aria-label={t('paper.form.preview')}>
      <div
        className="paper-preview-page"
        data-testid="form-preview"
        style={{
          width: px(page.width),
          height: px(page.height),
          padding: `${px(SHEET_MARGINS[1])} ${px(SHEET_MARGINS[2])} ${px(SHEET_MARGINS[3])} ${px(SHEET_MARGINS[0])}`,
          fontSize: px(SHEET_TYPE.labelSize),
        }}
      >
        <div style={{ width: px(content.width), height: px(content.height), overflow: 'hidden' }}>
          <div
            className="paper-preview-title"
            style={{
              height: px(layout.parts.title),
              gridTemplateColumns: `${px(SHEET_TYPE.titleSideWidth)} 1fr ${px(SHEET_TYPE.titleSideWidth)}`,
              columnGap: px(SHEET_TYPE.gap),
            }}
          >
            <span className="paper-preview-dept">{formDepartmentLabel(design.department)}</span>
            <strong style={{ fontSize: px(SHEET_TYPE.titleSize), textAlign: 'center' }}>{design.title || t('paper.form.untitled')}</strong>
            <span className="paper-preview-copy">{mark}</span>
          </div>
          {design.headerFields.length > 0 && (
            <div className="paper-preview-fields" style={{ gridTemplateColumns: `repeat(${perRow}, auto 1fr)`, marginBottom: px(SHEET_TYPE.gap) }}>
              {design.headerFields.map((f, i) => [
                <span key={`l${i}`} className="paper-preview-label" style={{ height: px(SHEET_TYPE.headerFieldRow) }}>
                  {f.label}
                </span>,
                <span key={`b${i}`} className="paper-preview-blank" />,
              ])}
            </div>
          )}
          <table className="paper-preview-table" style={{ width: px(content.width) }}>
            <colgroup>
              {widths.map((w, i) => (
                <col key={i} style={{ width: px(w + SHEET_TYPE.cellPaddingX) }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {design.columns.map((c, i) => (
                  <th key={i}>{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r} style={{ height: px(layout.rowHeight) }}>
                  {design.columns.map((_c, i) => (
                    <td key={i}>{i === 0 ? firstIds[r] : null}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {design.signatureBoxes.length > 0 && (
            <div className="paper-preview-signatures" style={{ marginTop: px(SHEET_TYPE.gap) }}>
              {design.signatureBoxes.map((b, i) => (
                <span key={i} style={{ width: px(SHEET_TYPE.signatureWidth + SHEET_TYPE.cellPaddingX) }}>
                  <span className="paper-preview-label">{b.label}</span>
                  <span style={{ height: px(SHEET_TYPE.signatureBox) }} />
                </span>
              ))}
            </div>
          )}
          {design.notes.trim() && (
            <p className="paper-preview-notes" style={{ fontSize: px(SHEET_TYPE.notesSize) }}>
              {design.notes}
            </p>
          )}
        </div>
      </div>
      <figcaption className="muted">
        {t('paper.form.previewCaption', {
          orientation: t(`paper.form.${design.orientation}`),
          rows: design.rowsPerPage,
          max: layout.maxRows,
          copies: design.copies,
        })}
      </figcaption>
    </figure>
  );
}
