/**
 * Words that tell a reporting sense of a cue verb from another sense, or a reporting construction
 * from a passive one. Written by hand from reference grammars (Huddleston & Pullum 2002, ch. 16 on
 * passives) and common newsroom phrasing; the phenomena were found among PolNeAR train's spurious
 * predictions, but no word here is learned from data.
 */

/**
 * Means of communication after "by": "said *by* telephone" reports; any other "by" after a
 * participle names the agent of a passive ("a plan backed *by* unions").
 */
export const MEANS_OF_COMMUNICATION: ReadonlySet<string> = new Set([
  'phone', 'telephone', 'email', 'e-mail', 'text', 'mail', 'letter', 'fax', 'video', 'videoconference', 'satellite', 'tweet',
  'radio', 'messenger', 'courier', 'cable', 'wire',
]);
