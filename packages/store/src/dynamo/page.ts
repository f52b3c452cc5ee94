/** One page of a list read: the items, and the signed cursor of the next page while there is one. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
