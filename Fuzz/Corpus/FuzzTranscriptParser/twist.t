# Twist-level answers.
@spoilers twist
> what's the twist?
The twist: Charlotte planned everything. She gave Lizzie her dead mother's leftover medication, passed off as ibuprofen, and kept mentioning bugs until Lizzie hallucinated them. She was never jealous: she did it to get Lizzie away from Anton Bachoff, who had sexually abused Charlotte and other students like her, Lizzie included.
? intent=twist.explained level=twist
> what was charlotte's motive?
Despite what you think at first, Charlotte was never jealous of Lizzie. She orchestrated the whole ordeal to help Lizzie escape Anton Bachoff, because she knew Lizzie would never leave him on her own. Charlotte knows what he did to her and to other students like her.
? intent=twist.why-charlotte-did-it
> was charlotte jealous of lizzie?
No. Despite what you think at first, Charlotte later explains that she was never jealous of Lizzie: she set everything up to help Lizzie escape Anton Bachoff.
? intent=twist.was-charlotte-jealous
> how did charlotte make lizzie hallucinate?
In the morning Charlotte gives Lizzie pills she claims are ordinary ibuprofen. They are really her dead mother's leftover medication, which can make someone hallucinate, itch and feel nauseous. Lizzie soon feels sick.
? intent=twist.why-lizzie-hallucinates
> why does charlotte keep talking about bugs?
All morning Charlotte mentions bugs, planting the idea that bugs are around Lizzie. Those suggestions trigger Lizzie's hallucinations of bugs in her vomit and under her skin.
? intent=twist.planted-bugs
> what did bachoff do to charlotte?
As Anton Bachoff's protégé, Charlotte was expected to play the cello perfectly and make no mistakes. When she did not play perfectly, Anton sexually abused her. He did the same to other students like her.
? intent=twist.what-bachoff-did
> what does the tattoo mean?
When Anton invited students to play in the chapel for his small audience, to "achieve the perfection", they received a music note tattoo: a way of marking the girls. Charlotte and Lizzie both have one.
? intent=twist.tattoos
> how did charlotte know about lizzie?
Charlotte knew Lizzie had been through the same things as her because she saw Lizzie's tattoo after they slept together.
? intent=twist.how-charlotte-knew
> what happens in the chapel?
Anton invited students to play in the chapel for his small audience, in order to "achieve the perfection". Those who did received tattoos, a way of marking the girls.
? intent=twist.chapel
> why is it called the perfection?
Anton invited students to play in the chapel for his small audience "in order to achieve the perfection", and they received tattoos for it. His protégés were expected to play the cello perfectly and make no mistakes; when Charlotte did not, he sexually abused her.
? intent=twist.title-meaning
> what does charlotte say to lizzie?
After Lizzie cuts off her hand, Charlotte explains her reasoning: "They tortured us and pretended it was an education. Pretended it was some kind of higher calling. But it was just rape, Lizzie. They raped me and they raped you."
? intent=twist.charlotte-speech
