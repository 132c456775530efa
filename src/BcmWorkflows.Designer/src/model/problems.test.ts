import { describe, expect, it } from 'vitest';
import { locateProblems, pathMessages, problemsByActivity, workflowProblems } from './problems';
import { activity, connection, workflow } from './testing/builders';

const sent = workflow([activity('start', 'Start'), activity('mail', 'SendEmail'), activity('wait', 'Delay')], [connection('mail', 'Done', 'wait')]);

describe('locating server validation problems', () => {
  it('names the activity by id and the input by name from an index path', () => {
    const [p] = locateProblems(sent, [{ path: '$.root.activities[1].inputs.to', message: 'Required.' }]);
    expect(p).toMatchObject({ activityId: 'mail', field: 'to', severity: 'error' });
  });

  it('puts a connection problem on the activity it starts from', () => {
    const [p] = locateProblems(sent, [{ path: '$.root.connections[0].source.port', message: 'Unknown port.' }]);
    expect(p?.activityId).toBe('mail');
  });

  it('keeps problems of the workflow itself apart, and warnings as warnings', () => {
    const located = locateProblems(sent, [{ path: '$.inputs[0].name', message: 'Twice.' }], [{ path: '$.root.activities[2]', message: 'Unreachable.' }]);
    expect(workflowProblems(located).map((p) => p.path)).toEqual(['$.inputs[0].name']);
    expect(problemsByActivity(located).get('wait')?.[0]).toMatchObject({ severity: 'warning', message: 'Unreachable.' });
  });

  it('reads a property of the activity itself as the field', () => {
    const [p] = locateProblems(sent, [{ path: '$.root.activities[0].type', message: 'Unknown type.' }]);
    expect(p).toMatchObject({ activityId: 'start', field: 'type' });
  });

  it('turns an errors map into one message per line', () => {
    expect(pathMessages({ '$.a': ['x', 'y'], '$.b': ['z'] })).toHaveLength(3);
    expect(pathMessages(null)).toEqual([]);
  });
});
