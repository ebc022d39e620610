> hi
(((( (re)
@spoilers
@markup
? =
