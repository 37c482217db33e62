import { describe, it, expect } from 'vitest';
import { createPrinter, printCommandFor, type PrintCommand } from './print';

const tricky = "C:\\Users\\看護部\\O'Brien $(calc) `whoami`; & del.pdf";

describe('printCommandFor', () => {
  it('prints on Windows through Start-Process -Verb Print, with the path outside the script text', () => {
    const command = printCommandFor('win32', tricky, 'C:\\Windows');
    expect(command.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(command.args.at(-1)).toBe('Start-Process -FilePath $env:BCP_PRINT_FILE -Verb Print');
    expect(command.args.join(' ')).not.toContain('O\'Brien');
    expect(command.env).toEqual({ BCP_PRINT_FILE: tricky });
  });

  it.each(['darwin', 'linux'] as const)('prints on %s with lp and the path as one argument', (platform) => {
    expect(printCommandFor(platform, '/home/u/a b;c.pdf')).toEqual({ file: 'lp', args: ['/home/u/a b;c.pdf'], env: {} });
  });
});

describe('createPrinter', () => {
  it('runs the platform command', async () => {
    const ran: PrintCommand[] = [];
    const print = createPrinter('linux', async (command) => void ran.push(command));
    await print('/tmp/a.pdf');
    expect(ran).toEqual([{ file: 'lp', args: ['/tmp/a.pdf'], env: {} }]);
  });

  it('rejects when the command fails', async () => {
    const print = createPrinter('linux', async () => {
      throw new Error('exit 1');
    });
    await expect(print('/tmp/a.pdf')).rejects.toThrow('exit 1');
  });
});
