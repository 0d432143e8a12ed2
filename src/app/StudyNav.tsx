import { NavLink } from '../ui/router';
import { DueBadge } from '../cards/review/DueBadge';
import './StudyNav.css';

interface StudyNavProps {
  /** The header on wide screens; the menu drawer on narrow ones (the header has no room). */
  placement: 'header' | 'menu';
}

/** Links to the review and progress pages; the badge counts cards due now. */
export function StudyNav({ placement }: StudyNavProps) {
  return (
    <nav className={`study-nav study-nav--${placement}`} aria-label="Study">
      <NavLink to="/review" className="study-nav__link">
        Review
        <DueBadge />
      </NavLink>
      <NavLink to="/progress" className="study-nav__link">
        Progress
      </NavLink>
    </nav>
  );
}
