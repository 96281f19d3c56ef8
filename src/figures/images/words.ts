/** Every word a reader sees on an <Image> figure, in one place (a later change moves them into the message catalog). */
export const creditWords = (credit: string) => `Picture: ${credit}`;
