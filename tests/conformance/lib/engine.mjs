// Streams protocol requests through one engine-runner process and collects its answers by id.
// Bounded in time: the whole run and every silence of the runner have a limit, after which the runner
// is killed and the unanswered cases count as unanswered (the comparer reports them).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

/**
 * @param {string[]} command  the runner command line, e.g. ['dotnet', 'Runner.dll']
 * @param {object[]} requests protocol requests, each with a unique `id`
 * @returns {Promise<{answers: Map<string, object>, problems: string[], stderr: string}>}
 */
export function runEngine(command, requests, { totalSeconds = 900, idleSeconds = 120, cwd } = {}) {
  return new Promise((resolve) => {
    const answers = new Map();
    const expected = new Set(requests.map((r) => r.id));
    const problems = [];
    let stderr = '';
    let settled = false;
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ['pipe', 'pipe', 'pipe'] });

    const finish = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(idle);
      if (why) problems.push(why);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve({ answers, problems, stderr });
    };
    const total = setTimeout(() => finish(`the runner did not finish within ${totalSeconds}s; killed`), totalSeconds * 1000);
    let idle;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(
        () => finish(`the runner stayed silent for ${idleSeconds}s with ${requests.length - answers.size} cases unanswered; killed`),
        idleSeconds * 1000,
      );
    };
    touch();

    child.on('error', (error) => finish(`could not start the runner (${command.join(' ')}): ${error.message}`));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20000); // the tail is what explains a crash
    });
    child.stdin.on('error', () => {}); // EPIPE when the runner dies early; its exit is reported instead

    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
      touch();
      if (line.trim() === '') return;
      let answer;
      try {
        answer = JSON.parse(line);
      } catch {
        problems.push(`not a JSON line on stdout: ${line.slice(0, 200)}`);
        return;
      }
      if (typeof answer?.id !== 'string') problems.push(`answer without a string id: ${line.slice(0, 200)}`);
      else if (!expected.has(answer.id)) problems.push(`answer for an id that was never asked: ${answer.id}`);
      else if (answers.has(answer.id)) problems.push(`second answer for ${answer.id}`);
      else answers.set(answer.id, answer);
      if (answers.size === requests.length) child.stdin.end();
    });
    child.on('close', (code, signal) => {
      const unanswered = requests.length - answers.size;
      finish(unanswered > 0 ? `the runner exited (code ${code}, signal ${signal}) with ${unanswered} cases unanswered` : null);
    });

    const closed = new Promise((r) => child.once('close', r));
    (async () => {
      for (const request of requests) {
        if (settled) return;
        // Respect back-pressure: a runner that reads slowly must not make us buffer everything.
        if (!child.stdin.write(`${JSON.stringify(request)}\n`)) await Promise.race([once(child.stdin, 'drain'), closed]);
      }
      child.stdin.end(); // end of input: the runner answers what is left and exits
    })();
  });
}
