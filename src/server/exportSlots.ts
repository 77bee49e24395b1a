/**
 * The exports running in this server process, at most `max` at once: each scans the whole graph
 * (about 30 s and 270 MB per 100,000 facts), so a few clients could otherwise hold Neo4j and
 * the process's memory.
 */
export class ExportSlots {
  private taken = 0;

  constructor(readonly max: number) {}

  /** A slot, as the function that gives it back (once, however often it is called); or none. */
  take(): (() => void) | undefined {
    if (this.taken >= this.max) return undefined;
    this.taken++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.taken--;
    };
  }
}
