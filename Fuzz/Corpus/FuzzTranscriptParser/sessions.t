# Two sessions side by side: consent and context stay apart.
@session alice
> I've seen it
Got it: you've agreed to every spoiler, the ending included.
? consent=ending
@session bob
> how does it end?
Careful: the answer to that gives away the ending (how it all ends). So far you've agreed to no spoilers. Do you want the spoiler? (yes / no)
? awaiting=yes consent=none
@session alice
> how does it end?
In the end, Charlotte and Lizzie survive a fight with Anton Bachoff, in which he stabs Charlotte through the arm. Charlotte has lost her left arm and Lizzie her right hand, and they have cut off Bachoff's arms and legs; his mouth and eyes are sewn shut. In the final scene they play the cello together on the chapel stage, as each other's arms, and he can only hear them play.
? intent=ending.explained
@session bob
> no
No spoilers, then. The ending is the wildest part of the film, and people are still arguing about it. You could ask: “when did the perfection come out?”, “where can I watch it?”.
? consent=none
@session alice
> what about lizzie?
Lizzie has lost her right hand: it was cut off earlier, on the trip.
? intent=ending.lizzie-hand
@reset
> how does it end?
gives away the ending (contains)
? consent=none
