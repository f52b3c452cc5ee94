// Universities' conversion needs (成果转化需求) and enterprises' answers; the rules live in @openlicense/domain.
export * from './answer-conversion-need.ts';
export * from './conversion-subject.ts';
export * from './post-conversion-need.ts';
export * from './read-conversion-needs.ts';
export * from './withdraw-conversion-need.ts';
