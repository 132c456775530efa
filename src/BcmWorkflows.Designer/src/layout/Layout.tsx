import type { ReactNode } from 'react';
import type { Me } from '../api/types';
import { navigationFor } from '../auth/navigation';
import { Link } from '../router/Link';

interface LayoutProps {
  me: Me;
  pathname: string;
  onSignOut: () => void;
  children: ReactNode;
}

/** Top bar (product, sections by role, the user, sign-out) above the page. */
export function Layout({ me, pathname, onSignOut, children }: LayoutProps) {
  const items = navigationFor(me.roles);
  return (
    <div className="layout">
      <header className="topbar">
        <strong className="brand">BcmWorkflows</strong>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => {
              const current = pathname === item.path || pathname.startsWith(`${item.path}/`);
              return (
                <li key={item.path}>
                  <Link to={item.path} aria-current={current ? 'page' : undefined}>{item.label}</Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <span className="user" aria-label="Signed in as">
          {me.email}
          {me.roles.length > 0 && <small> ({me.roles.join(', ')})</small>}
        </span>
        <button type="button" onClick={onSignOut}>Sign out</button>
      </header>
      <div className="page">{children}</div>
    </div>
  );
}
