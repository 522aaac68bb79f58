// The planner's French and Arabic, registered when the planner's code loads (imported by
// planner-screen.ts, a chunk of its own), so the title page's first load does not carry them.
import ar from './planner.ar';
import fr from './planner.fr';
import { addPartDictionaries } from './index';

addPartDictionaries({ fr, ar });
