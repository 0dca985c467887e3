# no theme here
term ru слово
