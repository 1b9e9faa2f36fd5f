/**
 * An analysis worker of `--jobs N` (a node:worker_threads thread): runs the library's `analyze` on
 * each text the main thread sends and answers with the claims. It never reads or writes files.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../pipeline.js';
import { errorLine, type Answer, type Job } from './protocol.js';

const port = parentPort!;
port.on('message', (job: Job) => {
  let answer: Answer;
  try {
    const { claims, diagnostics } = analyze(job.text, job.options);
    answer = { id: job.id, claims, diagnostics };
  } catch (error) {
    answer = { id: job.id, error: errorLine(error) };
  }
  port.postMessage(answer);
});
