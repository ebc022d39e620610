# Level-none questions: answered straight away, no consent needed.
> when did the perfection come out?
The Perfection arrived on Netflix on May 24, 2019.
? intent=film.release level=none kind=answer
> where can i watch it
It's a Netflix film: The Perfection arrived on the platform on May 24, 2019.
? intent=film.where-to-watch
> What is The Perfection about?
The Perfection is a Netflix horror thriller. Charlotte Willmore (Allison Williams), a talented cellist, put her music career on hold to care for her terminally ill mother. When her mother dies, Charlotte contacts her former mentor, Anton Bachoff, and jets off to Shanghai to join him and another cello prodigy, Lizzie (Logan Browning).
? intent=film.about
> who stars in it?
The Perfection stars Allison Williams (Get Out) as Charlotte Willmore and Logan Browning (Dear White People) as Lizzie.
? intent=cast.main
> Who plays Charlotte?
Charlotte Willmore is played by Allison Williams, whom you may know from Get Out.
? intent=cast.charlotte
> who plays lizzy
Lizzie is played by Logan Browning, whom you may know from Dear White People.
? intent=cast.lizzie
> what else has allison williams been in?
Allison Williams, who plays Charlotte, is known from Get Out; the article names no other work of hers.
? intent=cast.allison-williams
> where do i know logan browning from
Logan Browning, who plays Lizzie, is known from Dear White People; the article names no other work of hers.
? intent=cast.logan-browning
> who is charlotte?
Charlotte Willmore is a talented cellist who put her music career on hold to take care of her terminally ill mother.
? intent=character.charlotte
> what happened to her mother?
Charlotte's mother was terminally ill, and Charlotte put her music career on hold to take care of her. When her mother dies, Charlotte contacts her former mentor, Anton Bachoff.
? intent=character.charlotte-mother
> who's lizzie
Lizzie (Logan Browning) is another cello prodigy. Charlotte jets off to Shanghai to join her and Anton Bachoff, Charlotte's former mentor.
? intent=character.lizzie
> who is Antón Bachoff?
Anton Bachoff is Charlotte's former mentor. After her mother dies, Charlotte contacts him and joins him in Shanghai.
? intent=character.anton
> why does charlotte go to shanghai?
After her mother dies, Charlotte contacts her former mentor, Anton Bachoff, and jets off to Shanghai to join him and another cello prodigy, Lizzie. That is where she meets Lizzie.
? intent=setting.shanghai
> where is this from?
Everything I say comes from one article: "Netflix's The Perfection ending explained: The meaning behind the film's huge plot twist" by Nicky Idika, published on 25 May 2019 at 20:31.
? intent=article.source
# The conversation itself.
> Hello!
Hi! Ask me anything about The Perfection (2019): the cast, the story, and, if you want spoilers, the twist and the ending. I'll ask before I reveal anything.
? intent=conversation.greeting
> what can you do?
I answer questions (contains)
? intent=conversation.capabilities
> thanks!
You're welcome! Ask me something else about The Perfection whenever you like.
? intent=conversation.thanks
> what instrument do they play?
The cello. Charlotte Willmore is a talented cellist, and Lizzie is another cello prodigy.
? intent=film.instrument
> who is the main character?
Charlotte Willmore is a talented cellist who put her music career on hold to take care of her terminally ill mother.
? intent=character.charlotte
