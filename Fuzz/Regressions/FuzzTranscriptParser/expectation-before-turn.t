Charlotte
> who plays charlotte?
