/**
 * Sending a saved PDF to the default printer with the operating system's own tools. Arguments are passed as
 * an argv array (execFile, no shell), so a file name can never be read as a command.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface PrintCommand {
  file: string;
  args: string[];
  /** Extra environment for the command; values are data, never parsed as script. */
  env: Record<string, string>;
}

/**
 * The command that prints `filePath` on `platform`. On Windows the path travels in an environment variable
 * rather than in the -Command text: PowerShell would otherwise parse it as script (quotes, `$`, backticks).
 */
export function printCommandFor(platform: NodeJS.Platform, filePath: string, systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): PrintCommand {
  if (platform === 'win32') {
    return {
      // The full path: Windows looks for a bare program name in the current folder first (the portable app's USB
      // stick, Downloads), where a planted powershell.exe would run instead.
      file: path.win32.join(systemRoot, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
      args: [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        'Start-Process -FilePath $env:BCP_PRINT_FILE -Verb Print',
      ],
      env: { BCP_PRINT_FILE: filePath },
    };
  }
  // CUPS lp on macOS and Linux. Paths reaching here are absolute, so they cannot be mistaken for options.
  return { file: 'lp', args: [filePath], env: {} };
}

export type CommandRunner = (command: PrintCommand) => Promise<void>;

/** Runs a command with execFile; rejects on a non-zero exit or if the program is missing. */
export const runCommand: CommandRunner = (command) =>
  new Promise((resolve, reject) => {
    execFile(
      command.file,
      command.args,
      { env: { ...process.env, ...command.env }, windowsHide: true, timeout: 60_000 },
      (error) => (error ? reject(error) : resolve()),
    );
  });

export function createPrinter(platform: NodeJS.Platform, run: CommandRunner = runCommand): (filePath: string) => Promise<void> {
  return (filePath) => run(printCommandFor(platform, filePath));
}
