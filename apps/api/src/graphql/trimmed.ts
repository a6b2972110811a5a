import { Transform } from 'class-transformer';

/**
 * A text a person typed or pasted whose spaces around it are not hers to fix (an address, a
 * link): dropped before it is checked and stored. One definition for every such input.
 */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
