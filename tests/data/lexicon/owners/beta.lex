theme beta
label en Beta
label ru Бета
owner ops
term en beta
expect en + beta failed
