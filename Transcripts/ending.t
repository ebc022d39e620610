# Ending-level answers, after consent in words.
> I've seen it, spoil everything
Got it: you've agreed to every spoiler, the ending included. Got it: you've agreed to every spoiler, the ending included.
? consent=ending
> I don't get the ending
In the end, Charlotte and Lizzie survive a fight with Anton Bachoff, in which he stabs Charlotte through the arm. Charlotte has lost her left arm and Lizzie her right hand, and they have cut off Bachoff's arms and legs; his mouth and eyes are sewn shut. In the final scene they play the cello together on the chapel stage, as each other's arms, and he can only hear them play.
? intent=ending.explained level=ending
> what happens in the fight?
During the fight in one of the last scenes, Anton stabs Charlotte through the arm, destroying it. Lizzie manages to attack him, though, and she and Charlotte survive.
? intent=ending.the-fight
> who lost which limb?
In the end, Charlotte has lost her left arm, Lizzie has lost her right hand, and they have cut off Bachoff's arms and legs so that he can only hear.
? intent=ending.who-lost-what
> what happened to charlotte's arm?
During the fight Anton stabs Charlotte through the arm, destroying it. By the end Charlotte has lost her entire left arm.
? intent=ending.charlotte-arm
> which hand did lizzie lose?
Lizzie has lost her right hand: it was cut off earlier, on the trip.
? intent=ending.lizzie-hand
> does bachoff die?
No. Anton Bachoff ends up with no arms or legs: Charlotte and Lizzie have cut them off. His mouth is sewn shut, and so are his eyes. He can only hear them play.
? intent=ending.bachoff-fate
> how do they play the cello at the end?
In the final scene Charlotte and Lizzie go up to the chapel stage where they played for Anton as kids. They play together, acting as each other's arms: Charlotte moves the bow with her right hand and Lizzie plays the fingerboard with her left hand.
? intent=ending.final-performance
> what happens to lizzie?
On the trip with Charlotte, Lizzie falls ill and cuts off her own hand; Charlotte later explains she did it to get Lizzie away from Anton Bachoff. Lizzie survives the final fight, and in the last scene she plays the cello with Charlotte, playing the fingerboard with her left hand.
? intent=ending.what-happens-to-lizzie
> and what happens to charlotte?
After her mother dies, Charlotte joins Anton Bachoff and Lizzie in Shanghai and leads Lizzie into cutting off her own hand, to free her from Bachoff. In the final fight Anton stabs Charlotte through the arm and she loses it; in the last scene she plays the cello with Lizzie, moving the bow with her right hand.
? intent=ending.what-happens-to-charlotte
