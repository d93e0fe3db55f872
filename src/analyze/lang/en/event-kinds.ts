import type { EventKindWords } from '../types.ts';

/** English words naming kinds of event (`events/identity.ts`). */
export const eventKinds: EventKindWords = {
  announcement: ['announc', 'applied', 'appli', 'bid', 'candida', 'campaign'],
  adoption: ['adopt', 'ratif', 'proclaim', 'resolution', 'accession', 'deposit'],
  chairmanship: ['chair', 'presiden', 'took over', 'chairperson'],
  closure: ['close', 'closure', 'shut'],
  deployment: ['deploy', 'peacekeep', 'contingent', 'joined the united nations interim'],
  election: ['elect'],
  founding: ['establish', 'founded', 'formed', 'created', 'began work', 'set up'],
  handover: ['handed', 'passed', 'transferr'],
  meeting: ['summit', 'meet', 'met ', 'gather', 'congress', 'conference', 'session', 'briefing'],
  observance: ['observed', 'commemorat', 'day against'],
  signing: ['sign', 'decree'],
  summit: ['summit'],
  test: ['test', 'detonat', 'explos', 'explod', 'blast', 'bomb'],
  visit: ['visit'],
};
