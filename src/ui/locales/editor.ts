// The scenario editor's French and Arabic, registered when the editor's code loads (imported by
// editor-screen.ts, a chunk of its own), so the title page's first load does not carry them.
import ar from './editor.ar';
import fr from './editor.fr';
import { addPartDictionaries } from './index';
// The editor reuses the planner's pieces (its preview's charts and data tables, the notice's Dismiss
// button, a saved scenario's Delete): their words come with the planner's part, not translated twice.
import './planner';

addPartDictionaries({ fr, ar });
