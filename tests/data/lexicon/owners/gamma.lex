theme gamma
label en Gamma
label ru Гамма
owner devops
term en gamma
expect en + gamma failed
