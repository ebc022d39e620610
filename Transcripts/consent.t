# Every consent path: prompt, yes, no with teaser, a change of subject while pending,
# consent in words, revoke, and the status question.
> why did Charlotte do it?
Careful: the answer to that gives away the twist (the big reveal). So far you've agreed to no spoilers. Do you want the spoiler? (yes / no)
? kind=consent_prompt level=twist awaiting=yes consent=none intent=none
! jealous
! Bachoff
> no
No spoilers, then. Charlotte has her reasons, and they are the heart of the film. You could ask: “when did the perfection come out?”, “where can I watch it?”.
? kind=declined awaiting=no consent=none
! jealous
# A change of subject while a question is pending answers the new question.
> was charlotte jealous?
the twist (contains)
? awaiting=yes
> who plays lizzie?
Lizzie is played by Logan Browning, whom you may know from Dear White People.
? intent=cast.lizzie awaiting=no
> yes
There's no question waiting for a yes or no right now. (contains)
? kind=fallback consent=none
# Saying yes records consent at the question's level.
> why did charlotte do it
Careful: the answer to that gives away the twist (the big reveal). So far you've agreed to no spoilers. Do you want the spoiler? (yes / no)
? awaiting=yes
> sure
Despite what you think at first, Charlotte was never jealous of Lizzie. She orchestrated the whole ordeal to help Lizzie escape Anton Bachoff, because she knew Lizzie would never leave him on her own. Charlotte knows what he did to her and to other students like her.
? intent=twist.why-charlotte-did-it consent=twist
> what were the pills?
In the morning Charlotte gives Lizzie pills she claims are ordinary ibuprofen. They are really her dead mother's leftover medication, which can make someone hallucinate, itch and feel nauseous. Lizzie soon feels sick.
? intent=twist.why-lizzie-hallucinates kind=answer
# Consent to the twist does not cover the ending.
> how does it end?
gives away the ending (contains)
? awaiting=yes level=ending
> what spoilers have I agreed to?
You've agreed to spoilers up to the twist.
? kind=consent consent=twist
# Revoking: prompted again.
> forget that I said yes
Okay, no more spoilers. I'll ask before I reveal anything beyond the set-up.
? kind=consent consent=none
> what were the pills?
Careful: .* Do you want the spoiler\? \(yes / no\) (re)
? awaiting=yes
# Consent in words, which also answers the pending question.
> spoilers up to the twist are fine
Got it: you've agreed to spoilers up to the twist. In the morning Charlotte gives Lizzie pills she claims are ordinary ibuprofen. They are really her dead mother's leftover medication, which can make someone hallucinate, itch and feel nauseous. Lizzie soon feels sick.
? intent=twist.why-lizzie-hallucinates consent=twist
> I've seen it
Got it: you've agreed to every spoiler, the ending included.
? consent=ending
> what happens to anton at the end?
Anton Bachoff ends up with no arms or legs: Charlotte and Lizzie have cut them off. His mouth is sewn shut, and so are his eyes. He can only hear them play.
? intent=ending.bachoff-fate
> no more spoilers
Okay, no more spoilers. I'll ask before I reveal anything beyond the set-up.
? consent=none
# A yes that runs into a question answers the prompt, then the question.
> why did charlotte do it
Careful: .* Do you want the spoiler\? \(yes / no\) (re)
? awaiting=yes
> yes, who is anton
Despite what you think at first, Charlotte was never jealous of Lizzie. (contains)
? consent=twist awaiting=no
! Your earlier question
# A no that runs into a question declines, then answers; a yes asking the same again
# answers it once.
> what happens to anton at the end?
Careful: .* Do you want the spoiler\? \(yes / no\) (re)
? awaiting=yes level=ending
> nope, who plays lizzie
No spoilers, then. (contains)
? intent=cast.lizzie consent=twist awaiting=no
! sewn
> what were the tattoos about
When Anton invited students (contains)
? consent=twist
> no more spoilers
Okay, no more spoilers. I'll ask before I reveal anything beyond the set-up.
? consent=none
> why did charlotte do it
Careful: .* Do you want the spoiler\? \(yes / no\) (re)
? awaiting=yes
> yes tell me why
Despite what you think at first, Charlotte was never jealous of Lizzie. She orchestrated the whole ordeal to help Lizzie escape Anton Bachoff, because she knew Lizzie would never leave him on her own. Charlotte knows what he did to her and to other students like her.
? intent=twist.why-charlotte-did-it consent=twist
