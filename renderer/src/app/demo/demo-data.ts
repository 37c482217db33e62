import { demoWorkbookSchema, type DemoWorkbook } from '../../domain/demo';

/** The demo workbook ships in resources/templates; it is validated like any other input before it is written. */
export async function fetchDemoWorkbook(): Promise<DemoWorkbook> {
  const response = await fetch(new URL('templates/demo-workbook.json', document.baseURI));
  if (!response.ok) throw new Error(`demo workbook: HTTP ${response.status}`);
  return demoWorkbookSchema.parse(await response.json());
}
