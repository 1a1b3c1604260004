export { stageDrawTickets } from './stage-draw-tickets.ts';
export { stageDraws } from './stage-draws.ts';
export { stageEnrolments } from './stage-enrolments.ts';
export { stageSessionWindows } from './stage-session-windows.ts';
export { stageSessions } from './stage-sessions.ts';
export { type StagePlaceValue, stages } from './stages.ts';
