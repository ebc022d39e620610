# Spoiler markup wraps answers above level none; safe answers and prompts stay plain.
@markup discord
@spoilers twist
> who plays charlotte?
Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
> why did charlotte do it?
||Despite what you think at first, Charlotte was never jealous of Lizzie. She orchestrated the whole ordeal to help Lizzie escape Anton Bachoff, because she knew Lizzie would never leave him on her own. Charlotte knows what he did to her and to other students like her.||
@markup reddit
> what were the pills?
\>!In the morning Charlotte gives Lizzie pills she claims are ordinary ibuprofen. They are really her dead mother's leftover medication, which can make someone hallucinate, itch and feel nauseous. Lizzie soon feels sick.!<
@markup html
> what does the tattoo mean?
<details><summary>Spoiler (twist)</summary>When Anton invited students to play in the chapel for his small audience, to &quot;achieve the perfection&quot;, they received a music note tattoo: a way of marking the girls. Charlotte and Lizzie both have one.</details>
> how does it end?
Careful: the answer to that gives away the ending (how it all ends). So far you've agreed to spoilers up to the twist. Do you want the spoiler? (yes / no)
? awaiting=yes
