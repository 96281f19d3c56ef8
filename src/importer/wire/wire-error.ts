/** Input the importer cannot read as a story; the message is one line, for the terminal. */
export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}
