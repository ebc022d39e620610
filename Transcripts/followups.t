# Follow-ups and pronouns resolve against the last answer, and obey consent.
@spoilers ending
> who plays charlotte?
Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
> what about lizzie?
Lizzie is played by Logan Browning, whom you may know from Dear White People.
? intent=cast.lizzie
> tell me more
Logan Browning, who plays Lizzie, is known from Dear White People; the article names no other work of hers.
? intent=cast.logan-browning
> who is charlotte?
Charlotte Willmore is a talented cellist who put her music career on hold to take care of her terminally ill mother.
> why did she do it?
Despite what you think at first, Charlotte was never jealous of Lizzie. She orchestrated the whole ordeal to help Lizzie escape Anton Bachoff, because she knew Lizzie would never leave him on her own. Charlotte knows what he did to her and to other students like her.
? intent=twist.why-charlotte-did-it
> how?
In the morning Charlotte gives Lizzie pills she claims are ordinary ibuprofen. They are really her dead mother's leftover medication, which can make someone hallucinate, itch and feel nauseous. Lizzie soon feels sick.
? intent=twist.why-lizzie-hallucinates
> tell me more
All morning Charlotte mentions bugs, planting the idea that bugs are around Lizzie. Those suggestions trigger Lizzie's hallucinations of bugs in her vomit and under her skin.
? intent=twist.planted-bugs
> who is anton?
Anton Bachoff is Charlotte's former mentor. After her mother dies, Charlotte contacts him and joins him in Shanghai.
> what happened to him?
Anton Bachoff ends up with no arms or legs: Charlotte and Lizzie have cut them off. His mouth is sewn shut, and so are his eyes. He can only hear them play.
? intent=ending.bachoff-fate
> and then?
In the final scene Charlotte and Lizzie go up to the chapel stage where they played for Anton as kids. They play together, acting as each other's arms: Charlotte moves the bow with her right hand and Lizzie plays the fingerboard with her left hand.
? intent=ending.final-performance
# A question the bot cannot answer changes the subject: the context goes with it, and
# "what about lizzie?" is then a question of its own, not cast.lizzie.
> who directed it?
The article doesn't say (contains)
> what about lizzie?
Lizzie (Logan Browning) is another cello prodigy. (contains)
? intent=character.lizzie
# "she" and "he" each keep their own character.
> who is charlotte?
Charlotte Willmore is a talented cellist who put her music career on hold to take care of her terminally ill mother.
> what did anton do to her?
? intent=twist.what-bachoff-did
> what happened to her arm?
? intent=ending.charlotte-arm
> and what happened to him?
? intent=ending.bachoff-fate
# "she" after a cast answer is the actress; "what happens next" moves the story on.
@reset
> who plays lizzie?
Lizzie is played by Logan Browning, whom you may know from Dear White People.
> what else has she been in?
Logan Browning, who plays Lizzie, is known from Dear White People; the article names no other work of hers.
? intent=cast.logan-browning
> what is the perfection about?
? intent=film.about
> what happens next?
? intent=setting.shanghai
# "it" or "they" is the thing just talked about, when the question means nothing without it;
# a question about it that the article does not answer still gets the honest fallback.
@reset
> i've seen it
? consent=ending
> what are the tattoos about?
? intent=twist.tattoos
> how did charlotte see it?
Charlotte knew Lizzie had been through the same things as her because she saw Lizzie's tattoo after they slept together.
? intent=twist.how-charlotte-knew
> tell me about the knife
? intent=plot.the-knife
> where did she get it?
The article doesn't say (contains)
? kind=fallback
# "what about X" before a question says whom the question asks about.
@reset
> i've seen it
? consent=ending
> why did charlotte do it?
? intent=twist.why-charlotte-did-it
> what about lizzie? what happens to her at the end?
On the trip with Charlotte, Lizzie falls ill (contains)
? intent=ending.what-happens-to-lizzie
