# Nested quantifiers backtrack exponentially on "ab ab … ab!": the match
# limit must stop it.
theme slow
regex (?:\w+\s?)+$
