import { createContext, useContext } from 'react';

/** Closes the open form once its command went through: the next step is a fresh choice. */
export const ActionDone = createContext<() => void>(() => undefined);
export const useActionDone = () => useContext(ActionDone);
