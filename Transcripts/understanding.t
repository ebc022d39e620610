# Compound questions: each part in order, each under its own consent.
> who is in this movie and when did it come out
The Perfection stars Allison Williams (Get Out) as Charlotte Willmore and Logan Browning (Dear White People) as Lizzie. The Perfection arrived on Netflix on May 24, 2019.
? kind=answer
> who is bachoff and what did he do
Anton Bachoff is Charlotte's former mentor. After her mother dies, Charlotte contacts him and joins him in Shanghai. Careful: the answer to that gives away the twist (the big reveal). So far you've agreed to no spoilers. Do you want the spoiler? (yes / no)
? kind=consent_prompt level=twist awaiting=yes
! abused
> yes
As Anton Bachoff's protégé (contains)
? intent=twist.what-bachoff-did consent=twist
@reset
# A part the article never answers does not keep the others from their answers.
> who directed it and who stars in it
Part of that the article doesn't say, and I won't guess it. The Perfection stars Allison Williams (Get Out) as Charlotte Willmore and Logan Browning (Dear White People) as Lizzie.
? intent=cast.main consent=none
> what's the budget and how does it end
Part of that the article doesn't say, and I won't guess it. Careful: the answer to that gives away the ending (how it all ends). (contains)
? kind=consent_prompt level=ending awaiting=yes
! Charlotte has lost
@reset
# A list of names asks about each.
> who are charlotte, lizzie and anton
? intents=character.charlotte,character.lizzie,character.anton
@reset
# Two things under one frame: the second half is asked with the first half's words.
> what happened to charlottes mom and lizzies hand
Charlotte's mother was terminally ill (contains)
? kind=consent_prompt level=plot awaiting=yes
> yes
Lizzie cuts off her own hand (contains)
? intent=plot.the-hand consent=plot
@reset
# A choice between two things is no yes/no question.
> i've seen it, is the knife real or fake
Conveniently, Charlotte has a butcher's knife (contains)
! Yes.
@reset
# A consent statement, then a question: grant, then answer.
> i watched it already. what happened to bachoff
Got it: you've agreed to every spoiler, the ending included. Anton Bachoff ends up with no arms or legs: Charlotte and Lizzie have cut them off. His mouth is sewn shut, and so are his eyes. He can only hear them play.
? intent=ending.bachoff-fate consent=ending
@reset
# The same with nothing between statement and question, as people type in chat.
> i already watched it lol were the bugs real
Got it: you've agreed to every spoiler, the ending included. No. (contains)
? intent=twist.why-lizzie-hallucinates consent=ending
@reset
# A grant asked as a question grants nothing, whatever follows it.
> you can spoil it? what happened to anton
? kind=consent_prompt level=ending consent=none
@reset
# Negated grants refuse; they never grant.
> why did charlotte do it?
? kind=consent_prompt level=twist
> please don't spoil everything
No spoilers, then. (contains)
? consent=none kind=declined
! jealous
> actually yes
Despite what you think at first (contains)
? intent=twist.why-charlotte-did-it consent=twist
@reset
> why did charlotte do it?
? kind=consent_prompt
> i'm not ok with the ending
No spoilers, then. (contains)
? consent=none
> i don't want spoilers up to the twist
Okay, I won't spoil that. You've agreed to no spoilers.
? consent=none
> are spoilers ok?
You've agreed to no spoilers.
? consent=none
> why did charlotte do it?
? kind=consent_prompt
> maybe
Is that a yes? The answer gives away the twist (the big reveal). (yes / no)
? awaiting=yes consent=none
> yep, go ahead
Despite what you think at first (contains)
? consent=twist
@reset
# Near-miss details: what the article doesn't say, then what it does, at the right level.
> what illness did her mom have
The article doesn't say what illness Charlotte's mother had. (contains)
? intent=gap.mother-illness
> is it on hulu
The article doesn't say whether it is anywhere else. (contains)
? intent=gap.other-platform
! No.
> what was the name of the drug
? kind=consent_prompt level=twist
> yes
The article doesn't name the medication. (contains)
? intent=gap.drug-name
> what song do they play at the end
? kind=consent_prompt level=ending
> yes
The article doesn't say what they play. (contains)
? intent=gap.final-music
@spoilers plot
> who won the competition
The article doesn't say who won. (contains)
? intent=gap.competition-winner
@reset
# Yes/no questions start with the answer.
> is it a horror movie
Yes. The Perfection is a Netflix horror thriller. (contains)
@spoilers ending
> did bachoff die
No. Anton Bachoff ends up (contains)
# A wrong prompt is a spoiler too: these get no prompt at all.
@reset
> where does lizzie live
The article doesn't say (contains)
? kind=fallback
> where does charlotte go after her mom dies
After her mother dies, Charlotte contacts her former mentor (contains)
? intent=setting.shanghai
> bye
Bye! Come back whenever you want to talk about The Perfection.
? intent=conversation.goodbye
@reset
# After a "no", "go on then" changes the user's mind; a bare "ok" only acknowledges.
> why did lizzie cut off her hand
? kind=consent_prompt level=plot
> no
? kind=declined consent=none
> go on then
Lizzie cuts off her own hand (contains)
? intent=plot.the-hand consent=plot
> what did bachoff do to charlotte
? kind=consent_prompt level=twist
> no
? kind=declined consent=plot
> ok
All right. (contains)
? intent=conversation.acknowledge consent=plot
> thanks, bye
? intent=conversation.goodbye
@reset
# A grant that names what to spoil also tells it.
> spoil the twist for me
Got it: you've agreed to spoilers up to the twist. The twist: Charlotte planned everything. (contains)
? intent=twist.explained consent=twist
@reset
# Two names joined by "and" are asked about one by one.
> who plays charlotte and lizzie
Charlotte Willmore is played by Allison Williams, whom you may know from Get Out. Lizzie is played by Logan Browning, whom you may know from Dear White People.
? intents=cast.charlotte,cast.lizzie
