export { stageAttendance } from './stage-attendance.ts';
export { stageSessionAnimators } from './stage-session-animators.ts';
