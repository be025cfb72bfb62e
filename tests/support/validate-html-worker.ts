// A worker thread of tests/dist/every-page-is-valid-html.test.ts: validates the
// built files it is given and posts back each problem as "file:line:column message (rule)".
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const { dir, files } = workerData as { dir: string; files: string[] };
const validator = new HtmlValidate(new FileSystemConfigLoader());
const problems: string[] = [];
for (const file of files) {
	const report = await validator.validateFile(join(dir, file));
	for (const message of report.results.flatMap((r) => r.messages)) {
		problems.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
	}
}
parentPort?.postMessage(problems);
