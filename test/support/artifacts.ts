/**
 * Where tests leave files for people to look at: the explorer's screenshots, the notebook's
 * figures (git-ignored; CI can keep the folder as an artifact).
 */
export const ARTIFACTS = 'test-artifacts';
