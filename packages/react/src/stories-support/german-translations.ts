/** The provider stories' translations: labels and a message in German, as an app would pass them. */
export const germanLabels = { payment_method_update: 'Zahlungsmethode ändern', subscription_cancel: 'Abo kündigen' };
/** A customer-facing message in German for the provider stories. */
export const germanMessages = { UNAUTHENTICATED: 'Deine Sitzung ist abgelaufen. Bitte melde dich erneut an.' };
