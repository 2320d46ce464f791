/** Where administrators keep users' mail addresses (the navigation entry, the settings page's pointer). */
export const USER_ADDRESSES_PATH = '/users/addresses';
