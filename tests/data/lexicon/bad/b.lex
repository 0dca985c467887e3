theme dup
