# A grant with an exception stops below it, and a level not seen yet is taken back.
> spoil everything except the ending
Got it: you've agreed to spoilers up to the twist.
? kind=consent consent=twist
> what happens to bachoff?
Careful: the answer to that gives away the ending (how it all ends). So far you've agreed to spoilers up to the twist. Do you want the spoiler? (yes / no)
? awaiting=yes level=ending
> not the ending please
No spoilers, then. .* (re)
? kind=declined consent=twist
> why did charlotte do it?
Despite what you think at first, Charlotte was never jealous of Lizzie. .* (re)
? intent=twist.why-charlotte-did-it
# Said by someone who agreed to everything, "i haven't seen the ending yet" takes it back.
> i've seen it
Got it: you've agreed to every spoiler, the ending included.
? consent=ending
> i haven't seen the ending yet
Okay, I won't spoil that. You've agreed to spoilers up to the twist.
? consent=twist
> how does it end?
Careful: the answer to that gives away the ending \(how it all ends\)\. .* (re)
? awaiting=yes
