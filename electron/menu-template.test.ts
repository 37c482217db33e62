import { describe, it, expect } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu-template';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildMenuTemplate', () => {
  it.each(['win32', 'darwin', 'linux'] as const)('has no developer items in production on %s', (platform) => {
    const found = roles(buildMenuTemplate({ platform, appName: 'BCP Workbook', development: false }));
    expect(found).not.toContain('toggleDevTools');
    expect(found).not.toContain('reload');
    expect(found).not.toContain('forceReload');
    expect(found).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']));
  });

  it('offers DevTools in development', () => {
    const found = roles(buildMenuTemplate({ platform: 'linux', appName: 'BCP Workbook', development: true }));
    expect(found).toContain('toggleDevTools');
  });

  it('starts with the application menu on macOS only', () => {
    expect(buildMenuTemplate({ platform: 'darwin', appName: 'BCP Workbook', development: false })[0]?.label).toBe('BCP Workbook');
    expect(buildMenuTemplate({ platform: 'win32', appName: 'BCP Workbook', development: false })[0]?.label).toBe('ファイル');
  });
});
