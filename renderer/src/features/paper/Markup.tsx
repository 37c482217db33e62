// Procedure text on screen moved down to ui/ (emergency accounts show their use procedure the same way).
export { Markup } from '../../ui/Markup';
