# Questions the source does not answer get an honest fallback, with suggestions at consent.
> who directed the perfection?
The article doesn't say, as far as I can tell, and I won't guess: I only know what one article about The Perfection (2019) says. You could ask: “when did the perfection come out?”, “what is the perfection about?”, “who is in the perfection?”.
? kind=fallback intent=none
> what's the weather in Shanghai?
The article doesn't say, as far as I can tell, and I won't guess: I only know what one article about The Perfection (2019) says. You could ask: “why does charlotte go to shanghai?”, “when did the perfection come out?”, “where can I watch it?”.
? kind=fallback
# A bare topic word gets what the article says about it.
> Shanghai
After her mother dies, Charlotte contacts her former mentor, Anton Bachoff, and jets off to Shanghai to join him and another cello prodigy, Lizzie. That is where she meets Lizzie.
? intent=setting.shanghai
> is there a sequel?
The article doesn't say, as far as I can tell, and I won't guess: I only know what one article about The Perfection (2019) says. You could ask: “when did the perfection come out?”, “where can I watch it?”, “what is the perfection about?”.
? kind=fallback
>
Ask me something about The Perfection (2019). You could ask: “when did the perfection come out?”, “where can I watch it?”, “what is the perfection about?”.
? kind=refused
