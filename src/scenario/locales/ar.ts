// The built-in scenarios' Arabic texts (scenarios/locales/ar/*.json), by scenario id: one chunk,
// fetched when Arabic is chosen (src/ui/scenario-texts.ts). Checked by src/cli/scenario-texts.ts.
import { textsById } from '../translations';

export default textsById(import.meta.glob('../../../scenarios/locales/ar/*.json', { eager: true, import: 'default' }));
