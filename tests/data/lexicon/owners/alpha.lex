theme alpha
label en Alpha
label ru Альфа
owner devops
term en alpha
expect en + alpha failed
