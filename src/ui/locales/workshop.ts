// The workshop's French and Arabic, registered when the workshop's code loads (imported by
// workshop-screen.ts, a chunk of its own), so the title page's first load does not carry them.
import ar from './workshop.ar';
import fr from './workshop.fr';
import { addPartDictionaries } from './index';

addPartDictionaries({ fr, ar });
