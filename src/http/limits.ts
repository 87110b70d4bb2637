// The limits every channel applies to what it is sent: one place, so that no channel imports
// another to agree with it (the web chat page and Bot Framework hold the API's text limit).

/** A conversation id as the help-desk API addresses it (channels namespace theirs: "wechat:<openid>"). */
export const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
/** The longest message, in Unicode characters (an emoji counts as one). */
export const MAX_TEXT_CHARS = 2000;
/** The largest JSON body (the API, the web chat page). */
export const MAX_BODY = '16kb';
/** The largest WeChat XML body, encrypted or not. */
export const MAX_XML_BODY_BYTES = 64 * 1024;
/**
 * WeChat messages a user may send a minute (WECHAT_RATE_LIMIT_PER_MINUTE): far above anyone typing
 * on a phone, low enough that one openid cannot keep the bot busy.
 */
export const WECHAT_MESSAGES_PER_MINUTE = 20;
