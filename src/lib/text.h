/* text.h — private helpers of the text module shared with the tagger. */
#ifndef LOYAL_TEXT_H
#define LOYAL_TEXT_H

#include "loyal.h"

/* True for code points that belong to words: letters, marks, digits. */
bool loyalp_is_word_char(int32_t cp);
/* Appends a token to t->tokens. */
loyal_status loyalp_text_push_token(loyal_text *t, loyal_token tok);

#endif
