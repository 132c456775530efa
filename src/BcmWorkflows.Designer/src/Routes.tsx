import { useEffect, type ReactNode } from 'react';
import { mayVisit } from './auth/navigation';
import { DesignerPage } from './designer/DesignerPage';
import { InstancePage } from './instances/InstancePage';
import { InstancesPage } from './instances/InstancesPage';
import { Placeholder } from './layout/Placeholder';
import { placeholders } from './layout/placeholders';
import { navigate } from './router/navigation';
import { resolveRoute, type Params } from './router/routes';
import { WorkflowsPage } from './workflows/WorkflowsPage';

interface Route {
  path: string;
  render: (params: Params) => ReactNode;
}

const routes: Route[] = [
  { path: '/workflows', render: () => <WorkflowsPage /> },
  { path: '/workflows/:id', render: (p) => <DesignerPage definitionId={p['id'] ?? ''} /> },
  { path: '/instances', render: () => <InstancesPage /> },
  { path: '/instances/:id', render: (p) => <InstancePage key={p['id']} instanceId={p['id'] ?? ''} /> },
  ...Object.entries(placeholders).map(([path, text]) => ({ path, render: () => <Placeholder {...text} /> })),
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** The page for the path; `/` goes to the user's first section. */
export function Routes({ pathname, roles, home }: { pathname: string; roles: string[]; home: string }) {
  if (pathname === '/') return <Redirect to={home} />;
  const match = resolveRoute(routes, pathname);
  if (!match) return <Placeholder pending={false} title="Not found" text={`There is no page at ${pathname}.`} />;
  if (pathname !== '/welcome' && !mayVisit(roles, pathname))
    return <Placeholder pending={false} title="Not available" text="This page is not part of your role. Use the sections in the top bar." />;
  return <>{match.route.render(match.params)}</>;
}
