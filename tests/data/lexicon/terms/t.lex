theme terms
term ru менеджер
term ru не хватать метрика ~2
term en account manager
term ru срок*
