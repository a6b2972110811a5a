import { createContext, useContext } from 'react';

/** The title of the panel of what the viewer can do now (ActionsPanel), where an act that ends its form leaves the focus. */
export const ACTIONS_TITLE_ID = 'actions-title';

/**
 * Outside the actions' panel (an offer's or a settlement's answer on the offer itself): where the
 * act took away the button that had the focus, the focus goes to that panel's title, which holds
 * the next step, not to the page's start (a screen reader went back to the top of the page).
 */
function focusLostToActions(): void {
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    document.getElementById(ACTIONS_TITLE_ID)?.focus();
  });
}

/** Closes the open form once its command went through: the next step is a fresh choice. */
export const ActionDone = createContext<() => void>(focusLostToActions);
export const useActionDone = () => useContext(ActionDone);
