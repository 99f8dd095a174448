// Drives yaml-language-server (the engine of VS Code's YAML extension) over
// stdio the way an editor does: initialize, settings pushed with the schema
// store off, documents opened with didOpen, then completion and hover.
// The protocol is small enough that a framing reader beats another dependency.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  source?: string;
}

export interface CompletionItem {
  label: string;
  kind?: number;
  insertText?: string;
  textEdit?: { newText: string };
  documentation?: string | { kind: string; value: string };
}

export interface Hover {
  contents: { kind: string; value: string } | string;
}

/** The server's entry point, or undefined when the devDependency is not installed. */
export function serverPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
  } catch {
    return undefined;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class LanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters = new Map<string, Array<(d: Diagnostic[]) => void>>();
  private versions = new Map<string, number>();
  private stderr = '';

  /** `schemas` is the `yaml.schemas` setting: schema URL or path → glob(s) of documents. */
  constructor(
    private readonly settings: { schemas?: Record<string, string | string[]> } = {},
  ) {
    const path = serverPath();
    if (!path) throw new Error('yaml-language-server is not installed (npm install)');
    this.child = spawn(process.execPath, [path, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`language server exited: ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  private yamlSettings() {
    return {
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        // as in a fresh VS Code: no catalogue lookups, only our schema
        schemaStore: { enable: false },
        schemas: this.settings.schemas ?? {},
      },
    };
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'agree' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: false },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
      initializationOptions: {},
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: this.yamlSettings() });
  }

  /** Opens a document and waits for the diagnostics the server publishes for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const waiting = this.waitForDiagnostics(uri);
    if (version === 1) this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    else this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return waiting;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.diagnostics.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as
      | { items: CompletionItem[] }
      | CompletionItem[]
      | null;
    if (!result) return [];
    return Array.isArray(result) ? result : result.items;
  }

  async hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return (await this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.child.kill(), 500).unref();
    }
  }

  private waitForDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 20 s`)), 20_000);
      const list = this.diagnosticWaiters.get(uri) ?? [];
      list.push((d) => {
        clearTimeout(timer);
        resolve(d);
      });
      this.diagnosticWaiters.set(uri, list);
    });
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } });
    }
  }

  private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (message.method === undefined && message.id !== undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(message.error.message));
      else p?.resolve(message.result);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiters = this.diagnosticWaiters.get(uri) ?? [];
      this.diagnosticWaiters.delete(uri);
      for (const w of waiters) w(diagnostics);
      return;
    }
    if (message.id !== undefined) {
      // requests from the server: answer like an editor would
      let result: unknown = null;
      if (message.method === 'workspace/configuration') {
        const items = (message.params as { items: Array<{ section?: string }> }).items;
        const all = this.yamlSettings() as Record<string, unknown>;
        result = items.map((item) => {
          if (!item.section) return all;
          const [head, ...rest] = item.section.split('.');
          let cur: unknown = all[head!];
          for (const key of rest) cur = (cur as Record<string, unknown> | undefined)?.[key];
          return cur ?? null;
        });
      }
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
  }
}

/** The text of a hover or a completion item's documentation. */
export function markup(value: Hover['contents'] | CompletionItem['documentation'] | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.value;
}
