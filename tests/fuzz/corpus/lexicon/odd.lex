theme x
term ru не хватает ~2
regex (?<=a
expect ru +
